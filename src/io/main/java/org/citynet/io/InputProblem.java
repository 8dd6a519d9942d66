package org.citynet.io;

/**
 * Something wrong with an input file, located as precisely as the reader can.
 *
 * @param file the file as the user named it
 * @param line 1-based line number (the header is line 1), or 0 for the whole file or a GIS layer
 * @param column column (or property) name, or "" when the problem is not about one column
 * @param message what is wrong
 * @param hint what the user can do about it
 * @param feature the feature of a GIS layer the problem is in ({@code feature 12}, {@code feature
 *     fid 12}), or "" for a CSV file or the whole layer
 */
public record InputProblem(
    String file, long line, String column, String message, String hint, String feature) {

  /** A problem in a CSV file, or in a whole file of any kind. */
  public InputProblem(String file, long line, String column, String message, String hint) {
    this(file, line, column, message, hint, "");
  }

  /** A problem in one feature of a GIS layer. */
  public static InputProblem inFeature(
      String file, String feature, String column, String message, String hint) {
    return new InputProblem(file, 0, column, message, hint, feature);
  }

  /** The message as printed: {@code file[:line][: feature]: [column] message — hint}. */
  public String describe() {
    StringBuilder s = new StringBuilder(file);
    if (line > 0) {
      s.append(':').append(line);
    }
    if (!feature.isEmpty()) {
      s.append(": ").append(feature);
    }
    s.append(": ");
    if (!column.isEmpty()) {
      s.append("column '").append(column).append("': ");
    }
    s.append(message);
    if (!hint.isEmpty()) {
      s.append(" — ").append(hint);
    }
    return s.toString();
  }
}
