package org.citynet.graph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Seeded synthetic edge lists, for benchmarks and tests. */
public final class RandomGraphs {
  private RandomGraphs() {}

  /**
   * The Erdős–Rényi graph G(n, m): {@code m} distinct edges drawn uniformly among the pairs of
   * {@code n} vertices, in drawing order. Expected O(m) time while m is well below n(n-1)/2.
   *
   * @throws IllegalArgumentException if {@code m} exceeds the number of pairs
   */
  public static List<int[]> erdosRenyi(int n, long m, long seed) {
    if (n < 0 || m < 0 || m > (long) n * (n - 1) / 2) {
      throw new IllegalArgumentException(
          "a simple graph on " + n + " vertices cannot have " + m + " edges");
    }
    Random rng = new Random(seed);
    Set<Long> seen = new HashSet<>();
    List<int[]> edges = new ArrayList<>();
    while (edges.size() < m) {
      int u = rng.nextInt(n);
      int v = rng.nextInt(n);
      if (u != v && seen.add((long) Math.min(u, v) * n + Math.max(u, v))) {
        edges.add(new int[] {u, v});
      }
    }
    return edges;
  }
}
