package org.citynet.export.excel;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.citynet.export.schema.OutputColumns;
import org.citynet.model.Cluster;
import org.citynet.model.NetworkAnalysis;

/**
 * The Clusters sheet, the {@link OutputColumns#clusters clusters table}: one row per Leiden cluster
 * in its map colour, with size, main region, links in and out, how far its partnerships cross
 * regions (E–I index), members per region, the leading members, and the members that bridge to
 * other clusters, whom a programme manager would contact to join groups up.
 */
final class ClustersSheet {
  static final String NAME = "Clusters";
  static final String ID_HEADER = "cluster";
  static final String SIZE_HEADER = "size";

  private ClustersSheet() {}

  /** The clusters in the sheet's order: by id, so the largest (id 0) comes first. */
  static List<Cluster> rows(List<Cluster> clusters) {
    return clusters.stream().sorted(Comparator.comparingInt(Cluster::id)).toList();
  }

  /** Index of a column of the sheet. */
  static int indexOf(NetworkAnalysis analysis, String header) {
    return OutputColumns.indexOf(OutputColumns.clusters(analysis), header);
  }

  static TableExtent write(
      SXSSFSheet sheet, CellWriter cells, NetworkAnalysis analysis, int maxRows, String fullData) {
    TableExtent extent =
        TableWriter.write(
            sheet,
            cells,
            new TableWriter.Table<>(
                NAME,
                Column.of(OutputColumns.clusters(analysis), Map.of()),
                rows(analysis.clusters()),
                "clusters",
                fullData),
            0,
            maxRows);
    ConditionalFormats.dataBars(sheet, extent.column(indexOf(analysis, SIZE_HEADER)), Colours.BLUE);
    return extent;
  }
}
