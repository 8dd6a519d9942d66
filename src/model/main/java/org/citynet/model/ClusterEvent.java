package org.citynet.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What happened to clusters between two consecutive periods, after Greene, Doyle and Cunningham
 * (2010): clusters of the two periods are matched when the Jaccard overlap of their cities reaches
 * a threshold.
 *
 * @param kind what happened
 * @param period the later period; for {@link Kind#APPEAR} in the first period, that period
 * @param before the matched clusters of the earlier period (ids as in that period's snapshot);
 *     empty for {@link Kind#APPEAR}
 * @param after the matched clusters of the later period; empty for {@link Kind#VANISH}
 * @param citiesBefore cities in the {@code before} clusters together
 * @param citiesAfter cities in the {@code after} clusters together
 * @param jaccard the overlap of the matched clusters' cities, |B ∩ A| / |B ∪ A| of all of them; 0
 *     for appear and vanish
 */
public record ClusterEvent(
    Kind kind,
    YearSpan period,
    List<Integer> before,
    List<Integer> after,
    int citiesBefore,
    int citiesAfter,
    double jaccard) {
  public ClusterEvent {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(period, "period");
    before = List.copyOf(before);
    after = List.copyOf(after);
  }

  /** The events of Greene et al. (2010), continuation split by whether the cluster changed size. */
  public enum Kind {
    /** One cluster matched one, with as many cities. */
    CONTINUE,
    /** One cluster matched one, with more cities. */
    GROW,
    /** One cluster matched one, with fewer cities. */
    SHRINK,
    /** Two or more clusters matched one later cluster. */
    MERGE,
    /** One cluster matched two or more later clusters. */
    SPLIT,
    /** A cluster matched no earlier cluster. */
    APPEAR,
    /** A cluster matched no later cluster. */
    VANISH;

    /** The name in outputs: {@code continue}, {@code grow}, ... */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
