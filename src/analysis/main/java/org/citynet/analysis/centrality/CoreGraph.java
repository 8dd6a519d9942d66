package org.citynet.analysis.centrality;

import java.util.Arrays;
import java.util.Comparator;
import java.util.function.IntUnaryOperator;
import java.util.stream.IntStream;
import org.citynet.graph.CompactGraph;

/**
 * The 2-core of a graph as its own compressed-sparse-row graph, relabelled so that searches run
 * fast, with what each core vertex stands for: the size and depth profile of the tree hanging from
 * it (see {@link PendantTrees}).
 *
 * <p>Core vertices are numbered component after component, and within a component by degree, then
 * in breadth-first order from its highest-degree vertex (the first step of Cuthill and McKee's
 * ordering, "Reducing the bandwidth of sparse symmetric matrices", ACM '69). Searches visit each
 * level in increasing number, so the loops over the neighbours of its vertices run in runs of equal
 * length and the branch predictor foresees where each ends; among equal degrees, neighbours get
 * nearby numbers, so a search touches fewer cache lines. O(n + m + k log k) time for k core
 * vertices. Package-private; arrays are shared.
 */
final class CoreGraph {
  /** Original vertex of each core vertex. */
  final int[] original;

  /** Core vertex of each original vertex, -1 outside the core. */
  final int[] coreId;

  final int[] offsets;
  final int[] targets;

  /** Vertices each core vertex stands for: its tree's size, itself included. */
  final double[] weight;

  /**
   * {@code hist[histStart[c] + j - 1]} = vertices at depth {@code j ≥ 1} in the tree hanging from
   * core vertex {@code c}; an empty range when nothing hangs there.
   */
  final int[] histStart;

  final int[] hist;

  /**
   * Core vertices with a tree, in increasing order: those of the i-th component are {@code
   * holders[holderStart[i] .. holderStart[i+1])}. A search visits them there rather than checking
   * every vertex it reaches.
   */
  final int[] holders;

  final int[] holderStart;

  /** First core vertex of each component (they are numbered one after the other), then k. */
  private final int[] componentStart;

  /** The core of {@code g} after peeling {@code trees}. */
  static CoreGraph of(CompactGraph g, PendantTrees trees) {
    return new CoreGraph(g, trees);
  }

  private CoreGraph(CompactGraph g, PendantTrees trees) {
    int n = g.vertexCount();
    int[] coreDegree = new int[n];
    for (int v = 0; v < n; v++) {
      if (trees.inCore[v]) {
        for (int slot = g.firstSlot(v); slot < g.endSlot(v); slot++) {
          coreDegree[v] += trees.inCore[g.neighbour(slot)] ? 1 : 0;
        }
      }
    }
    int[] starts = new int[n + 1];
    original = byDegree(breadthFirstOrder(g, trees.inCore, coreDegree, starts), coreDegree, starts);
    int k = original.length;
    coreId = new int[n];
    Arrays.fill(coreId, -1);
    for (int c = 0; c < k; c++) {
      coreId[original[c]] = c;
    }
    offsets = new int[k + 1];
    for (int c = 0; c < k; c++) {
      offsets[c + 1] = offsets[c] + coreDegree[original[c]];
    }
    targets = new int[offsets[k]];
    weight = new double[k];
    histStart = new int[k + 1];
    int[] heights = new int[k];
    for (int c = 0; c < k; c++) {
      int v = original[c];
      int fill = offsets[c];
      for (int slot = g.firstSlot(v); slot < g.endSlot(v); slot++) {
        int w = coreId[g.neighbour(slot)];
        if (w >= 0) {
          targets[fill++] = w;
        }
      }
      Arrays.sort(targets, offsets[c], fill);
      weight[c] = trees.size[v];
      for (int i = trees.memberStart[v]; i < trees.memberStart[v + 1]; i++) {
        heights[c] = Math.max(heights[c], trees.depth[trees.members[i]]);
      }
      histStart[c + 1] = histStart[c] + heights[c];
    }
    hist = new int[histStart[k]];
    for (int c = 0; c < k; c++) {
      int v = original[c];
      for (int i = trees.memberStart[v] + 1; i < trees.memberStart[v + 1]; i++) {
        hist[histStart[c] + trees.depth[trees.members[i]] - 1]++;
      }
    }
    int components = 0;
    while (starts[components] < k) {
      components++;
    }
    componentStart = Arrays.copyOf(starts, components + 1);
    holders = IntStream.range(0, k).filter(c -> histStart[c + 1] > histStart[c]).toArray();
    holderStart = new int[componentStart.length];
    int h = 0;
    for (int i = 0; i < componentStart.length; i++) {
      while (h < holders.length && holders[h] < componentStart[i]) {
        h++;
      }
      holderStart[i] = h;
    }
  }

  /**
   * The core vertices in breadth-first order, component after component; writes the position of
   * each component's first vertex to {@code componentStart}, then the number of core vertices.
   */
  private static int[] breadthFirstOrder(
      CompactGraph g, boolean[] inCore, int[] coreDegree, int[] componentStart) {
    int[] seeds =
        IntStream.range(0, g.vertexCount())
            .filter(v -> inCore[v])
            .boxed()
            .sorted(Comparator.comparingInt((Integer v) -> coreDegree[v]).reversed())
            .mapToInt(Integer::intValue)
            .toArray();
    boolean[] seen = new boolean[g.vertexCount()];
    int[] order = new int[seeds.length];
    int tail = 0;
    int components = 0;
    for (int seed : seeds) {
      if (seen[seed]) {
        continue;
      }
      componentStart[components++] = tail;
      seen[seed] = true;
      order[tail++] = seed;
      for (int head = tail - 1; head < tail; head++) {
        int v = order[head];
        for (int slot = g.firstSlot(v); slot < g.endSlot(v); slot++) {
          int w = g.neighbour(slot);
          if (inCore[w] && !seen[w]) {
            seen[w] = true;
            order[tail++] = w;
          }
        }
      }
    }
    componentStart[components] = tail;
    return order;
  }

  /**
   * The vertices of {@code bfs} ordered by component, then degree, then position in {@code bfs}:
   * two stable counting sorts, O(k + largest degree + components).
   */
  private static int[] byDegree(int[] bfs, int[] coreDegree, int[] componentStart) {
    int k = bfs.length;
    int[] component = new int[k];
    int largestDegree = 0;
    int components = 0;
    for (int p = 0; p < k; p++) {
      while (componentStart[components + 1] <= p) {
        components++;
      }
      component[p] = components;
      largestDegree = Math.max(largestDegree, coreDegree[bfs[p]]);
    }
    int[] positions = IntStream.range(0, k).toArray();
    positions = stableSort(positions, p -> coreDegree[bfs[p]], largestDegree + 1);
    positions = stableSort(positions, p -> component[p], components + 1);
    int[] order = new int[k];
    for (int i = 0; i < k; i++) {
      order[i] = bfs[positions[i]];
    }
    return order;
  }

  /** {@code items} stably sorted by {@code key}, whose values lie in {@code [0, range)}. */
  private static int[] stableSort(int[] items, IntUnaryOperator key, int range) {
    int[] start = new int[range + 1];
    for (int item : items) {
      start[key.applyAsInt(item) + 1]++;
    }
    for (int i = 0; i < range; i++) {
      start[i + 1] += start[i];
    }
    int[] sorted = new int[items.length];
    for (int item : items) {
      sorted[start[key.applyAsInt(item)]++] = item;
    }
    return sorted;
  }

  /** Index of the component of core vertex {@code c}, for {@link #holderStart}. */
  int component(int c) {
    int i = Arrays.binarySearch(componentStart, c);
    return i >= 0 ? i : -i - 2;
  }

  /** Number of core vertices. */
  int vertexCount() {
    return original.length;
  }

  /** Number of edges between core vertices. */
  int edgeCount() {
    return targets.length / 2;
  }
}
