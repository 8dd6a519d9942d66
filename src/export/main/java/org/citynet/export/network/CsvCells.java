package org.citynet.export.network;

import java.util.regex.Pattern;

/**
 * How text cells of the CSV outputs are written: guarded against spreadsheet formulas, or raw.
 *
 * <p>A spreadsheet program opening a CSV file runs a cell that begins with {@code =}, {@code +},
 * {@code -} or {@code @} as a formula ({@code =cmd|' /C calc'!A0} starts a program in some Excel
 * set-ups), and some treat a leading tab or carriage return alike. {@link #SPREADSHEET_SAFE}
 * follows the OWASP rule for CSV injection: such a cell is prefixed with a single quote, which the
 * spreadsheet shows as text and does not run. A cell that is a plain decimal number ({@code -3.5},
 * {@code -1.0E-5}) is no formula and stays as it is, so numeric columns keep their numbers.
 */
public enum CsvCells {
  /** Text cells that a spreadsheet would run are prefixed with {@code '} (the default). */
  SPREADSHEET_SAFE,
  /**
   * Every cell exactly as the data holds it ({@code --csv-raw}), for programs, not spreadsheets.
   */
  RAW;

  private static final Pattern NUMBER =
      Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?|[-+]?(Infinity|NaN)");

  /** The cell as written. */
  public String cell(String text) {
    if (this == RAW || text.isEmpty()) {
      return text;
    }
    char first = text.charAt(0);
    boolean trigger =
        first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r';
    return trigger && !NUMBER.matcher(text).matches() ? "'" + text : text;
  }
}
