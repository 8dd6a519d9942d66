package org.citynet.io;

import java.util.List;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * One data row of a {@link CsvInput}: its fields read as text or numbers, every problem recorded
 * against the row's line and the column's name.
 *
 * <p>Numbers are plain decimals with a point ({@code -41.38}, {@code 1e3}); Java's extras (hex
 * floats, a trailing {@code d}) are refused. A decimal comma ({@code 41,38}) is read as a point
 * when the file is separated by ';' or tabs, where spreadsheets in comma-decimal locales put it; in
 * a comma-separated file it can only arrive quoted, and is refused with a hint.
 */
final class CsvRow implements RecordProblems {
  private static final Pattern NOT_FINITE = Pattern.compile("(?i)[+-]?(nan|inf|infinity|∞)");
  private static final Pattern DEGREES =
      Pattern.compile("[°º′″]|\\d\\s*['\"]|\\d\\s*[NSEWnsew]\\s*$|^[NSEWnsew]\\s*\\d");
  private static final String DECIMAL_HINT = "write a decimal number with a point, e.g. 41.38";

  private final CsvInput input;
  private final long line;
  private final List<String> fields;
  private boolean failed;

  CsvRow(CsvInput input, long line, List<String> fields) {
    this.input = input;
    this.line = line;
    this.fields = fields;
  }

  /**
   * Whether {@code s} is {@code [+-]?(d+(.d*)?|.d+)([eE][+-]?d+)?} with ASCII digits d: what {@link
   * Double#parseDouble} reads, without its hex, suffix and whitespace extras. A scan, not a regex:
   * it runs for every number of a file of millions of rows.
   */
  static boolean isNumber(String s) {
    int i = sign(s, 0);
    int whole = digits(s, i);
    i += whole;
    int fraction = 0;
    if (i < s.length() && s.charAt(i) == '.') {
      fraction = digits(s, i + 1);
      i += 1 + fraction;
    }
    if (whole + fraction == 0) {
      return false;
    }
    if (i < s.length() && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
      i = sign(s, i + 1);
      int exponent = digits(s, i);
      if (exponent == 0) {
        return false;
      }
      i += exponent;
    }
    return i == s.length();
  }

  /** Whether {@code s} is {@code [+-]?d+,d+}: a number with a decimal comma. */
  static boolean isDecimalComma(String s) {
    int i = sign(s, 0);
    int whole = digits(s, i);
    i += whole;
    if (whole == 0 || i >= s.length() || s.charAt(i) != ',') {
      return false;
    }
    int fraction = digits(s, i + 1);
    return fraction > 0 && i + 1 + fraction == s.length();
  }

  private static int sign(String s, int i) {
    return i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-') ? i + 1 : i;
  }

  private static int digits(String s, int from) {
    int i = from;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    return i - from;
  }

  /** The line the row starts on (the header is line 1 unless blank lines precede it). */
  long line() {
    return line;
  }

  /** Whether a problem was recorded against this row. */
  boolean failed() {
    return failed;
  }

  /** The trimmed field at {@code index}, or "" when the row is short or the index is -1. */
  String text(int index) {
    return index >= 0 && index < fields.size() ? fields.get(index).trim() : "";
  }

  /** Records a problem in {@code column} of this row. */
  @Override
  public void problem(String column, String message, String hint) {
    input.problem(line, column, message, hint);
    failed = true;
  }

  /** The field as a finite number; NaN after recording a problem (empty fields included). */
  double decimal(int index, String column) {
    return number(index, column, false);
  }

  /**
   * The field as a finite number of degrees; NaN after recording a problem, which says so when the
   * field is in degrees-minutes-seconds.
   */
  double degrees(int index, String column) {
    return number(index, column, true);
  }

  private double number(int index, String column, boolean degrees) {
    String text = text(index);
    if (text.isEmpty()) {
      problem(column, "value is empty", DECIMAL_HINT);
      return Double.NaN;
    }
    String plain = text;
    if (isDecimalComma(text)) {
      if (input.delimiter() == ',') {
        problem(
            column,
            "'" + shorten(text) + "' has a decimal comma",
            "write it with a point: " + text.replace(',', '.'));
        return Double.NaN;
      }
      plain = text.replace(',', '.');
      input.decimalComma(column, text);
    }
    if (!isNumber(plain)) {
      if (NOT_FINITE.matcher(text).matches()) {
        problem(column, "'" + text + "' is not a finite number", "write a decimal number");
      } else if (degrees && DEGREES.matcher(text).find()) {
        problem(
            column,
            "'" + shorten(text) + "' is not in decimal degrees",
            "convert it, e.g. 41°23'N = 41.38; south and west are negative");
      } else {
        problem(column, "'" + shorten(text) + "' is not a number", DECIMAL_HINT);
      }
      return Double.NaN;
    }
    double value = Double.parseDouble(plain);
    if (Double.isInfinite(value)) {
      problem(column, "'" + shorten(text) + "' is not a finite number", "write a decimal number");
      return Double.NaN;
    }
    return value;
  }

  /**
   * The field as a whole number within [min, max]; empty when the field is, or after recording a
   * problem. A whole-valued decimal ({@code 1985.0}, as pandas writes integer columns with gaps) is
   * accepted.
   */
  OptionalLong whole(int index, String column, long min, long max, String what, String hint) {
    String text = text(index);
    if (text.isEmpty()) {
      return OptionalLong.empty();
    }
    String plain = input.delimiter() != ',' && isDecimalComma(text) ? text.replace(',', '.') : text;
    if (isNumber(plain)) {
      double v = Double.parseDouble(plain);
      if (v == Math.rint(v) && v >= min && v <= max) {
        return OptionalLong.of((long) v);
      }
    }
    problem(column, "'" + shorten(text) + "' is not " + what, hint);
    return OptionalLong.empty();
  }

  /**
   * Text as shown in a one-line message: control characters escaped, long text cut with its length
   * given.
   */
  static String shorten(String text) {
    StringBuilder s = new StringBuilder();
    int shown = Math.min(text.length(), 40);
    if (shown < text.length() && Character.isHighSurrogate(text.charAt(shown - 1))) {
      shown--; // keep a surrogate pair whole
    }
    for (int i = 0; i < shown; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\n' -> s.append("\\n");
        case '\r' -> s.append("\\r");
        case '\t' -> s.append("\\t");
        default -> {
          if (Character.isISOControl(c)) {
            s.append(String.format("\\u%04X", (int) c));
          } else {
            s.append(c);
          }
        }
      }
    }
    if (shown < text.length()) {
      s.append("… (").append(text.length()).append(" chars)");
    }
    return s.toString();
  }
}
