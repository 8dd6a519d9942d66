package org.citynet.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.citynet.model.ActiveYears;
import org.citynet.model.Link;
import org.citynet.model.LinkTable;

/**
 * Reads {@code links.csv}: required {@code source, target}; optional {@code weight} (&gt; 0,
 * default 1), {@code type}, the active years {@code year} (or {@code start}) and {@code end} (see
 * {@link YearFields}); other columns carried along as text.
 *
 * <p>Whether the ids name known cities, and whether a link joins a city to itself, is checked when
 * the graph is built, where the cities are known. The file is streamed (see {@link CsvInput}):
 * memory holds the links, not the text.
 */
public final class LinkCsvReader {
  static final CsvHeader.Column SOURCE =
      CsvHeader.Column.of(" (the id of one city)", "source", "from");
  static final CsvHeader.Column TARGET =
      CsvHeader.Column.of(" (the id of the other city)", "target", "to");
  private static final CsvHeader.Column WEIGHT = CsvHeader.Column.of("", "weight");
  private static final CsvHeader.Column TYPE = CsvHeader.Column.of("", "type");
  private static final List<CsvHeader.Column> COLUMNS =
      List.of(SOURCE, TARGET, WEIGHT, TYPE, YearFields.START, YearFields.END);

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
    try (CsvInput csv = CsvInput.open(path, warnings)) {
      csv.refuseOther(
          "links", COLUMNS.subList(0, 2), "cities", List.of(CityCsvReader.LAT, CityCsvReader.LON));
      int[] at = csv.columns(COLUMNS, 2);
      List<Integer> extraIndex = csv.header().otherColumns(at);
      List<Link> links = new ArrayList<>();
      // ids and types repeat across rows: one String per distinct value keeps a million links small
      Map<String, String> distinct = new HashMap<>();
      csv.forEachRow(
          row -> {
            Link link = link(csv.header(), row, at, extraIndex, distinct);
            if (link != null) {
              links.add(link);
            }
          });
      if (links.isEmpty()) {
        warnings.accept(csv.file() + ": no links — every city will be isolated");
      }
      return new LinkTable(links, csv.header().names(extraIndex));
    }
  }

  /** The row's link, or null after recording its problems. */
  private static Link link(
      CsvHeader header,
      CsvRow row,
      int[] at,
      List<Integer> extraIndex,
      Map<String, String> distinct) {
    String s = distinct.computeIfAbsent(row.text(at[0]), v -> v);
    String t = distinct.computeIfAbsent(row.text(at[1]), v -> v);
    if (s.isEmpty()) {
      row.problem("source", "source id is empty", "name the city id at one end of the link");
    }
    if (t.isEmpty()) {
      row.problem("target", "target id is empty", "name the city id at the other end of the link");
    }
    double w = 1.0;
    if (!row.text(at[2]).isEmpty()) {
      w = row.decimal(at[2], "weight");
      if (w <= 0) {
        row.problem(
            "weight",
            "value " + CsvRow.shorten(row.text(at[2])) + " is not greater than 0",
            "give a positive weight, or leave it empty for 1");
      }
    }
    ActiveYears years = YearFields.read(header, row, at[4], at[5]);
    if (row.failed()) {
      return null;
    }
    List<String> extras = new ArrayList<>(extraIndex.size());
    for (int i : extraIndex) {
      extras.add(row.text(i));
    }
    return new Link(
        s, t, w, distinct.computeIfAbsent(row.text(at[3]), v -> v), years, row.line(), extras);
  }
}
