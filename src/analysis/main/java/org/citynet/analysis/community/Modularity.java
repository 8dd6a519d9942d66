package org.citynet.analysis.community;

import org.citynet.graph.CompactGraph;

/**
 * Weighted Newman-Girvan modularity of a partition of the vertices.
 *
 * <p>M. E. J. Newman, "Modularity and community structure in networks", PNAS 103 (2006) 8577; with
 * resolution as in J. Reichardt and S. Bornholdt, Phys. Rev. E 74 (2006) 016110:
 *
 * <pre>Q = sum over clusters c of [ L_c / m - resolution * (d_c / 2m)^2 ]</pre>
 *
 * where {@code m} is the total edge weight, {@code L_c} the weight of the edges inside {@code c}
 * and {@code d_c} the summed strength of its vertices. Same definition as NetworkX's {@code
 * community.modularity(G, parts, weight="weight", resolution=...)} and igraph's {@code modularity}.
 * Runs in O(n + m) time; independent of any clustering library, so it can check one.
 */
public final class Modularity {
  private Modularity() {}

  /** Modularity with resolution 1. */
  public static double of(CompactGraph graph, int[] clusterOf) {
    return of(graph, clusterOf, 1.0);
  }

  /**
   * Modularity of a partition at the given resolution.
   *
   * @param clusterOf cluster id of each vertex, any non-negative ints (need not be contiguous)
   * @param resolution 1 for classic modularity; larger values penalise big clusters more
   * @return Q, or {@code NaN} for a graph without edges, where modularity is undefined
   * @throws IllegalArgumentException if {@code clusterOf} does not have one non-negative id per
   *     vertex
   */
  public static double of(CompactGraph graph, int[] clusterOf, double resolution) {
    int n = graph.vertexCount();
    int clusters = clusterCount(clusterOf, n);
    // Each edge is stored from both ends, so these sums are 2 L_c, d_c and 2m.
    double[] inside = new double[clusters];
    double[] strength = new double[clusters];
    double twiceM = 0;
    for (int v = 0; v < n; v++) {
      int c = clusterOf[v];
      for (int s = graph.firstSlot(v); s < graph.endSlot(v); s++) {
        double w = graph.weight(s);
        twiceM += w;
        strength[c] += w;
        if (clusterOf[graph.neighbour(s)] == c) {
          inside[c] += w;
        }
      }
    }
    if (twiceM == 0) {
      return Double.NaN;
    }
    double q = 0;
    for (int c = 0; c < clusters; c++) {
      double share = strength[c] / twiceM;
      q += inside[c] / twiceM - resolution * share * share;
    }
    return q;
  }

  /**
   * One more than the largest cluster id, after checking there is one non-negative id per vertex.
   *
   * @throws IllegalArgumentException when the partition does not fit the {@code n} vertices
   */
  public static int clusterCount(int[] clusterOf, int n) {
    if (clusterOf.length != n) {
      throw new IllegalArgumentException(
          "partition has " + clusterOf.length + " entries for " + n + " vertices");
    }
    int clusters = 0;
    for (int v = 0; v < n; v++) {
      if (clusterOf[v] < 0) {
        throw new IllegalArgumentException("negative cluster id at vertex " + v);
      }
      clusters = Math.max(clusters, clusterOf[v] + 1);
    }
    return clusters;
  }
}
