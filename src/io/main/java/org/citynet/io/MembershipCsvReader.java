package org.citynet.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.citynet.model.ActiveYears;

/**
 * Reads {@code memberships.csv}: required {@code city, group}; optional {@code weight}, the city's
 * service value in the group (a finite number ≥ 0, default 1); the membership's years {@code start}
 * (or {@code year}) and {@code end} (see {@link YearFields}). Other columns are ignored.
 *
 * <p>One row per city and group: a repeated pair is a problem, because the model has one service
 * value per cell of the city × group matrix. Cities must be known ids of the cities file — checked
 * here, with the row's line, since the links made from memberships have no line of their own. Every
 * problem is collected before failing.
 */
public final class MembershipCsvReader {
  private static final CsvHeader.Column CITY =
      CsvHeader.Column.of(" (the id of a city in the cities file)", "city");
  private static final CsvHeader.Column GROUP =
      CsvHeader.Column.of(" (the organisation, forum edition or programme)", "group");
  private static final CsvHeader.Column WEIGHT = CsvHeader.Column.of("", "weight");
  private static final List<CsvHeader.Column> COLUMNS =
      List.of(CITY, GROUP, WEIGHT, YearFields.START, YearFields.END);

  private final Set<String> cityIds;
  private final Consumer<String> warnings;

  /**
   * A reader that accepts memberships of the cities with these ids and sends non-fatal remarks to
   * {@code warnings}.
   */
  public MembershipCsvReader(Set<String> cityIds, Consumer<String> warnings) {
    this.cityIds = Set.copyOf(cityIds);
    this.warnings = warnings;
  }

  /**
   * Reads the file.
   *
   * @return the memberships in file order
   * @throws InputException listing every problem found, when any is
   * @throws IOException when the file cannot be read at all
   */
  public List<Membership> read(Path path) throws IOException, InputException {
    try (CsvInput csv = CsvInput.open(path, warnings)) {
      int[] at = csv.columns(COLUMNS, 2);
      Map<List<String>, Long> firstLine = new HashMap<>();
      List<Membership> memberships = new ArrayList<>();
      csv.forEachRow(
          row -> {
            String city = row.text(at[0]);
            String group = row.text(at[1]);
            if (city.isEmpty()) {
              row.problem("city", "city id is empty", "name the member city's id");
            } else if (!cityIds.contains(city)) {
              row.problem(
                  "city",
                  "no city has id '" + CsvRow.shorten(city) + "'",
                  "add the city to the cities file or correct the id");
            }
            if (group.isEmpty()) {
              row.problem("group", "group is empty", "name the group");
            }
            double value = value(row, at[2]);
            ActiveYears years = YearFields.read(csv.header(), row, at[3], at[4]);
            if (row.failed()) {
              return;
            }
            Long earlier = firstLine.putIfAbsent(List.of(city, group), row.line());
            if (earlier != null) {
              row.problem(
                  "group",
                  "city '" + city + "' is already in group '" + group + "' on line " + earlier,
                  "give each city and group once; put the service value in the weight column");
              return;
            }
            memberships.add(new Membership(city, group, value, years, row.line()));
          });
      if (memberships.isEmpty()) {
        throw new InputException(
            new InputProblem(
                csv.file(),
                0,
                "",
                "has a header but no memberships",
                "add one row per city and group"));
      }
      return List.copyOf(memberships);
    }
  }

  /** The service value: 1 when empty, else a finite number ≥ 0; NaN after recording a problem. */
  private static double value(CsvRow row, int column) {
    if (row.text(column).isEmpty()) {
      return 1.0;
    }
    double v = row.decimal(column, "weight");
    if (v < 0) {
      row.problem(
          "weight",
          "value " + CsvRow.shorten(row.text(column)) + " is not a number >= 0",
          "give a service value of 0 or more, or leave it empty for 1");
    }
    return v;
  }
}
