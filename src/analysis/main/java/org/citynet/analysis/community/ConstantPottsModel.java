package org.citynet.analysis.community;

import org.citynet.graph.CompactGraph;

/**
 * The Constant Potts Model quality of a partition of the vertices.
 *
 * <p>V. A. Traag, P. Van Dooren and Y. Nesterov, "Narrow scope for resolution-limit-free community
 * detection", Phys. Rev. E 84 (2011) 016114:
 *
 * <pre>H = sum over clusters c of [ w_c - resolution * n_c (n_c - 1) / 2 ]</pre>
 *
 * where {@code w_c} is the total weight of the edges inside {@code c} and {@code n_c} its number of
 * vertices: each pair of vertices in a cluster costs {@code resolution}, each edge inside earns its
 * weight. Same value as leidenalg's {@code CPMVertexPartition.quality()}; igraph's and the CWTS
 * library's CPM count n_c² instead of n_c (n_c - 1), which adds the same {@code resolution · n / 2}
 * to every partition and so selects the same partitions. Not normalised: in edge-weight units. Runs
 * in O(n + m) time.
 */
public final class ConstantPottsModel {
  private ConstantPottsModel() {}

  /**
   * CPM quality of a partition.
   *
   * @param clusterOf cluster id of each vertex, any non-negative ints (need not be contiguous)
   * @param resolution the cost γ ≥ 0 of a pair of vertices in the same cluster
   * @throws IllegalArgumentException if {@code clusterOf} does not have one non-negative id per
   *     vertex
   */
  public static double of(CompactGraph graph, int[] clusterOf, double resolution) {
    int n = graph.vertexCount();
    int clusters = Modularity.clusterCount(clusterOf, n);
    long[] size = new long[clusters];
    double inside = 0;
    for (int v = 0; v < n; v++) {
      int c = clusterOf[v];
      size[c]++;
      for (int s = graph.firstSlot(v); s < graph.endSlot(v); s++) {
        // Each edge is stored from both ends: count it from the lower one.
        int u = graph.neighbour(s);
        if (v < u && clusterOf[u] == c) {
          inside += graph.weight(s);
        }
      }
    }
    double pairs = 0;
    for (long k : size) {
      pairs += k * (k - 1) / 2.0;
    }
    return inside - resolution * pairs;
  }
}
