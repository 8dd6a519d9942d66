package org.citynet.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The header line of a CSV file: column names matched case-insensitively and without surrounding
 * spaces, and what is wrong with it when a reader's required columns are not all there.
 *
 * <p>A missing column is explained by the likeliest cause: a header that is one single column (the
 * file uses another delimiter), a first line that is data (no header at all), or a misspelt name
 * ({@link ColumnNames}). Nameless columns are ignored with a warning (pandas writes its index that
 * way; a trailing delimiter makes one); a name used twice is a problem, since outputs need unique
 * names.
 */
final class CsvHeader {
  /**
   * A column a reader looks for.
   *
   * @param names accepted header names, lower case, the preferred one first
   * @param hint what to add to "add a column named NAME" when it is missing, e.g. " (or lng, x)"
   */
  record Column(List<String> names, String hint) {
    static Column of(String hint, String... names) {
      return new Column(List.of(names), hint);
    }

    String name() {
      return names.get(0);
    }
  }

  private final String file;
  private final long line;
  private final List<String> names;
  private final Map<String, Integer> index = new HashMap<>();
  private final List<InputProblem> problems = new ArrayList<>();

  /**
   * @param line the header's line number (1 unless blank lines come first)
   * @param warnings receives a note per nameless column
   */
  CsvHeader(String file, long line, List<String> names, Consumer<String> warnings) {
    this.file = file;
    this.line = line;
    this.names = List.copyOf(names);
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i).trim();
      if (name.isEmpty()) {
        warnings.accept(
            file + ":" + line + ": column " + (i + 1) + " has no name; its values are ignored");
        continue;
      }
      Integer earlier = index.putIfAbsent(name.toLowerCase(Locale.ROOT), i);
      if (earlier != null) {
        problems.add(
            new InputProblem(
                file,
                line,
                CsvRow.shorten(name),
                "appears twice in the header (columns " + (earlier + 1) + " and " + (i + 1) + ")",
                "rename or remove one of them"));
      }
    }
  }

  /** The header's line number. */
  long line() {
    return line;
  }

  /** How many columns the header has, nameless ones included. */
  int size() {
    return names.size();
  }

  /** The trimmed name of column {@code i}, shortened for a message. */
  String shownName(int i) {
    return CsvRow.shorten(names.get(i).trim());
  }

  /** Problems of the header itself: names used twice. */
  List<InputProblem> problems() {
    return problems;
  }

  /** The position of the first column with one of {@code names} (lower case), or -1. */
  int column(String... names) {
    for (String name : names) {
      Integer i = index.get(name);
      if (i != null) {
        return i;
      }
    }
    return -1;
  }

  private int column(Column c) {
    return column(c.names().toArray(String[]::new));
  }

  /** The positions of {@code columns}, -1 for an absent one. */
  int[] positions(List<Column> columns) {
    return columns.stream().mapToInt(this::column).toArray();
  }

  /**
   * What is wrong when some of the first {@code required} of {@code columns} are absent: one
   * problem for the whole header when it is one column or data, else one per missing column with
   * the closest unclaimed header name as a suggestion. Empty when all are present.
   */
  List<InputProblem> missing(List<Column> columns, int required) {
    List<Column> missing =
        columns.subList(0, required).stream().filter(c -> column(c) < 0).toList();
    if (missing.isEmpty()) {
      return List.of();
    }
    String wanted =
        columns.subList(0, required).stream().map(Column::name).collect(Collectors.joining(","));
    if (names.size() == 1) {
      return List.of(problem(singleColumn(), "separate the columns with commas: " + wanted));
    }
    List<String> numbers =
        names.stream()
            .map(String::trim)
            .filter(n -> CsvRow.isNumber(n) || CsvRow.isDecimalComma(n))
            .map(CsvRow::shorten)
            .toList();
    if (numbers.size() >= 2) {
      return List.of(
          problem(
              "the first line looks like data, not a header ('"
                  + String.join("', '", numbers)
                  + "' are numbers)",
              "add a header line: " + wanted));
    }
    List<Integer> claimed = columns.stream().map(this::column).toList();
    List<String> unclaimed = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      if (!claimed.contains(i)) {
        unclaimed.add(names.get(i));
      }
    }
    String listed = names.stream().map(CsvRow::shorten).collect(Collectors.joining(", "));
    List<InputProblem> found = new ArrayList<>(problems);
    for (Column c : missing) {
      String hint =
          ColumnNames.closest(unclaimed, c.names())
              .map(
                  s ->
                      "did you mean '"
                          + s.meant()
                          + "'? rename the column '"
                          + CsvRow.shorten(s.found())
                          + "' to "
                          + s.meant())
              .orElse("add a column named " + c.name() + c.hint());
      found.add(
          new InputProblem(
              file,
              line,
              c.name(),
              "required column is missing (header has: " + listed + ")",
              hint));
    }
    return found;
  }

  /** The message for a one-column header, naming the separator it seems to use. */
  private String singleColumn() {
    String only = names.get(0);
    String guess =
        only
            .chars()
            .filter(c -> "|:!^~/ ".indexOf(c) >= 0)
            .boxed()
            .collect(Collectors.groupingBy(c -> c, Collectors.counting()))
            .entrySet()
            .stream()
            .max(Map.Entry.comparingByValue())
            .map(e -> "; it seems to use '" + (char) e.getKey().intValue() + "' instead")
            .orElse("");
    return "the header is a single column '" + CsvRow.shorten(only) + "'" + guess;
  }

  /** A problem with the header as a whole. */
  InputProblem problem(String message, String hint) {
    return new InputProblem(file, line, "", message, hint);
  }

  /** The positions of the named columns not in {@code known}, in order. */
  List<Integer> otherColumns(int... known) {
    List<Integer> others = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      int column = i;
      if (!names.get(i).isBlank() && Arrays.stream(known).noneMatch(k -> k == column)) {
        others.add(i);
      }
    }
    return others;
  }

  /** The trimmed names of {@code columns}. */
  List<String> names(List<Integer> columns) {
    return columns.stream().map(i -> names.get(i).trim()).toList();
  }
}
