package org.citynet.analysis.community;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.citynet.graph.CompactGraph;

/**
 * Synthetic test graphs: planted-partition (stochastic block) graphs with integer weights 1..5,
 * reproducible from a seed.
 */
final class PlantedPartitionGraphs {
  private PlantedPartitionGraphs() {}

  /**
   * {@code n} vertices in {@code groups} equal blocks (vertex v in block v mod groups, so blocks
   * interleave in index order); each pair is linked with probability {@code pIn} inside a block and
   * {@code pOut} across. O(n²) pairs tried, fine up to a few thousand vertices.
   */
  static CompactGraph of(int n, int groups, double pIn, double pOut, long seed) {
    Random rng = new Random(seed);
    List<int[]> edges = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    for (int u = 0; u < n; u++) {
      for (int v = u + 1; v < n; v++) {
        if (rng.nextDouble() < (u % groups == v % groups ? pIn : pOut)) {
          edges.add(new int[] {u, v});
          weights.add(1.0 + rng.nextInt(5));
        }
      }
    }
    return CompactGraph.fromEdges(
        n, edges, weights.stream().mapToDouble(Double::doubleValue).toArray());
  }
}
