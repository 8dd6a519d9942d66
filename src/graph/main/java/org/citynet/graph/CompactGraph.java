package org.citynet.graph;

import java.util.Arrays;
import java.util.List;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * A read-only compressed-sparse-row snapshot of an undirected weighted graph whose vertices are
 * {@code 0..n-1}.
 *
 * <p>Why: JGraphT's boxed maps per source make BFS-based measures hundreds of times slower than a
 * loop over int arrays; the fast kernels in {@code analysis.centrality} read this instead. Each
 * undirected edge appears twice, once from each end. Building it is O(n + m).
 */
public final class CompactGraph {
  private final int[] offsets;
  private final int[] neighbours;
  private final double[] weights;

  private CompactGraph(int[] offsets, int[] neighbours, double[] weights) {
    this.offsets = offsets;
    this.neighbours = neighbours;
    this.weights = weights;
  }

  /**
   * Snapshots a JGraphT graph whose vertices are the integers {@code 0..n-1}.
   *
   * @throws IllegalArgumentException if a vertex lies outside {@code 0..n-1} or a self-loop exists
   */
  public static CompactGraph of(Graph<Integer, DefaultWeightedEdge> graph) {
    int m = graph.edgeSet().size();
    int[] from = new int[m];
    int[] to = new int[m];
    double[] weights = new double[m];
    int i = 0;
    for (DefaultWeightedEdge e : graph.edgeSet()) {
      from[i] = graph.getEdgeSource(e);
      to[i] = graph.getEdgeTarget(e);
      weights[i++] = graph.getEdgeWeight(e);
    }
    return fromEdges(graph.vertexSet().size(), from, to, weights);
  }

  /**
   * Builds a snapshot from an edge list, for tests and generators.
   *
   * @param n number of vertices
   * @param edges pairs {@code {u, v}} of distinct vertices, each undirected edge once
   * @param edgeWeights weight of each edge, or {@code null} for all 1
   * @throws IllegalArgumentException if a vertex lies outside {@code 0..n-1} or an edge is a loop
   */
  public static CompactGraph fromEdges(int n, List<int[]> edges, double[] edgeWeights) {
    int m = edges.size();
    int[] from = new int[m];
    int[] to = new int[m];
    double[] weights = new double[m];
    for (int i = 0; i < m; i++) {
      from[i] = edges.get(i)[0];
      to[i] = edges.get(i)[1];
      weights[i] = edgeWeights == null ? 1.0 : edgeWeights[i];
    }
    return fromEdges(n, from, to, weights);
  }

  /**
   * Builds a snapshot from edges {@code from[i]}–{@code to[i]} of weight {@code weights[i]}, each
   * undirected edge once; for the samplers that rewire or thin a network many times. Each vertex
   * lists its neighbours in the order of the edges, as {@link #of} lists those of a graph whose
   * edges were added in that order (it is built by this method), so both give the same snapshot.
   * O(n + m), no boxing.
   *
   * @throws IllegalArgumentException if a vertex lies outside {@code 0..n-1} or an edge is a loop
   */
  public static CompactGraph fromEdges(int n, int[] from, int[] to, double[] weights) {
    int m = from.length;
    if (to.length != m || weights.length != m) {
      throw new IllegalArgumentException(
          "edge arrays of different lengths: " + m + ", " + to.length + ", " + weights.length);
    }
    int[] offsets = new int[n + 1];
    for (int i = 0; i < m; i++) {
      int s = checkedVertex(from[i], n);
      int t = checkedVertex(to[i], n);
      if (s == t) {
        throw new IllegalArgumentException("self-loop at vertex " + s);
      }
      offsets[s + 1]++;
      offsets[t + 1]++;
    }
    for (int v = 0; v < n; v++) {
      offsets[v + 1] += offsets[v];
    }
    int[] fill = Arrays.copyOf(offsets, n);
    int[] neighbours = new int[2 * m];
    double[] slotWeights = new double[2 * m];
    for (int i = 0; i < m; i++) {
      int s = from[i];
      int t = to[i];
      neighbours[fill[s]] = t;
      slotWeights[fill[s]++] = weights[i];
      neighbours[fill[t]] = s;
      slotWeights[fill[t]++] = weights[i];
    }
    return new CompactGraph(offsets, neighbours, slotWeights);
  }

  private static int checkedVertex(int v, int n) {
    if (v < 0 || v >= n) {
      throw new IllegalArgumentException("vertex " + v + " outside 0.." + (n - 1));
    }
    return v;
  }

  /** Number of vertices. */
  public int vertexCount() {
    return offsets.length - 1;
  }

  /** Number of undirected edges. */
  public int edgeCount() {
    return neighbours.length / 2;
  }

  /** Index into {@link #neighbour(int)} of the first neighbour slot of {@code v}. */
  public int firstSlot(int v) {
    return offsets[v];
  }

  /** One past the last neighbour slot of {@code v}. */
  public int endSlot(int v) {
    return offsets[v + 1];
  }

  /** Number of neighbours of {@code v}. */
  public int degree(int v) {
    return offsets[v + 1] - offsets[v];
  }

  /** The neighbour stored in {@code slot}. */
  public int neighbour(int slot) {
    return neighbours[slot];
  }

  /** The weight of the edge stored in {@code slot}. */
  public double weight(int slot) {
    return weights[slot];
  }

  /**
   * The exponent {@code e} such that the largest weight times {@code 2^e} lies in {@code [1, 2)}; 0
   * without edges. Why: a power of two scales every weight exactly, so the measures that depend
   * only on weight ratios (PageRank, eigenvector centrality, modularity) can run on weights near 1,
   * where neither {@code k_i·k_j} overflows (a weight of 1e154 squared) nor a quotient of subnormal
   * weights (1e-320) loses its digits.
   */
  public int unitExponent() {
    double max = 0;
    for (double w : weights) {
      max = Math.max(max, w);
    }
    return max > 0 ? -Math.getExponent(max) : 0;
  }

  /**
   * This graph with every weight multiplied by {@code 2^exponent}: exact, except that a weight
   * which would fall below {@link Double#MIN_NORMAL} (more than 2^1022 times smaller than the
   * largest, so it adds nothing to any sum with it) is raised to {@code MIN_NORMAL} and stays
   * positive. The same graph when {@code exponent} is 0. O(m).
   */
  public CompactGraph withWeightsScaled(int exponent) {
    if (exponent == 0) {
      return this;
    }
    double[] scaled = new double[weights.length];
    for (int slot = 0; slot < weights.length; slot++) {
      scaled[slot] = Math.max(Double.MIN_NORMAL, Math.scalb(weights[slot], exponent));
    }
    return new CompactGraph(offsets, neighbours, scaled);
  }
}
