package org.citynet.analysis.significance;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.citynet.graph.CompactGraph;
import org.citynet.graph.RandomGraphs;

/** Small graphs the significance tests are checked on. */
final class SmallGraphs {
  private SmallGraphs() {}

  /** A graph from "u-v" pairs. */
  static CompactGraph of(int n, String edges) {
    List<int[]> list = new ArrayList<>();
    for (String e : edges.trim().split("\\s+")) {
      String[] ends = e.split("-");
      list.add(new int[] {Integer.parseInt(ends[0]), Integer.parseInt(ends[1])});
    }
    return CompactGraph.fromEdges(n, list, null);
  }

  /** G(n, m) without self-loops or repeated links. */
  static CompactGraph random(int n, int m, Random rng) {
    return CompactGraph.fromEdges(n, randomEdges(n, m, rng), null);
  }

  static List<int[]> randomEdges(int n, int m, Random rng) {
    return RandomGraphs.erdosRenyi(n, m, rng.nextLong());
  }

  /**
   * {@code groups} groups of {@code size} vertices, linked inside with probability {@code pIn} and
   * between with {@code pOut}.
   */
  static CompactGraph planted(int groups, int size, double pIn, double pOut, Random rng) {
    int n = groups * size;
    List<int[]> edges = new ArrayList<>();
    for (int u = 0; u < n; u++) {
      for (int v = u + 1; v < n; v++) {
        if (rng.nextDouble() < (u / size == v / size ? pIn : pOut)) {
          edges.add(new int[] {u, v});
        }
      }
    }
    return CompactGraph.fromEdges(n, edges, null);
  }

  /** The links of {@code g}, each once as {u, v} with u < v. */
  static List<int[]> edges(CompactGraph g) {
    List<int[]> edges = new ArrayList<>();
    for (int v = 0; v < g.vertexCount(); v++) {
      for (int s = g.firstSlot(v); s < g.endSlot(v); s++) {
        if (g.neighbour(s) > v) {
          edges.add(new int[] {v, g.neighbour(s)});
        }
      }
    }
    return edges;
  }
}
