package org.citynet.analysis.community;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citynet.model.ClusterEvent;
import org.citynet.model.ClusterEvent.Kind;
import org.citynet.model.PeriodAnalysis;
import org.citynet.model.PeriodCity;
import org.citynet.model.YearSpan;

/**
 * Clusters followed through time by the matching of D. Greene, D. Doyle and P. Cunningham,
 * "Tracking the evolution of communities in dynamic social networks", ASONAM 2010: a cluster B of
 * one period and a cluster A of the next are matched when the Jaccard overlap of their cities |B ∩
 * A| / |B ∪ A| is at least θ. From the matches:
 *
 * <ul>
 *   <li>a later cluster matched by no earlier one <em>appears</em> (every cluster of the first
 *       period appears); an earlier cluster matched to no later one <em>vanishes</em>;
 *   <li>two or more earlier clusters matched to one later cluster <em>merge</em>; one earlier
 *       cluster matched to two or more later ones <em>splits</em> (a cluster can do both);
 *   <li>a one-to-one match <em>continues</em>, <em>grows</em> or <em>shrinks</em> by the change in
 *       its number of cities.
 * </ul>
 *
 * <p>Greene et al. match each step's clusters against the "front" of every dynamic community seen
 * so far; here they are matched against the previous period's, which is what a table of period to
 * period changes reports. Clusters of fewer than {@value #SMALLEST} cities (a city without an
 * active link is a cluster of one) are left out, lest every isolated city appear and vanish. Runs
 * in O(Σ_t n_t + k_t·k_{t−1}) for n_t cities and k_t clusters in period t; deterministic, events
 * ordered by period, kind and cluster id.
 */
public final class ClusterTracking {
  /** Fewest cities a tracked cluster has. */
  public static final int SMALLEST = 2;

  /** The threshold Greene et al. report their examples with. */
  public static final double DEFAULT_THRESHOLD = 0.3;

  private final double threshold;

  private ClusterTracking(double threshold) {
    this.threshold = threshold;
  }

  /**
   * Tracking with Jaccard threshold θ: at 0+ any shared city matches two clusters (many merges and
   * splits), at 1 only clusters with exactly the same cities do (mostly appear and vanish).
   *
   * @throws IllegalArgumentException unless 0 &lt; θ ≤ 1
   */
  public static ClusterTracking of(double threshold) {
    if (!(threshold > 0 && threshold <= 1)) {
      throw new IllegalArgumentException("Jaccard threshold must be in (0, 1]: " + threshold);
    }
    return new ClusterTracking(threshold);
  }

  /** The events between the snapshots' clusters, in period order. */
  public List<ClusterEvent> events(List<PeriodAnalysis> snapshots) {
    List<YearSpan> periods = new ArrayList<>();
    List<List<Set<String>>> clusters = new ArrayList<>();
    for (PeriodAnalysis p : snapshots) {
      periods.add(p.period());
      List<Set<String>> members = new ArrayList<>();
      for (int c = 0; c < p.clusters(); c++) {
        members.add(new HashSet<>());
      }
      for (PeriodCity city : p.members()) {
        members.get(city.cluster()).add(city.id());
      }
      clusters.add(members);
    }
    return events(periods, clusters);
  }

  /**
   * The events between consecutive periods' clusters.
   *
   * @param periods the periods in order
   * @param clusters per period, the cities of each cluster, index = cluster id
   */
  public List<ClusterEvent> events(List<YearSpan> periods, List<List<Set<String>>> clusters) {
    List<ClusterEvent> events = new ArrayList<>();
    List<Set<String>> previous = List.of();
    for (int t = 0; t < periods.size(); t++) {
      List<Set<String>> current = clusters.get(t);
      step(periods.get(t), previous, current, events);
      previous = current;
    }
    return List.copyOf(events);
  }

  /**
   * Which tracked cluster each period's cluster belongs to, following {@code events} (as {@link
   * #events} found them): a cluster that continues, grows or shrinks keeps its predecessor's
   * tracked cluster; in a merge the later cluster keeps the one of its largest predecessor (ties:
   * the lowest id), in a split the largest part not otherwise matched keeps its predecessor's; a
   * tracked cluster passes to one later cluster at most. Every other cluster of at least {@value
   * #SMALLEST} cities starts a new tracked cluster, numbered 0, 1, ... in order of first appearance
   * (by period, then cluster id). O(Σ_t k_t + events); deterministic.
   *
   * @return per snapshot, indexed by cluster id, the number of its tracked cluster; -1 for a
   *     cluster of fewer than {@value #SMALLEST} cities
   */
  public static List<List<Integer>> lineages(
      List<PeriodAnalysis> snapshots, List<ClusterEvent> events) {
    List<int[]> sizes = new ArrayList<>();
    for (PeriodAnalysis p : snapshots) {
      int[] size = new int[p.clusters()];
      p.members().forEach(c -> size[c.cluster()]++);
      sizes.add(size);
    }
    Map<YearSpan, List<ClusterEvent>> byPeriod = new HashMap<>();
    events.forEach(e -> byPeriod.computeIfAbsent(e.period(), k -> new ArrayList<>()).add(e));
    List<int[]> lineages = new ArrayList<>();
    List<List<Integer>> result = new ArrayList<>();
    int next = 0;
    for (int t = 0; t < snapshots.size(); t++) {
      int[] size = sizes.get(t);
      int[] lineage = new int[size.length];
      Arrays.fill(lineage, -1);
      if (t > 0) {
        int[] before = lineages.get(t - 1);
        int[] beforeSize = sizes.get(t - 1);
        Set<Integer> passed = new HashSet<>();
        List<ClusterEvent> step = byPeriod.getOrDefault(snapshots.get(t).period(), List.of());
        for (Kind kind : List.of(Kind.CONTINUE, Kind.GROW, Kind.SHRINK, Kind.MERGE, Kind.SPLIT)) {
          for (ClusterEvent e : step) {
            if (e.kind() != kind) {
              continue;
            }
            int from =
                e.before().stream()
                    .max(
                        Comparator.<Integer>comparingInt(b -> beforeSize[b]).thenComparing(b -> -b))
                    .orElseThrow();
            int to =
                e.after().stream()
                    .filter(a -> lineage[a] < 0)
                    .max(Comparator.<Integer>comparingInt(a -> size[a]).thenComparing(a -> -a))
                    .orElse(-1);
            if (to >= 0 && before[from] >= 0 && passed.add(before[from])) {
              lineage[to] = before[from];
            }
          }
        }
      }
      for (int c = 0; c < size.length; c++) {
        if (lineage[c] < 0 && size[c] >= SMALLEST) {
          lineage[c] = next++;
        }
      }
      lineages.add(lineage);
      result.add(Arrays.stream(lineage).boxed().toList());
    }
    return List.copyOf(result);
  }

  private void step(
      YearSpan period, List<Set<String>> before, List<Set<String>> after, List<ClusterEvent> out) {
    // which earlier cluster each city was in; then the overlap of every pair sharing a city
    Map<String, Integer> wasIn = new HashMap<>();
    for (int b = 0; b < before.size(); b++) {
      if (before.get(b).size() >= SMALLEST) {
        for (String city : before.get(b)) {
          wasIn.put(city, b);
        }
      }
    }
    List<List<Integer>> matchedBefore = new ArrayList<>(); // per later cluster
    List<List<Integer>> matchedAfter = new ArrayList<>(); // per earlier cluster
    before.forEach(b -> matchedAfter.add(new ArrayList<>()));
    for (int a = 0; a < after.size(); a++) {
      List<Integer> matches = new ArrayList<>();
      matchedBefore.add(matches);
      if (after.get(a).size() < SMALLEST) {
        continue;
      }
      Map<Integer, Integer> shared = new HashMap<>();
      for (String city : after.get(a)) {
        Integer b = wasIn.get(city);
        if (b != null) {
          shared.merge(b, 1, Integer::sum);
        }
      }
      for (int b = 0; b < before.size(); b++) {
        Integer common = shared.get(b);
        if (common != null
            && common / (double) (before.get(b).size() + after.get(a).size() - common)
                >= threshold) {
          matches.add(b);
          matchedAfter.get(b).add(a);
        }
      }
    }
    List<ClusterEvent> found = new ArrayList<>();
    for (int a = 0; a < after.size(); a++) {
      List<Integer> bs = matchedBefore.get(a);
      if (after.get(a).size() < SMALLEST) {
        continue;
      }
      if (bs.isEmpty()) {
        found.add(event(Kind.APPEAR, period, List.of(), List.of(a), before, after));
      } else if (bs.size() >= 2) {
        found.add(event(Kind.MERGE, period, bs, List.of(a), before, after));
      } else if (matchedAfter.get(bs.get(0)).size() == 1) {
        int was = before.get(bs.get(0)).size();
        int is = after.get(a).size();
        Kind kind = is > was ? Kind.GROW : is < was ? Kind.SHRINK : Kind.CONTINUE;
        found.add(event(kind, period, bs, List.of(a), before, after));
      }
    }
    for (int b = 0; b < before.size(); b++) {
      List<Integer> as = matchedAfter.get(b);
      if (before.get(b).size() < SMALLEST) {
        continue;
      }
      if (as.isEmpty()) {
        found.add(event(Kind.VANISH, period, List.of(b), List.of(), before, after));
      } else if (as.size() >= 2) {
        found.add(event(Kind.SPLIT, period, List.of(b), as, before, after));
      }
    }
    found.sort(
        Comparator.comparing(ClusterEvent::kind)
            .thenComparing(e -> e.before().isEmpty() ? -1 : e.before().get(0))
            .thenComparing(e -> e.after().isEmpty() ? -1 : e.after().get(0)));
    out.addAll(found);
  }

  private static ClusterEvent event(
      Kind kind,
      YearSpan period,
      List<Integer> bs,
      List<Integer> as,
      List<Set<String>> before,
      List<Set<String>> after) {
    Set<String> was = new HashSet<>();
    bs.forEach(b -> was.addAll(before.get(b)));
    Set<String> is = new HashSet<>();
    as.forEach(a -> is.addAll(after.get(a)));
    Set<String> union = new HashSet<>(was);
    union.addAll(is);
    long common = was.stream().filter(is::contains).count();
    double jaccard =
        union.isEmpty() || bs.isEmpty() || as.isEmpty() ? 0 : common / (double) union.size();
    return new ClusterEvent(kind, period, bs, as, was.size(), is.size(), jaccard);
  }
}
