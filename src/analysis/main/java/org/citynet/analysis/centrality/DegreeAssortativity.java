package org.citynet.analysis.centrality;

import org.citynet.graph.CompactGraph;

/**
 * Degree assortativity of the undirected, unweighted graph: the Pearson correlation of the degrees
 * at the two ends of an edge, each edge counted in both directions (M. E. J. Newman, "Assortative
 * mixing in networks", Phys. Rev. Lett. 89, 208701 (2002), eq. 4). Positive when well-connected
 * cities partner with well-connected ones, negative when hubs partner with cities of few partners,
 * as NetworkX's {@code degree_assortativity_coefficient}.
 *
 * <p>r = (Σ j·k / m − [Σ (j + k) / 2m]²) / (Σ (j² + k²) / 2m − [Σ (j + k) / 2m]²), the sums over
 * the m edges with end degrees j and k. NaN without edges or when every edge end has the same
 * degree (a regular graph: the correlation is undefined). Weights are ignored. O(n + m) time, O(1)
 * extra memory; sums in a fixed order, so the result is deterministic.
 */
public final class DegreeAssortativity {
  private DegreeAssortativity() {}

  /** The degree assortativity r of {@code g}, in [−1, 1], or NaN when undefined. */
  public static double of(CompactGraph g) {
    double products = 0;
    double ends = 0;
    double squares = 0;
    long edges = 0;
    for (int u = 0; u < g.vertexCount(); u++) {
      double j = g.degree(u);
      for (int slot = g.firstSlot(u); slot < g.endSlot(u); slot++) {
        int v = g.neighbour(slot);
        if (u < v) {
          double k = g.degree(v);
          products += j * k;
          ends += j + k;
          squares += j * j + k * k;
          edges++;
        }
      }
    }
    if (edges == 0) {
      return Double.NaN;
    }
    double mean = ends / (2.0 * edges);
    double variance = squares / (2.0 * edges) - mean * mean;
    // A regular graph has zero variance up to rounding; the correlation is then undefined.
    if (!(variance > 1e-12 * Math.max(1, mean * mean))) {
      return Double.NaN;
    }
    return (products / edges - mean * mean) / variance;
  }
}
