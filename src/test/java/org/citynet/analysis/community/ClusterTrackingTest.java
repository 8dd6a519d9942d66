package org.citynet.analysis.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import org.citynet.model.ClusterEvent;
import org.citynet.model.ClusterEvent.Kind;
import org.citynet.model.PeriodAnalysis;
import org.citynet.model.PeriodCity;
import org.citynet.model.YearSpan;
import org.junit.jupiter.api.Test;

class ClusterTrackingTest {
  static final YearSpan P1 = new YearSpan(2000, 2006);
  static final YearSpan P2 = new YearSpan(2007, 2013);

  /**
   * The events from clusters {@code before} in P1 to {@code after} in P2, first period's left out.
   */
  static List<ClusterEvent> between(List<Set<String>> before, List<Set<String>> after) {
    return ClusterTracking.of(0.3).events(List.of(P1, P2), List.of(before, after)).stream()
        .filter(e -> e.period().equals(P2))
        .toList();
  }

  @Test
  void everyClusterOfTheFirstPeriodAppears() {
    List<ClusterEvent> events =
        ClusterTracking.of(0.3)
            .events(List.of(P1), List.of(List.of(Set.of("a", "b"), Set.of("c", "d"))));
    assertThat(events)
        .extracting(ClusterEvent::kind, ClusterEvent::after)
        .containsExactly(tuple(Kind.APPEAR, List.of(0)), tuple(Kind.APPEAR, List.of(1)));
  }

  @Test
  void sameCitiesContinue() {
    assertThat(between(List.of(Set.of("a", "b", "c")), List.of(Set.of("a", "b", "c"))))
        .containsExactly(new ClusterEvent(Kind.CONTINUE, P2, List.of(0), List.of(0), 3, 3, 1.0));
  }

  @Test
  void sameSizeWithOneCityExchangedStillContinues() {
    // {a,b,c,d} -> {a,b,c,e}: J = 3/5 = 0.6
    assertThat(between(List.of(Set.of("a", "b", "c", "d")), List.of(Set.of("a", "b", "c", "e"))))
        .containsExactly(new ClusterEvent(Kind.CONTINUE, P2, List.of(0), List.of(0), 4, 4, 0.6));
  }

  @Test
  void moreCitiesGrowFewerShrink() {
    // {a,b} -> {a,b,c}: J = 2/3; {d,e,f,g} -> {d,e}: J = 2/4
    assertThat(
            between(
                List.of(Set.of("a", "b"), Set.of("d", "e", "f", "g")),
                List.of(Set.of("a", "b", "c"), Set.of("d", "e"))))
        .containsExactly(
            new ClusterEvent(Kind.GROW, P2, List.of(0), List.of(0), 2, 3, 2.0 / 3),
            new ClusterEvent(Kind.SHRINK, P2, List.of(1), List.of(1), 4, 2, 0.5));
  }

  @Test
  void twoClustersInOneMerge() {
    // {a,b,c} and {d,e,f} -> {a,b,c,d,e,f}: J = 3/6 each, 6/6 together
    assertThat(
            between(
                List.of(Set.of("a", "b", "c"), Set.of("d", "e", "f")),
                List.of(Set.of("a", "b", "c", "d", "e", "f"))))
        .containsExactly(new ClusterEvent(Kind.MERGE, P2, List.of(0, 1), List.of(0), 6, 6, 1.0));
  }

  @Test
  void oneClusterInTwoSplits() {
    // {a..f} -> {a,b,c}, {d,e,f,g}: J = 3/6 and 3/7; together 6/7
    assertThat(
            between(
                List.of(Set.of("a", "b", "c", "d", "e", "f")),
                List.of(Set.of("a", "b", "c"), Set.of("d", "e", "f", "g"))))
        .containsExactly(
            new ClusterEvent(Kind.SPLIT, P2, List.of(0), List.of(0, 1), 6, 7, 6.0 / 7));
  }

  @Test
  void overlapBelowTheThresholdIsAVanishAndAnAppear() {
    // {a,b,c,d} -> {d,e,f}: J = 1/6 < 0.3
    assertThat(between(List.of(Set.of("a", "b", "c", "d")), List.of(Set.of("d", "e", "f"))))
        .containsExactly(
            new ClusterEvent(Kind.APPEAR, P2, List.of(), List.of(0), 0, 3, 0),
            new ClusterEvent(Kind.VANISH, P2, List.of(0), List.of(), 4, 0, 0));
  }

  @Test
  void thresholdIsInclusiveAndSingleCitiesAreNotTracked() {
    // {x,y} -> {x,y,z,w,v}: J = 2/5, matched at θ = 0.4; one-city clusters are not tracked
    List<ClusterEvent> events =
        ClusterTracking.of(0.4)
            .events(
                List.of(P1, P2),
                List.of(
                    List.of(Set.of("x", "y"), Set.of("lonely")),
                    List.of(Set.of("x", "y", "z", "w", "v"), Set.of("alone"))));
    assertThat(events)
        .extracting(ClusterEvent::kind, ClusterEvent::period)
        .containsExactly(tuple(Kind.APPEAR, P1), tuple(Kind.GROW, P2));
  }

  @Test
  void readsTheClustersOfSnapshots() {
    PeriodAnalysis first =
        snapshot(P1, new PeriodCity("a", 1, 1, 0, 0), new PeriodCity("b", 1, 1, 0, 0));
    PeriodAnalysis second =
        snapshot(
            P2,
            new PeriodCity("a", 2, 2, 1, 0),
            new PeriodCity("b", 1, 1, 0, 0),
            new PeriodCity("c", 1, 1, 0, 0));
    assertThat(ClusterTracking.of(0.3).events(List.of(first, second)))
        .extracting(ClusterEvent::kind)
        .containsExactly(Kind.APPEAR, Kind.GROW);
  }

  @Test
  void refusesAThresholdOutsideZeroToOne() {
    assertThatThrownBy(() -> ClusterTracking.of(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ClusterTracking.of(1.5)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void trackedClustersPassThroughMergesToTheLargestPartAndSplitsToTheLargestPart() {
    YearSpan p3 = new YearSpan(2014, 2020);
    List<PeriodAnalysis> snapshots =
        List.of(
            // {a,b,c} 0, {d,e} 1, {z} alone
            snapshot(P1, in("a", 0), in("b", 0), in("c", 0), in("d", 1), in("e", 1), in("z", 2)),
            // both merge into {a,...,e} (J 0.6 and 0.4); {f,g} appears
            snapshot(
                P2,
                in("a", 0),
                in("b", 0),
                in("c", 0),
                in("d", 0),
                in("e", 0),
                in("f", 1),
                in("g", 1),
                in("z", 2)),
            // {a,...,e} splits into {a,b,c} and {d,e}; {f,g} grows to {f,g,h}
            snapshot(
                p3,
                in("a", 0),
                in("b", 0),
                in("c", 0),
                in("d", 1),
                in("e", 1),
                in("f", 2),
                in("g", 2),
                in("h", 2)));
    List<ClusterEvent> events = ClusterTracking.of(0.3).events(snapshots);
    assertThat(events).extracting(ClusterEvent::kind).contains(Kind.MERGE, Kind.SPLIT, Kind.GROW);

    assertThat(ClusterTracking.lineages(snapshots, events))
        .containsExactly(List.of(0, 1, -1), List.of(0, 2, -1), List.of(0, 3, 2));
  }

  static PeriodCity in(String id, int cluster) {
    return new PeriodCity(id, 1, 1, 0, cluster);
  }

  static PeriodAnalysis snapshot(YearSpan period, PeriodCity... cities) {
    int clusters = 1 + List.of(cities).stream().mapToInt(PeriodCity::cluster).max().orElse(-1);
    return new PeriodAnalysis(
        period, cities.length, 0, 1, 1, clusters, 0, Double.NaN, List.of(cities));
  }
}
