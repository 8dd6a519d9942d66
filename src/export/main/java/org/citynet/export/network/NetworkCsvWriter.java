package org.citynet.export.network;

import de.siegmar.fastcsv.writer.CsvWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.citynet.export.AtomicFiles;
import org.citynet.export.schema.OutputColumn;
import org.citynet.export.schema.OutputColumns;
import org.citynet.model.NetworkAnalysis;

/**
 * Writes the analysed network as two tables: {@code NAME-cities.csv} (the {@link
 * OutputColumns#cities} columns) and {@code NAME-links.csv} (the {@link OutputColumns#links}
 * columns), one row per city and per link in analysis order.
 *
 * <p>RFC 4180: UTF-8 without byte-order mark, comma-separated, CRLF line ends, a header row, fields
 * quoted only when they hold a comma, quote or line break. Numbers in Java's round-trip form
 * ({@code 0.25}, {@code 1.0E-5}), booleans {@code true}/{@code false}, a missing value (see {@link
 * OutputColumn#valueOf}) empty. Text a spreadsheet would run as a formula is prefixed with {@code
 * '} unless {@link CsvCells#RAW} is asked for. O(n + m).
 */
public final class NetworkCsvWriter {
  private NetworkCsvWriter() {}

  /**
   * Writes the cities table to {@code citiesFile} and the links table to {@code linksFile}, each
   * text cell as {@code cells} says.
   */
  public static void write(
      NetworkAnalysis analysis, Path citiesFile, Path linksFile, CsvCells cells)
      throws IOException {
    write(citiesFile, OutputColumns.cities(analysis), analysis.cities(), cells);
    write(linksFile, OutputColumns.links(analysis), analysis.links(), cells);
  }

  private static <T> void write(
      Path file, List<OutputColumn<T>> columns, List<T> rows, CsvCells cells) throws IOException {
    AtomicFiles.write(
        file,
        partial -> {
          try (CsvWriter csv = CsvWriter.builder().build(partial, StandardCharsets.UTF_8)) {
            csv.writeRecord(columns.stream().map(OutputColumn::name).toList());
            List<String> fields = new ArrayList<>(columns.size());
            for (T row : rows) {
              fields.clear();
              for (OutputColumn<T> column : columns) {
                String text = column.text(row);
                fields.add(text == null ? "" : cells.cell(text));
              }
              csv.writeRecord(fields);
            }
          }
        });
  }
}
