package org.citynet.export;

import org.citynet.model.CityMetrics;
import org.citynet.model.Significance;

/**
 * Cities between clusters as every map shows them: a city whose cluster confidence is below {@link
 * Significance#LOW_CONFIDENCE} is drawn hollow, a ring in its cluster's colour, and the map's key
 * says so in {@link #KEY}.
 */
public final class BetweenClusters {
  /** The map key to the hollow circles. */
  public static final String KEY =
      "hollow: sits between clusters (confidence < " + Significance.LOW_CONFIDENCE + ")";

  private BetweenClusters() {}

  /** Whether {@code city} sits between clusters. */
  public static boolean is(CityMetrics city) {
    return city.clusterConfidence() < Significance.LOW_CONFIDENCE;
  }
}
