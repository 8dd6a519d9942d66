package org.citynet.analysis.centrality;

import org.citynet.graph.CompactGraph;

/**
 * Core number of every vertex: the largest k such that the vertex belongs to the k-core, the
 * maximal subgraph whose vertices all have degree at least k (as NetworkX's {@code core_number};
 * weights are ignored, an isolated vertex has core number 0).
 *
 * <p>Batagelj and Zaversnik, "An O(m) Algorithm for Cores Decomposition of Networks", arXiv
 * cs/0310049 (2003): vertices are kept bucket-sorted by current degree and peeled in increasing
 * order. O(n + m) time and memory; deterministic.
 */
public final class Coreness {
  private Coreness() {}

  /** The core number of each vertex; a new array the caller owns. */
  public static int[] compute(CompactGraph g) {
    int n = g.vertexCount();
    int[] degree = Degrees.degree(g);
    int maxDegree = 0;
    for (int d : degree) {
      maxDegree = Math.max(maxDegree, d);
    }
    // bucketStart[d] = first position in `sorted` of the vertices whose current degree is d.
    int[] bucketStart = new int[maxDegree + 1];
    for (int d : degree) {
      bucketStart[d]++;
    }
    for (int d = 0, start = 0; d <= maxDegree; d++) {
      int size = bucketStart[d];
      bucketStart[d] = start;
      start += size;
    }
    int[] sorted = new int[n];
    int[] position = new int[n];
    for (int v = 0; v < n; v++) {
      position[v] = bucketStart[degree[v]]++;
      sorted[position[v]] = v;
    }
    for (int d = maxDegree; d > 0; d--) {
      bucketStart[d] = bucketStart[d - 1];
    }
    bucketStart[0] = 0;
    for (int i = 0; i < n; i++) {
      int v = sorted[i];
      for (int slot = g.firstSlot(v); slot < g.endSlot(v); slot++) {
        int u = g.neighbour(slot);
        if (degree[u] > degree[v]) {
          // Move u to the front of its bucket, then shrink the bucket past it: u's degree drops.
          int du = degree[u];
          int front = bucketStart[du];
          int w = sorted[front];
          if (u != w) {
            sorted[position[u]] = w;
            position[w] = position[u];
            sorted[front] = u;
            position[u] = front;
          }
          bucketStart[du]++;
          degree[u]--;
        }
      }
    }
    return degree;
  }
}
