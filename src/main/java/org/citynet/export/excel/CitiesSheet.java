package org.citynet.export.excel;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.citynet.model.CityMetrics;
import org.citynet.model.NetworkAnalysis;

/**
 * The Cities sheet: every city with every measure, its role in its cluster and its input extras,
 * brokers first.
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

  /**
   * The columns: fixed fields, {@code cluster_spatial} when the gravity clusters were computed,
   * then one per extra input column.
   */
  static List<Column<CityMetrics>> columns(
      List<String> extraColumns, Format strengthFormat, boolean spatialClusters) {
    List<Column<CityMetrics>> columns =
        new ArrayList<>(
            List.of(
                Column.of("id", Format.TEXT, c -> c.city().id()),
                Column.of(NAME_HEADER, Format.TEXT, c -> c.city().name()),
                Column.of("country", Format.TEXT, c -> c.city().country()),
                Column.of("region", Format.TEXT, CityMetrics::region),
                Column.of("subregion", Format.TEXT, CityMetrics::subregion),
                Column.of("lat", Format.COORDINATE, c -> c.city().lat()),
                Column.of("lon", Format.COORDINATE, c -> c.city().lon()),
                Column.of(
                    "population",
                    Format.INTEGER,
                    c ->
                        c.city().population().isPresent()
                            ? c.city().population().getAsLong()
                            : null),
                Column.of(DEGREE, Format.INTEGER, CityMetrics::degree),
                Column.of("strength", strengthFormat, CityMetrics::strength),
                Column.of(BETWEENNESS, Format.PERCENT_3, CityMetrics::betweenness),
                Column.of("closeness", Format.MEASURE, CityMetrics::closeness),
                Column.of("harmonic", Format.MEASURE, CityMetrics::harmonic),
                Column.of("pagerank", Format.PERCENT_3, CityMetrics::pagerank),
                Column.of("eigenvector", Format.MEASURE, CityMetrics::eigenvector),
                Column.of("coreness", Format.INTEGER, CityMetrics::coreness),
                Column.of("clustering", Format.PERCENT_1, CityMetrics::clustering),
                Column.of("component", Format.ID, CityMetrics::component),
                Column.of("cluster", Format.CLUSTER, CityMetrics::cluster),
                Column.of(WITHIN_CLUSTER_Z, Format.SCORE, CityMetrics::withinClusterZ),
                Column.of(PARTICIPATION, Format.MEASURE, CityMetrics::participation),
                Column.of("role", Format.TEXT, CityMetrics::role),
                Column.of("role_name", Format.TEXT, CityMetrics::roleName),
                Column.of("ei_index", Format.SCORE, CityMetrics::eiIndex),
                Column.of(
                    "betweenness_rank", Format.INTEGER, c -> rank(c, c.betweennessRank().median())),
                Column.of(
                    "betweenness_rank_lo", Format.INTEGER, c -> rank(c, c.betweennessRank().low())),
                Column.of(
                    "betweenness_rank_hi",
                    Format.INTEGER,
                    c -> rank(c, c.betweennessRank().high())),
                Column.of(CLUSTER_CONFIDENCE, Format.PERCENT_1, CityMetrics::clusterConfidence)));
    if (spatialClusters) {
      // Not the cluster colours: those belong to the Leiden clusters of the map.
      columns.add(Column.of("cluster_spatial", Format.ID, CityMetrics::clusterSpatial));
    }
    for (int i = 0; i < extraColumns.size(); i++) {
      int index = i;
      columns.add(
          Column.of(
              extraColumns.get(i),
              Format.TEXT,
              c -> index < c.city().extras().size() ? c.city().extras().get(index) : null));
    }
    return columns;
  }

  /** A top broker's rank; an empty cell for the other cities. */
  private static Integer rank(CityMetrics c, int rank) {
    return c.betweennessRank().isRanked() ? rank : null;
  }

  /** Index of a fixed column. */
  static int indexOf(String header) {
    List<Column<CityMetrics>> fixed = columns(List.of(), Format.DECIMAL, false);
    for (int i = 0; i < fixed.size(); i++) {
      if (fixed.get(i).header().equals(header)) {
        return i;
      }
    }
    throw new IllegalArgumentException("no column " + header);
  }

  static TableExtent write(
      SXSSFSheet sheet,
      CellWriter cells,
      NetworkAnalysis analysis,
      NetworkFacts facts,
      int maxRows,
      String fullData) {
    boolean whole =
        analysis.cities().stream().allMatch(c -> c.strength() == Math.rint(c.strength()));
    TableExtent extent =
        TableWriter.write(
            sheet,
            cells,
            NAME,
            columns(
                analysis.cityExtraColumns(),
                whole ? Format.INTEGER : Format.DECIMAL,
                analysis.summary().hasSpatialClusters()),
            facts.byBetweenness(),
            2,
            maxRows,
            "cities",
            fullData);
    ConditionalFormats.dataBars(sheet, extent.column(indexOf(BETWEENNESS)), Colours.BLUE);
    ConditionalFormats.dataBars(sheet, extent.column(indexOf(DEGREE)), Colours.GREEN);
    return extent;
  }
}
