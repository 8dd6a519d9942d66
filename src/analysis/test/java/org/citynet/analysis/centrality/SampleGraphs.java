package org.citynet.analysis.centrality;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.citynet.graph.CompactGraph;

/** Small synthetic graphs for the tests. */
final class SampleGraphs {
  private SampleGraphs() {}

  /**
   * A graph on {@code n} vertices with unit-weight edges given as pairs {@code u0, v0, u1, ...}.
   */
  static CompactGraph of(int n, int... pairs) {
    List<int[]> edges = new ArrayList<>();
    for (int i = 0; i < pairs.length; i += 2) {
      edges.add(new int[] {pairs[i], pairs[i + 1]});
    }
    return CompactGraph.fromEdges(n, edges, null);
  }

  /** Vertex 0 joined to each of {@code 1..leaves}. */
  static CompactGraph star(int leaves) {
    List<int[]> edges = new ArrayList<>();
    for (int leaf = 1; leaf <= leaves; leaf++) {
      edges.add(new int[] {0, leaf});
    }
    return CompactGraph.fromEdges(leaves + 1, edges, null);
  }

  /** The path {@code 0 - 1 - ... - (n-1)}, closed into a ring when {@code closed}. */
  static CompactGraph path(int n, boolean closed) {
    List<int[]> edges = new ArrayList<>();
    for (int v = 0; v + 1 < n; v++) {
      edges.add(new int[] {v, v + 1});
    }
    if (closed) {
      edges.add(new int[] {n - 1, 0});
    }
    return CompactGraph.fromEdges(n, edges, null);
  }

  /**
   * A seeded random graph: {@code n} vertices in random order, split into {@code groups} blocks of
   * random sizes, each an Erdős–Rényi graph with {@code edgesPerVertex} times as many edges as
   * vertices, plus {@code isolated} vertices without edges; integer weights 1–5.
   */
  static CompactGraph random(long seed, int n, int groups, int isolated, double edgesPerVertex) {
    Random rng = new Random(seed);
    List<Integer> order = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      order.add(v);
    }
    Collections.shuffle(order, rng);
    int connected = n - isolated;
    int[] cuts = rng.ints(1, connected).distinct().limit(groups - 1).sorted().toArray();
    List<int[]> edges = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    int start = 0;
    for (int group = 0; group < groups; group++) {
      int end = group < cuts.length ? cuts[group] : connected;
      int size = end - start;
      long wanted = Math.min((long) size * (size - 1) / 2, Math.round(edgesPerVertex * size));
      for (long added = 0; added < wanted; ) {
        int u = order.get(start + rng.nextInt(size));
        int v = order.get(start + rng.nextInt(size));
        if (u != v && seen.add((long) Math.min(u, v) * n + Math.max(u, v))) {
          edges.add(new int[] {u, v});
          added++;
        }
      }
      start = end;
    }
    double[] weights = rng.ints(edges.size(), 1, 6).asDoubleStream().toArray();
    return CompactGraph.fromEdges(n, edges, weights);
  }

  /**
   * A seeded random graph full of pendant trees, vertices in random order: a ring of {@code core}
   * vertices with as many random chords, then {@code treeVertices} more, each joined to a random
   * earlier vertex except every {@code newTreeEvery}-th, which starts a tree component of its own
   * (0 = never), then {@code isolated} vertices without edges and {@code pairs} lone edges.
   */
  static CompactGraph withTrees(
      long seed, int core, int treeVertices, int newTreeEvery, int isolated, int pairs) {
    Random rng = new Random(seed);
    int n = core + treeVertices + isolated + 2 * pairs;
    List<Integer> label = new ArrayList<>();
    for (int v = 0; v < n; v++) {
      label.add(v);
    }
    Collections.shuffle(label, rng);
    Set<Long> seen = new HashSet<>();
    List<int[]> edges = new ArrayList<>();
    for (int v = 0; v < core; v++) {
      addEdge(edges, seen, n, label.get(v), label.get((v + 1) % core));
    }
    for (int chord = 0; chord < core; chord++) {
      addEdge(edges, seen, n, label.get(rng.nextInt(core)), label.get(rng.nextInt(core)));
    }
    for (int i = 0; i < treeVertices; i++) {
      int v = core + i;
      if (v > 0 && (newTreeEvery == 0 || i % newTreeEvery != 0)) {
        addEdge(edges, seen, n, label.get(v), label.get(rng.nextInt(v)));
      }
    }
    for (int i = 0; i < pairs; i++) {
      int v = core + treeVertices + isolated + 2 * i;
      addEdge(edges, seen, n, label.get(v), label.get(v + 1));
    }
    return CompactGraph.fromEdges(n, edges, null);
  }

  private static void addEdge(List<int[]> edges, Set<Long> seen, int n, int u, int v) {
    if (u != v && seen.add((long) Math.min(u, v) * n + Math.max(u, v))) {
      edges.add(new int[] {u, v});
    }
  }
}
