package org.citynet.model;

import java.util.List;

/**
 * The network over time: one snapshot per period and what happened to the clusters between them.
 * Empty when the input has no years.
 *
 * @param periods the snapshots, in period order
 * @param clusterEvents the cluster events, in period order
 * @param jaccardThreshold the overlap from which two clusters of consecutive periods are matched
 */
public record TimeAnalysis(
    List<PeriodAnalysis> periods, List<ClusterEvent> clusterEvents, double jaccardThreshold) {
  /** The analysis of a network without years. */
  public static final TimeAnalysis NONE = new TimeAnalysis(List.of(), List.of(), Double.NaN);

  public TimeAnalysis {
    periods = List.copyOf(periods);
    clusterEvents = List.copyOf(clusterEvents);
  }

  /** Whether the network was analysed over time. */
  public boolean present() {
    return !periods.isEmpty();
  }
}
