package org.citynet.export.excel;

import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.citynet.export.schema.OutputColumns;
import org.citynet.model.LinkMetrics;
import org.citynet.model.NetworkAnalysis;

/**
 * The Links sheet: the {@link OutputColumns#links links table}, every partnership with its cities'
 * names, weight, types and length.
 */
final class LinksSheet {
  static final String NAME = "Links";

  private LinksSheet() {}

  static TableExtent write(
      SXSSFSheet sheet,
      CellWriter cells,
      NetworkAnalysis analysis,
      NetworkFacts facts,
      int maxRows,
      String fullData) {
    boolean whole =
        analysis.links().stream()
            .allMatch(l -> l.partnership().weight() == Math.rint(l.partnership().weight()));
    List<Column<LinkMetrics>> columns =
        Column.of(
            OutputColumns.links(analysis),
            Map.of("weight", whole ? Format.INTEGER : Format.DECIMAL));
    return TableWriter.write(
        sheet,
        cells,
        new TableWriter.Table<>(NAME, columns, analysis.links(), "partnerships", fullData),
        0,
        maxRows);
  }
}
