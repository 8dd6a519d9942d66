package org.citynet.export.excel;

import java.util.Comparator;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.citynet.model.Cluster;

/** The Clusters sheet: each Leiden cluster's size, dominant region, top cities and links. */
final class ClustersSheet {
  static final String NAME = "Clusters";
  static final int ID_COLUMN = 0;
  static final int SIZE_COLUMN = 1;

  private ClustersSheet() {}

  /** The clusters in the sheet's order: by id, so the largest (id 0) comes first. */
  static List<Cluster> rows(List<Cluster> clusters) {
    return clusters.stream().sorted(Comparator.comparingInt(Cluster::id)).toList();
  }

  static TableExtent write(
      SXSSFSheet sheet, CellWriter cells, List<Cluster> clusters, int maxRows, String fullData) {
    List<Column<Cluster>> columns =
        List.of(
            Column.of("cluster", Format.ID, Cluster::id),
            Column.of("size", Format.INTEGER, Cluster::size),
            Column.of("dominant_region", Format.TEXT, Cluster::dominantRegion),
            Column.of("dominant_region_share", Format.PERCENT, Cluster::dominantRegionShare),
            Column.of("top_cities", Format.TEXT, c -> String.join("; ", c.topCities())),
            Column.of("internal_links", Format.INTEGER, Cluster::internalLinks),
            Column.of("external_links", Format.INTEGER, Cluster::externalLinks));
    TableExtent extent =
        TableWriter.write(
            sheet, cells, NAME, columns, rows(clusters), 0, maxRows, "clusters", fullData);
    ConditionalFormats.dataBars(sheet, extent.column(SIZE_COLUMN), Colours.BLUE);
    return extent;
  }
}
