package org.citynet.export.csv;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.citynet.model.City;
import org.citynet.model.CityTable;
import org.citynet.model.Link;
import org.citynet.model.LinkTable;

/**
 * Writes the selected cities of a {@link CityTable}, and the link rows among them from a {@link
 * LinkTable}, as citynet input files that {@code io.CityCsvReader} and {@code io.LinkCsvReader}
 * read back to the same tables.
 *
 * <p>Format: UTF-8 without byte-order mark, comma-separated, CRLF line ends, header row, fields
 * quoted only when RFC 4180 requires it (a comma, quote, CR or LF inside). Rows keep their input
 * order. Columns: the known ones under their canonical names ({@code id,name,country,lat,lon}, then
 * {@code population}; {@code source,target}, then {@code weight,type,year}), followed by every
 * extra column in input order. This is the input's own order whenever the input lists its known
 * columns first, as citynet's datasets do. An optional known column is written only when some row
 * of the whole table has a value for it. Leaving it out means the same as leaving it empty (no
 * population; weight 1; no type; no year), and the column set does not depend on which rows are
 * selected.
 *
 * <p>Numbers are written in their shortest plain decimal form ({@code 52.52}, not {@code 52.5200}
 * or {@code 5.252E1}). Text is written exactly as read: no formula escaping, so a value that starts
 * with {@code =} stays data for citynet (and a spreadsheet that opens the file will treat it as a
 * formula, as it would with the input).
 */
public final class DatasetCsvWriter {
  private DatasetCsvWriter() {}

  /**
   * Writes the cities whose ids are in {@code selected}, in table order.
   *
   * @return the number of cities written
   */
  public static int writeCities(CityTable table, Set<String> selected, Path file)
      throws IOException {
    List<Column<City>> columns = new ArrayList<>();
    columns.add(new Column<>("id", City::id));
    columns.add(new Column<>("name", City::name));
    columns.add(new Column<>("country", City::country));
    columns.add(new Column<>("lat", c -> number(c.lat())));
    columns.add(new Column<>("lon", c -> number(c.lon())));
    if (table.cities().stream().anyMatch(c -> c.population().isPresent())) {
      columns.add(
          new Column<>(
              "population",
              c -> c.population().isPresent() ? Long.toString(c.population().getAsLong()) : ""));
    }
    addExtras(columns, table.extraColumns(), City::extras);
    return write(file, columns, table.cities(), c -> selected.contains(c.id()));
  }

  /**
   * Writes every link row whose two ends are both in {@code selected}, in table order. Rows are
   * written as they were read: rows listing the same pair twice and self-links stay.
   *
   * @return the number of link rows written
   */
  public static int writeLinks(LinkTable table, Set<String> selected, Path file)
      throws IOException {
    List<Link> links = table.links();
    List<Column<Link>> columns = new ArrayList<>();
    columns.add(new Column<>("source", Link::source));
    columns.add(new Column<>("target", Link::target));
    if (links.stream().anyMatch(l -> l.weight() != 1.0)) {
      columns.add(new Column<>("weight", l -> number(l.weight())));
    }
    if (links.stream().anyMatch(l -> !l.type().isEmpty())) {
      columns.add(new Column<>("type", Link::type));
    }
    if (links.stream().anyMatch(l -> l.years().start().isPresent())) {
      columns.add(new Column<>("year", l -> year(l.years().start())));
    }
    if (links.stream().anyMatch(l -> l.years().end().isPresent())) {
      columns.add(new Column<>("end", l -> year(l.years().end())));
    }
    addExtras(columns, table.extraColumns(), Link::extras);
    return write(
        file, columns, links, l -> selected.contains(l.source()) && selected.contains(l.target()));
  }

  private static String year(OptionalInt year) {
    return year.isPresent() ? Integer.toString(year.getAsInt()) : "";
  }

  /** One output column: its header and how a row's value is formatted. */
  private record Column<T>(String name, Function<T, String> value) {}

  private static <T> void addExtras(
      List<Column<T>> columns, List<String> names, Function<T, List<String>> extras) {
    for (int i = 0; i < names.size(); i++) {
      int index = i;
      columns.add(new Column<>(names.get(i), row -> extras.apply(row).get(index)));
    }
  }

  private static <T> int write(
      Path file, List<Column<T>> columns, List<T> rows, Predicate<T> selected) throws IOException {
    int written = 0;
    try (CsvWriter csv = CsvWriter.builder().build(file, StandardCharsets.UTF_8)) {
      csv.writeRecord(columns.stream().map(Column::name).toList());
      List<String> fields = new ArrayList<>(columns.size());
      for (T row : rows) {
        if (!selected.test(row)) {
          continue;
        }
        fields.clear();
        for (Column<T> column : columns) {
          fields.add(column.value().apply(row));
        }
        csv.writeRecord(fields);
        written++;
      }
    }
    return written;
  }

  private static String number(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
