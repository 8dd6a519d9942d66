package org.citynet.analysis;

import org.citynet.analysis.centrality.Components;

/**
 * What a {@link MeasureEngine} computes for every vertex of a graph.
 *
 * @param degree number of neighbours
 * @param strength sum of the weights of the vertex's edges
 * @param pagerank weighted PageRank as {@link org.citynet.analysis.centrality.PageRank}
 * @param components connected components, 0 = largest
 */
public record GraphMeasures(
    int[] degree, double[] strength, double[] pagerank, Components components) {
  public GraphMeasures {
    int n = degree.length;
    if (strength.length != n || pagerank.length != n) {
      throw new IllegalArgumentException("measures of different vertex counts");
    }
  }
}
