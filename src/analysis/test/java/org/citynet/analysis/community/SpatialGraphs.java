package org.citynet.analysis.community;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.citynet.analysis.centrality.Degrees;
import org.citynet.graph.CompactGraph;

/**
 * Synthetic spatial test networks, reproducible from a seed: cities scattered uniformly over a
 * latitude/longitude box, linked with a probability that falls with distance.
 *
 * @param graph the links (weight 1)
 * @param lat latitude of each city
 * @param lon longitude of each city
 * @param group the planted group of each city (all 0 when there is none)
 */
record SpatialGraphs(CompactGraph graph, double[] lat, double[] lon, int[] group) {
  /**
   * {@code n} cities in the box lat 40°..50°, lon 0°..14° (about 1,100 km square), each in one of
   * {@code groups} groups drawn at random, so the groups interleave in space. Each pair is linked
   * with probability {@code min(1, p · exp(-d / d0))}, times {@code mixing} when the two are in
   * different groups: {@code mixing = 1} gives links that depend on distance only.
   */
  static SpatialGraphs of(int n, int groups, double p, double d0Km, double mixing, long seed) {
    Random rng = new Random(seed);
    double[] lat = new double[n];
    double[] lon = new double[n];
    int[] group = new int[n];
    for (int v = 0; v < n; v++) {
      lat[v] = 40 + 10 * rng.nextDouble();
      lon[v] = 14 * rng.nextDouble();
      group[v] = rng.nextInt(groups);
    }
    GravityNullModel positions =
        GravityNullModel.estimate(CompactGraph.fromEdges(n, List.of(), null), lat, lon);
    List<int[]> edges = new ArrayList<>();
    for (int u = 0; u < n; u++) {
      for (int v = u + 1; v < n; v++) {
        double prob = p * Math.exp(-positions.distanceKm(u, v) / d0Km);
        if (group[u] != group[v]) {
          prob *= mixing;
        }
        if (rng.nextDouble() < prob) {
          edges.add(new int[] {u, v});
        }
      }
    }
    return new SpatialGraphs(CompactGraph.fromEdges(n, edges, null), lat, lon, group);
  }

  /** The gravity model of this network with strength as importance. */
  GravityNullModel model(int bins) {
    return GravityNullModel.estimate(graph, lat, lon, Degrees.strength(graph), bins);
  }
}
