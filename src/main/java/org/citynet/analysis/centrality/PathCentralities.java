package org.citynet.analysis.centrality;

/**
 * Betweenness, closeness and harmonic centrality of every vertex, whatever the length of an edge
 * (hops, inverse weight, kilometres): the shortest-path measures the analysis reports per city.
 */
public interface PathCentralities {
  /** Number of vertices. */
  int vertexCount();

  /** Normalised betweenness of vertex {@code v}, in [0, 1]. */
  double betweenness(int v);

  /** Wasserman-Faust closeness of vertex {@code v}. */
  double closeness(int v);

  /** Harmonic centrality of vertex {@code v} divided by {@code n-1}. */
  double harmonic(int v);
}
