package org.citynet.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.citynet.model.CityMetrics;
import org.citynet.model.Cluster;

/**
 * Describes each cluster for a reader: size, dominant region, top cities, links in and out, and how
 * far its partnerships cross regions.
 */
final class ClusterSummaries {
  private static final int TOP_CITIES = 3;

  private ClusterSummaries() {}

  /**
   * One summary per cluster id {@code 0..clusterCount-1}. O(n log n + m).
   *
   * @param cities every city with its cluster and measures
   * @param ends the two vertices of each partnership
   * @param eiIndex the regional E–I index of each cluster id
   */
  static List<Cluster> of(
      List<CityMetrics> cities, List<int[]> ends, int clusterCount, double[] eiIndex) {
    List<List<CityMetrics>> members = new ArrayList<>();
    for (int c = 0; c < clusterCount; c++) {
      members.add(new ArrayList<>());
    }
    for (CityMetrics m : cities) {
      members.get(m.cluster()).add(m);
    }
    int[] internal = new int[clusterCount];
    int[] external = new int[clusterCount];
    for (int[] e : ends) {
      int a = cities.get(e[0]).cluster();
      int b = cities.get(e[1]).cluster();
      if (a == b) {
        internal[a]++;
      } else {
        external[a]++;
        external[b]++;
      }
    }
    List<Cluster> clusters = new ArrayList<>(clusterCount);
    for (int c = 0; c < clusterCount; c++) {
      List<CityMetrics> in = members.get(c);
      Map<String, Integer> regionCounts = new HashMap<>();
      for (CityMetrics m : in) {
        regionCounts.merge(m.region().isEmpty() ? "Unknown" : m.region(), 1, Integer::sum);
      }
      // Ties between regions go to the alphabetically first, so reruns agree.
      Map.Entry<String, Integer> dominant =
          regionCounts.entrySet().stream()
              .max(
                  Map.Entry.<String, Integer>comparingByValue()
                      .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
              .orElse(Map.entry("", 0));
      List<String> top =
          in.stream()
              .sorted(
                  Comparator.comparingDouble(CityMetrics::betweenness)
                      .reversed()
                      .thenComparing(Comparator.comparingInt(CityMetrics::degree).reversed())
                      .thenComparing(m -> m.city().name()))
              .limit(TOP_CITIES)
              .map(m -> m.city().name())
              .toList();
      clusters.add(
          new Cluster(
              c,
              in.size(),
              dominant.getKey(),
              in.isEmpty() ? 0 : dominant.getValue() / (double) in.size(),
              top,
              internal[c],
              external[c],
              eiIndex[c]));
    }
    return clusters;
  }
}
