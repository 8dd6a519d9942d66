package org.citynet.export.excel;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.citynet.model.CityMetrics;
import org.citynet.model.Cluster;

/**
 * The Clusters sheet, one row per Leiden cluster in its map colour: size, main region, links in and
 * out, how far its partnerships cross regions (E–I index), members per region, the leading members,
 * and the members that bridge to other clusters, whom a programme manager would contact to join
 * groups up.
 */
final class ClustersSheet {
  static final String NAME = "Clusters";
  static final int ID_COLUMN = 0;
  static final int SIZE_COLUMN = 2;

  /** Members named per cluster before "and N more". */
  static final int MEMBERS = 10;

  /** Bridge cities named per cluster. */
  static final int BRIDGES = 5;

  private ClustersSheet() {}

  /** The clusters in the sheet's order: by id, so the largest (id 0) comes first. */
  static List<Cluster> rows(List<Cluster> clusters) {
    return clusters.stream().sorted(Comparator.comparingInt(Cluster::id)).toList();
  }

  static TableExtent write(
      SXSSFSheet sheet,
      CellWriter cells,
      List<Cluster> clusters,
      Map<Integer, ClusterProfiles.Profile> profiles,
      int maxRows,
      String fullData) {
    List<Column<Cluster>> columns =
        List.of(
            Column.of("cluster", Format.CLUSTER, Cluster::id),
            // Text before the numbers, so no number ends right against a word.
            Column.of("dominant_region", Format.TEXT, Cluster::dominantRegion),
            Column.of("size", Format.INTEGER, Cluster::size),
            Column.of("internal_links", Format.INTEGER, Cluster::internalLinks),
            Column.of("external_links", Format.INTEGER, Cluster::externalLinks),
            Column.of("ei_index", Format.SCORE, Cluster::eiIndex),
            Column.of("regions", Format.LIST, c -> regions(profiles.get(c.id()))),
            Column.of("members", Format.LIST, c -> members(profiles.get(c.id()))),
            Column.of("bridge_cities", Format.LIST, c -> bridges(profiles.get(c.id()))));
    TableExtent extent =
        TableWriter.write(
            sheet, cells, NAME, columns, rows(clusters), 0, maxRows, "clusters", fullData);
    ConditionalFormats.dataBars(sheet, extent.column(SIZE_COLUMN), Colours.BLUE);
    return extent;
  }

  /** "Europe 41, Asia 3". */
  static String regions(ClusterProfiles.Profile profile) {
    if (profile == null) {
      return null;
    }
    return profile.regions().entrySet().stream()
        .map(e -> e.getKey() + " " + Phrases.count(e.getValue()))
        .collect(Collectors.joining(", "));
  }

  /** "Lyon (FR), Turin (IT), … and 31 more", leading members first. */
  static String members(ClusterProfiles.Profile profile) {
    if (profile == null) {
      return null;
    }
    List<CityMetrics> members = profile.members();
    String named =
        members.stream().limit(MEMBERS).map(Phrases::city).collect(Collectors.joining(", "));
    int more = members.size() - MEMBERS;
    return more > 0 ? named + " and " + Phrases.count(more) + " more" : named;
  }

  /**
   * One line per bridge city, "Lyon (FR): 4 partnerships with clusters 2 and 5–7", the busiest
   * first, then how many more members have partners in other clusters.
   */
  static String bridges(ClusterProfiles.Profile profile) {
    if (profile == null) {
      return null;
    }
    List<ClusterProfiles.Bridge> all = profile.bridges();
    if (all.isEmpty()) {
      return "none: no member partners with a city of another cluster";
    }
    List<String> lines = new ArrayList<>();
    for (ClusterProfiles.Bridge bridge : all.subList(0, Math.min(BRIDGES, all.size()))) {
      lines.add(
          Phrases.city(bridge.city())
              + ": "
              + Phrases.count(bridge.links(), "partnership", "partnerships")
              + (bridge.clusters().size() == 1 ? " with cluster " : " with clusters ")
              + Phrases.numbers(List.copyOf(bridge.clusters())));
    }
    if (all.size() > BRIDGES) {
      lines.add("and " + Phrases.count(all.size() - BRIDGES) + " more");
    }
    return String.join("\n", lines);
  }
}
