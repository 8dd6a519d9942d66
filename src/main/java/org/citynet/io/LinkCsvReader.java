package org.citynet.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.citynet.model.Link;
import org.citynet.model.LinkTable;

/**
 * Reads {@code links.csv}: required {@code source, target}; optional {@code weight} (&gt; 0,
 * default 1), {@code type}, {@code year}; other columns carried along as text.
 *
 * <p>Whether the ids name known cities is checked when the graph is built, where the cities are
 * known.
 */
public final class LinkCsvReader {
  private final Consumer<String> warnings;

  /** A reader that sends non-fatal remarks to {@code warnings}. */
  public LinkCsvReader(Consumer<String> warnings) {
    this.warnings = warnings;
  }

  /**
   * Reads the file.
   *
   * @throws InputException listing every problem found, when any is
   * @throws IOException when the file cannot be read at all
   */
  public LinkTable read(Path path) throws IOException, InputException {
    List<InputProblem> problems = new ArrayList<>();
    List<CsvInput.Row> rows = new ArrayList<>();
    CsvInput csv = CsvInput.read(path, rows::add, problems);
    int source = csv.column("source", "from");
    int target = csv.column("target", "to");
    int weight = csv.column("weight");
    int type = csv.column("type");
    int year = csv.column("year");
    List<InputProblem> missing = new ArrayList<>();
    if (source < 0) {
      missing.add(csv.missingColumn("source", " (the id of one city)"));
    }
    if (target < 0) {
      missing.add(csv.missingColumn("target", " (the id of the other city)"));
    }
    if (!missing.isEmpty()) {
      throw new InputException(missing);
    }
    List<Integer> extraIndex = csv.otherColumns(source, target, weight, type, year);
    List<String> extraNames = csv.names(extraIndex);
    String file = csv.file();
    List<Link> links = new ArrayList<>(rows.size());
    for (CsvInput.Row row : rows) {
      CityCsvReader.Field f = new CityCsvReader.Field(file, row, problems);
      String s = row.get(source);
      String t = row.get(target);
      if (s.isEmpty()) {
        f.problem("source", "source id is empty", "name the city id at one end of the link");
      }
      if (t.isEmpty()) {
        f.problem("target", "target id is empty", "name the city id at the other end of the link");
      }
      double w = 1.0;
      if (!row.get(weight).isEmpty()) {
        w =
            f.number(
                weight,
                "weight",
                Double.MIN_VALUE,
                Double.MAX_VALUE,
                "greater than 0",
                "give a positive weight, or leave it empty for 1");
      }
      OptionalInt y = OptionalInt.empty();
      if (!row.get(year).isEmpty()) {
        try {
          y = OptionalInt.of(Integer.parseInt(row.get(year)));
        } catch (NumberFormatException e) {
          f.problem("year", "'" + row.get(year) + "' is not a year", "write a year like 2016");
        }
      }
      if (!f.failed) {
        List<String> extras = new ArrayList<>(extraIndex.size());
        for (int i : extraIndex) {
          extras.add(row.get(i));
        }
        links.add(new Link(s, t, w, row.get(type), y, row.line(), extras));
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(CityCsvReader.limited(problems, file));
    }
    if (links.isEmpty()) {
      warnings.accept(file + ": no links — every city will be isolated");
    }
    return new LinkTable(links, extraNames);
  }
}
