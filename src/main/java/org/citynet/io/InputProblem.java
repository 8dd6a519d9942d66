package org.citynet.io;

/**
 * Something wrong with an input file, located as precisely as the reader can.
 *
 * @param file the file as the user named it
 * @param line 1-based line number (the header is line 1), or 0 for the whole file
 * @param column column name, or "" when the problem is not about one column
 * @param message what is wrong
 * @param hint what the user can do about it
 */
public record InputProblem(String file, long line, String column, String message, String hint) {

  /** The message as printed: {@code file:line: [column] message — hint}. */
  public String describe() {
    StringBuilder s = new StringBuilder(file);
    if (line > 0) {
      s.append(':').append(line);
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
