package org.citynet.export.network;

import java.util.function.Function;

/**
 * One attribute of a city or a link as the network exports write it.
 *
 * @param name the attribute's name, unique among the columns of its table
 * @param type how readers should type the values
 * @param value the value of a row: a {@code String}, {@code Long}, {@code Double} or {@code
 *     Boolean} matching {@code type}, or {@code null} when the row has none
 * @param <T> the row: {@code CityMetrics} or {@code LinkMetrics}
 */
public record Column<T>(String name, Type type, Function<T, Object> value) {
  /** The value types every export format can declare. */
  public enum Type {
    TEXT,
    INTEGER,
    DOUBLE,
    BOOLEAN
  }

  /**
   * The value of {@code row} as text, {@code null} when missing (an empty text counts as missing):
   * numbers in Java's round-trip form ({@code 0.25}, {@code 1.0E-5}), so that a reader parses back
   * exactly the computed double.
   */
  public String text(T row) {
    Object v = value.apply(row);
    return v == null || "".equals(v) ? null : v.toString();
  }
}
