package org.citynet.analysis.centrality;

import org.citynet.model.BetweennessMethod;

/**
 * Betweenness, closeness and harmonic centrality of every vertex, whatever the length of an edge
 * (hops, inverse weight, kilometres): the shortest-path measures the analysis reports per city.
 */
public interface PathCentralities {
  /** What was computed and how: exact, or betweenness sampled with ε, δ and its sample count. */
  BetweennessMethod method();

  /** Number of vertices. */
  int vertexCount();

  /** Normalised betweenness of vertex {@code v}, in [0, 1]. */
  double betweenness(int v);

  /** Wasserman-Faust closeness of vertex {@code v}. */
  double closeness(int v);

  /** Harmonic centrality of vertex {@code v} divided by {@code n-1}. */
  double harmonic(int v);
}
