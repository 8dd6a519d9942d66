package org.citynet.analysis.centrality;

import org.citynet.graph.CompactGraph;

/**
 * Degree and strength (weighted degree) of every vertex, as NetworkX's {@code G.degree()} and
 * {@code G.degree(weight="weight")}. O(n + m).
 */
public final class Degrees {
  private Degrees() {}

  /** Number of neighbours of each vertex; a new array the caller owns. */
  public static int[] degree(CompactGraph g) {
    int[] degree = new int[g.vertexCount()];
    for (int v = 0; v < degree.length; v++) {
      degree[v] = g.degree(v);
    }
    return degree;
  }

  /** Sum of the weights of the edges at each vertex; a new array the caller owns. */
  public static double[] strength(CompactGraph g) {
    double[] strength = new double[g.vertexCount()];
    for (int v = 0; v < strength.length; v++) {
      for (int slot = g.firstSlot(v); slot < g.endSlot(v); slot++) {
        strength[v] += g.weight(slot);
      }
    }
    return strength;
  }
}
