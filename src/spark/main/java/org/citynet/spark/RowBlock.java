package org.citynet.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.graphx.Edge;
import org.citynet.graph.CompactGraph;

/**
 * The rows {@code [first, first + size)} of a graph's weighted adjacency matrix, as a compressed
 * slice a Spark partition keeps: the unit the engine spreads degree, strength and PageRank over.
 * Neighbours stay in the graph's slot order so sums over them are added as the local kernels add
 * them. O(rows + slots) memory.
 */
final class RowBlock implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int first;
  private final int[] offsets;
  private final int[] neighbours;
  private final double[] weights;

  private RowBlock(int first, int[] offsets, int[] neighbours, double[] weights) {
    this.first = first;
    this.offsets = offsets;
    this.neighbours = neighbours;
    this.weights = weights;
  }

  /** Copies rows {@code [from, to)} of {@code g}. O(rows + their slots). */
  static RowBlock of(CompactGraph g, int from, int to) {
    int base = g.firstSlot(from);
    int slots = g.firstSlot(to) - base;
    int[] offsets = new int[to - from + 1];
    int[] neighbours = new int[slots];
    double[] weights = new double[slots];
    for (int v = from; v < to; v++) {
      offsets[v - from + 1] = g.endSlot(v) - base;
    }
    for (int i = 0; i < slots; i++) {
      neighbours[i] = g.neighbour(base + i);
      weights[i] = g.weight(base + i);
    }
    return new RowBlock(from, offsets, neighbours, weights);
  }

  /**
   * Splits the rows of {@code g} into at most {@code parts} ranges of about equal numbers of slots
   * (the work of a PageRank step), each non-empty; {@code {from, to}} pairs in order. O(n).
   */
  static List<int[]> ranges(CompactGraph g, int parts) {
    int n = g.vertexCount();
    long slots = g.firstSlot(n);
    List<int[]> ranges = new ArrayList<>();
    int from = 0;
    for (int part = 1; part <= parts && from < n; part++) {
      long target = slots * part / parts;
      int to = part == parts ? n : from + 1;
      while (to < n && g.firstSlot(to) < target) {
        to++;
      }
      ranges.add(new int[] {from, to});
      from = to;
    }
    return ranges;
  }

  /** The first row. */
  int first() {
    return first;
  }

  /** Number of rows. */
  int size() {
    return offsets.length - 1;
  }

  /** Number of neighbours of each row. */
  int[] degrees() {
    int[] degree = new int[size()];
    for (int r = 0; r < degree.length; r++) {
      degree[r] = offsets[r + 1] - offsets[r];
    }
    return degree;
  }

  /** Sum of the edge weights of each row, added in slot order. */
  double[] strengths() {
    double[] strength = new double[size()];
    for (int r = 0; r < strength.length; r++) {
      for (int slot = offsets[r]; slot < offsets[r + 1]; slot++) {
        strength[r] += weights[slot];
      }
    }
    return strength;
  }

  /** {@code Σ share[u] · w(u, v)} over the neighbours u of each row v: one PageRank step. */
  double[] spread(double[] share) {
    double[] in = new double[size()];
    for (int r = 0; r < in.length; r++) {
      double sum = 0;
      for (int slot = offsets[r]; slot < offsets[r + 1]; slot++) {
        sum += share[neighbours[slot]] * weights[slot];
      }
      in[r] = sum;
    }
    return in;
  }

  /** Each undirected edge of the rows once, from its lower end, for GraphX. */
  List<Edge<Object>> edges() {
    List<Edge<Object>> edges = new ArrayList<>();
    for (int r = 0; r < size(); r++) {
      int v = first + r;
      for (int slot = offsets[r]; slot < offsets[r + 1]; slot++) {
        if (v < neighbours[slot]) {
          edges.add(new Edge<>(v, neighbours[slot], weights[slot]));
        }
      }
    }
    return edges;
  }
}
