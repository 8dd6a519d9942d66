package org.citynet.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The network over time: one snapshot per period and what happened to the clusters between them.
 * Empty when the input has no years.
 *
 * @param periods the snapshots, in period order
 * @param clusterEvents the cluster events, in period order
 * @param trackedClusters per period (in period order), indexed by the snapshot's cluster id, the
 *     cluster tracked through the periods that it belongs to (0, 1, ... in order of first
 *     appearance; -1 for a cluster too small to track), see {@code ClusterTracking.lineages}
 * @param jaccardThreshold the overlap from which two clusters of consecutive periods are matched
 * @param inputYears the input's years, from the earliest to the latest start or end of any row:
 *     what a missing start or end stands for; empty without years
 */
public record TimeAnalysis(
    List<PeriodAnalysis> periods,
    List<ClusterEvent> clusterEvents,
    List<List<Integer>> trackedClusters,
    double jaccardThreshold,
    Optional<YearSpan> inputYears) {
  /** The analysis of a network without years. */
  public static final TimeAnalysis NONE =
      new TimeAnalysis(List.of(), List.of(), List.of(), Double.NaN, Optional.empty());

  public TimeAnalysis {
    periods = List.copyOf(periods);
    clusterEvents = List.copyOf(clusterEvents);
    trackedClusters = trackedClusters.stream().map(List::copyOf).toList();
    Objects.requireNonNull(inputYears, "inputYears");
  }

  /** Whether the network was analysed over time. */
  public boolean present() {
    return !periods.isEmpty();
  }
}
