package org.citynet.model;

/**
 * A top broker's betweenness rank over resampled networks (1 = highest betweenness).
 *
 * @param median the median rank over the resamples
 * @param low the 5th percentile of the ranks, the better end
 * @param high the 95th percentile
 */
public record BrokerRank(int median, int low, int high) {
  /** The rank of a city outside the top brokers, or of a run without resamples: none. */
  public static final BrokerRank NONE = new BrokerRank(0, 0, 0);

  /** Whether the city was among the top brokers followed. */
  public boolean isRanked() {
    return median > 0;
  }
}
