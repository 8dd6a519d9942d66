package org.citynet.export.excel;

import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.citynet.export.schema.OutputColumns;
import org.citynet.model.CityMetrics;
import org.citynet.model.NetworkAnalysis;

/**
 * The Cities sheet: the {@link OutputColumns#cities cities table}, every city with every measure,
 * its role in its cluster and its input extras, brokers first.
 */
final class CitiesSheet {
  static final String NAME = "Cities";
  static final String NAME_HEADER = "name";
  static final String BETWEENNESS = "betweenness";
  static final String DEGREE = "degree";
  static final String PARTICIPATION = "participation";
  static final String WITHIN_CLUSTER_Z = "within_cluster_z";
  static final String CLUSTER_CONFIDENCE = "cluster_confidence";

  private CitiesSheet() {}

  /** Index of a column that every cities table has. */
  static int indexOf(String header) {
    return OutputColumns.indexOf(OutputColumns.citiesWithoutExtras(), header);
  }

  /** The sheet's columns: strength shown whole when every city's is. */
  static List<Column<CityMetrics>> columns(NetworkAnalysis analysis) {
    boolean whole =
        analysis.cities().stream().allMatch(c -> c.strength() == Math.rint(c.strength()));
    return Column.of(
        OutputColumns.cities(analysis),
        Map.of("strength", whole ? Format.INTEGER : Format.DECIMAL));
  }

  static TableExtent write(
      SXSSFSheet sheet,
      CellWriter cells,
      NetworkAnalysis analysis,
      NetworkFacts facts,
      int maxRows,
      String fullData) {
    TableExtent extent =
        TableWriter.write(
            sheet,
            cells,
            new TableWriter.Table<>(
                NAME, columns(analysis), facts.byBetweenness(), "cities", fullData),
            2,
            maxRows);
    ConditionalFormats.dataBars(sheet, extent.column(indexOf(BETWEENNESS)), Colours.BLUE);
    ConditionalFormats.dataBars(sheet, extent.column(indexOf(DEGREE)), Colours.GREEN);
    return extent;
  }
}
