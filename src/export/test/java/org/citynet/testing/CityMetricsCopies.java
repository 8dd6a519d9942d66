package org.citynet.testing;

import org.citynet.model.CityMetrics;

/** Copies of a city's measures with one value changed, for tests of how outputs show it. */
public final class CityMetricsCopies {
  private CityMetricsCopies() {}

  /** {@code m} with its cluster confidence set. */
  public static CityMetrics withConfidence(CityMetrics m, double clusterConfidence) {
    return new CityMetrics(
        m.city(),
        m.region(),
        m.subregion(),
        m.degree(),
        m.strength(),
        m.betweenness(),
        m.closeness(),
        m.harmonic(),
        m.pagerank(),
        m.eigenvector(),
        m.coreness(),
        m.clustering(),
        m.component(),
        m.cluster(),
        m.withinClusterZ(),
        m.participation(),
        m.role(),
        m.eiIndex(),
        m.clusterSpatial(),
        m.betweennessRank(),
        clusterConfidence);
  }
}
