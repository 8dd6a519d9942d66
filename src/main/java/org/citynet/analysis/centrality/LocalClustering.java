package org.citynet.analysis.centrality;

import java.util.Arrays;
import org.citynet.graph.CompactGraph;

/**
 * Unweighted local clustering coefficient of every vertex: the share of pairs of its neighbours
 * that are themselves adjacent, 0 for degree below 2 (as NetworkX's {@code clustering}).
 *
 * <p>Watts and Strogatz, "Collective dynamics of 'small-world' networks", Nature 393 (1998).
 * Triangles are counted by marking the neighbours of each vertex and scanning their neighbour
 * lists: O(m · maximum degree) time, O(n) memory; deterministic.
 */
public final class LocalClustering {
  private LocalClustering() {}

  /** The clustering coefficient of each vertex; a new array the caller owns. */
  public static double[] compute(CompactGraph g) {
    int n = g.vertexCount();
    double[] clustering = new double[n];
    int[] markedBy = new int[n];
    Arrays.fill(markedBy, -1);
    for (int v = 0; v < n; v++) {
      long d = g.degree(v);
      if (d < 2) {
        continue;
      }
      for (int slot = g.firstSlot(v); slot < g.endSlot(v); slot++) {
        markedBy[g.neighbour(slot)] = v;
      }
      // Each triangle through v is seen twice, once from each of its other two corners.
      long closedPairs = 0;
      for (int slot = g.firstSlot(v); slot < g.endSlot(v); slot++) {
        int u = g.neighbour(slot);
        for (int uSlot = g.firstSlot(u); uSlot < g.endSlot(u); uSlot++) {
          if (markedBy[g.neighbour(uSlot)] == v) {
            closedPairs++;
          }
        }
      }
      clustering[v] = (double) closedPairs / (d * (d - 1));
    }
    return clustering;
  }
}
