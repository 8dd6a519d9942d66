package org.citynet.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@code memberships.csv}: required {@code city, group}; optional {@code weight}, the city's
 * service value in the group (a finite number ≥ 0, default 1). Other columns are ignored.
 *
 * <p>One row per city and group: a repeated pair is a problem, because the model has one service
 * value per cell of the city × group matrix. Cities must be known ids of the cities file — checked
 * here, with the row's line, since the links made from memberships have no line of their own. Every
 * problem is collected before failing.
 */
public final class MembershipCsvReader {
  /** How many problems are listed before the rest are only counted. */
  static final int LISTED_PROBLEMS = 20;

  private final Set<String> cityIds;

  /** A reader that accepts memberships of the cities with these ids. */
  public MembershipCsvReader(Set<String> cityIds) {
    this.cityIds = Set.copyOf(cityIds);
  }

  /**
   * Reads the file.
   *
   * @return the memberships in file order
   * @throws InputException listing every problem found, when any is
   * @throws IOException when the file cannot be read at all
   */
  public List<Membership> read(Path path) throws IOException, InputException {
    List<InputProblem> problems = new ArrayList<>();
    List<CsvInput.Row> rows = new ArrayList<>();
    CsvInput csv = CsvInput.read(path, rows::add, problems);
    int city = csv.column("city");
    int group = csv.column("group");
    int weight = csv.column("weight");
    List<InputProblem> missing = new ArrayList<>();
    if (city < 0) {
      missing.add(csv.missingColumn("city", " (the id of a city in the cities file)"));
    }
    if (group < 0) {
      missing.add(csv.missingColumn("group", " (the organisation, forum edition or programme)"));
    }
    if (!missing.isEmpty()) {
      throw new InputException(missing);
    }
    String file = csv.file();
    Map<List<String>, Long> firstLine = new HashMap<>();
    List<Membership> memberships = new ArrayList<>(rows.size());
    for (CsvInput.Row row : rows) {
      int before = problems.size();
      String c = row.get(city);
      String g = row.get(group);
      if (c.isEmpty()) {
        problems.add(problem(file, row, "city", "city id is empty", "name the member city's id"));
      } else if (!cityIds.contains(c)) {
        problems.add(
            problem(
                file,
                row,
                "city",
                "no city has id '" + c + "'",
                "add the city to the cities file or correct the id"));
      }
      if (g.isEmpty()) {
        problems.add(problem(file, row, "group", "group is empty", "name the group"));
      }
      double value = value(file, row, weight, problems);
      if (problems.size() > before) {
        continue;
      }
      Long earlier = firstLine.putIfAbsent(List.of(c, g), row.line());
      if (earlier != null) {
        problems.add(
            problem(
                file,
                row,
                "group",
                "city '" + c + "' is already in group '" + g + "' on line " + earlier,
                "give each city and group once; put the service value in the weight column"));
        continue;
      }
      memberships.add(new Membership(c, g, value, row.line()));
    }
    if (!problems.isEmpty()) {
      throw new InputException(limited(problems, file));
    }
    if (memberships.isEmpty()) {
      throw new InputException(
          new InputProblem(
              file, 0, "", "has a header but no memberships", "add one row per city and group"));
    }
    return List.copyOf(memberships);
  }

  /** The service value: 1 when empty, else a finite number ≥ 0; NaN after recording a problem. */
  private static double value(
      String file, CsvInput.Row row, int column, List<InputProblem> problems) {
    String text = row.get(column);
    if (text.isEmpty()) {
      return 1.0;
    }
    String hint = "give a service value of 0 or more, or leave it empty for 1";
    try {
      double v = Double.parseDouble(text);
      if (Double.isFinite(v) && v >= 0) {
        return v;
      }
      problems.add(problem(file, row, "weight", "value " + text + " is not a number >= 0", hint));
    } catch (NumberFormatException e) {
      problems.add(problem(file, row, "weight", "'" + text + "' is not a number", hint));
    }
    return Double.NaN;
  }

  private static InputProblem problem(
      String file, CsvInput.Row row, String column, String message, String hint) {
    return new InputProblem(file, row.line(), column, message, hint);
  }

  private static List<InputProblem> limited(List<InputProblem> problems, String file) {
    if (problems.size() <= LISTED_PROBLEMS) {
      return problems;
    }
    List<InputProblem> shown = new ArrayList<>(problems.subList(0, LISTED_PROBLEMS));
    shown.add(
        new InputProblem(
            file,
            0,
            "",
            "and " + (problems.size() - LISTED_PROBLEMS) + " more problems",
            "fix the ones above and run again"));
    return shown;
  }
}
