package org.citynet.export.excel;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * How a value is shown in a cell. Number patterns are valid in both Excel and {@link
 * DecimalFormat}, so the width a value needs can be measured without a spreadsheet.
 */
enum Format {
  TEXT(null),
  /** Identifiers such as component numbers: no thousands separator. */
  ID("0"),
  /** A cluster number on the cluster's colour, the colour it has on the map. */
  CLUSTER("0"),
  /** Text of several lines (lists of names), wrapped within its column. */
  LIST(null),
  INTEGER("#,##0"),
  DECIMAL("#,##0.00"),
  /** Scores without a unit (closeness, harmonic, eigenvector, modularity). */
  MEASURE("0.000"),
  PERCENT("0%"),
  PERCENT_1("0.0%"),
  /** Shares that are tiny in large networks (betweenness, PageRank, density). */
  PERCENT_3("0.000%"),
  COORDINATE("0.0000"),
  /** Rates spanning orders of magnitude (partnerships per city pair). */
  SCIENTIFIC("0.00E+00"),
  /** Signed scores such as z-scores and E–I indices. */
  SCORE("0.00"),
  KILOMETRES("#,##0"),
  BOOLEAN(null);

  private final String pattern;

  Format(String pattern) {
    this.pattern = pattern;
  }

  /** The Excel number format, or null for text and booleans. */
  String pattern() {
    return pattern;
  }

  /** A formatter that shows a number as the cell will (for measuring column widths). */
  DecimalFormat newDecimalFormat() {
    // DecimalFormat has no "E+"; its exponent is a character or two shorter than Excel's, close
    // enough to size a column.
    return new DecimalFormat(
        pattern == null ? "0.###" : pattern.replace("E+", "E"),
        DecimalFormatSymbols.getInstance(Locale.ROOT));
  }
}
