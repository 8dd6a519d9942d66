package org.citynet.export.excel;

import java.util.function.Function;

/**
 * One column of an Excel table: its header (the user-facing field name) and how to get and show a
 * row's value.
 *
 * @param header the field name, as in the GeoPackage
 * @param format how the values are shown
 * @param value the row's value: a String, Number or Boolean, or null for a blank cell
 * @param <T> the row type
 */
record Column<T>(String header, Format format, Function<? super T, ?> value) {
  static <T> Column<T> of(String header, Format format, Function<? super T, ?> value) {
    return new Column<>(header, format, value);
  }
}
