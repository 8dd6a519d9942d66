package org.citynet.model;

import java.util.List;
import java.util.Objects;

/**
 * One period's snapshot: the cities with at least one link or membership active in the period and
 * the links active in it, measured as a network of its own.
 *
 * @param period the years of the snapshot
 * @param cities number of cities in the snapshot
 * @param links number of partnerships (merged edges) in the snapshot
 * @param components number of connected components
 * @param largestComponentShare share of the snapshot's cities in its largest component; 0 when it
 *     has none
 * @param clusters number of Leiden clusters
 * @param modularity Newman-Girvan modularity of those clusters; 0 without links
 * @param sameRegionShare share of the links joining two cities of one M49 region; NaN without links
 * @param members every city of the snapshot with its measures, in input order
 */
public record PeriodAnalysis(
    YearSpan period,
    int cities,
    int links,
    int components,
    double largestComponentShare,
    int clusters,
    double modularity,
    double sameRegionShare,
    List<PeriodCity> members) {
  public PeriodAnalysis {
    Objects.requireNonNull(period, "period");
    members = List.copyOf(members);
  }

  /** The {@code count} cities of highest betweenness (ties by input order), most central first. */
  public List<PeriodCity> topBrokers(int count) {
    return members.stream()
        .filter(c -> c.betweenness() > 0)
        .sorted((a, b) -> Double.compare(b.betweenness(), a.betweenness()))
        .limit(count)
        .toList();
  }
}
