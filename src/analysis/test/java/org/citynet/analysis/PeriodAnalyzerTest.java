package org.citynet.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.citynet.graph.Snapshots;
import org.citynet.io.CityCsvReader;
import org.citynet.io.LinkCsvReader;
import org.citynet.io.Membership;
import org.citynet.io.MembershipCsvReader;
import org.citynet.model.AnalysisSettings;
import org.citynet.model.CityTable;
import org.citynet.model.ClusterEvent;
import org.citynet.model.LinkTable;
import org.citynet.model.PeriodAnalysis;
import org.citynet.model.PeriodCity;
import org.citynet.model.Periods;
import org.citynet.model.TimeAnalysis;
import org.citynet.model.YearSpan;
import org.junit.jupiter.api.Test;

/** The snapshots of {@code networks/timed}, whose figures are worked out by hand below. */
class PeriodAnalyzerTest {
  static final Path DIR = Path.of("src/test/resources/networks/timed");
  static final Periods THREE = Periods.parse("2000-2004,2005-2009,2010-2014");

  static CityTable cities() throws Exception {
    return new CityCsvReader(w -> {}).read(DIR.resolve("cities.csv"));
  }

  static TimeAnalysis ofLinks(Periods periods) throws Exception {
    LinkTable links = new LinkCsvReader(w -> {}).read(DIR.resolve("links.csv"));
    return PeriodAnalyzer.analyze(
        Snapshots.ofLinks(cities(), links).orElseThrow(),
        periods,
        AnalysisSettings.defaults(),
        0.3);
  }

  @Test
  void twoEuropeanTrianglesFirst() throws Exception {
    PeriodAnalysis p = ofLinks(THREE).periods().get(0);
    // lis-por-mad and bcn-ber-par: Q = 2 (3/6 − (6/12)²) = 0.5, every link within Europe
    assertThat(p.period()).isEqualTo(new YearSpan(2000, 2004));
    assertThat(List.of(p.cities(), p.links(), p.components(), p.clusters()))
        .containsExactly(6, 6, 2, 2);
    assertThat(p.largestComponentShare()).isEqualTo(0.5);
    assertThat(p.modularity()).isCloseTo(0.5, offset(1e-12));
    assertThat(p.sameRegionShare()).isEqualTo(1.0);
    assertThat(p.members()).allMatch(c -> c.degree() == 2 && c.betweenness() == 0);
  }

  @Test
  void thenOnePathAcrossEuropeAndAfrica() throws Exception {
    PeriodAnalysis p = ofLinks(THREE).periods().get(1);
    // dak-rab-lis-por-mad-bcn-par-ber; lis-mad, bcn-ber ended in 2004; lis-rab is the one link
    // between regions. Betweenness of the i-th city of a path of 8: i (7 − i) / 21.
    assertThat(List.of(p.cities(), p.links(), p.components())).containsExactly(8, 7, 1);
    assertThat(p.largestComponentShare()).isEqualTo(1.0);
    assertThat(p.sameRegionShare()).isCloseTo(6 / 7.0, offset(1e-12));
    assertThat(p.members())
        .extracting(PeriodCity::id, c -> Math.round(c.betweenness() * 21))
        .containsExactly(
            tuple("lis", 10L),
            tuple("por", 12L),
            tuple("mad", 12L),
            tuple("bcn", 10L),
            tuple("ber", 0L),
            tuple("par", 6L),
            tuple("rab", 6L),
            tuple("dak", 0L));
    assertThat(p.topBrokers(3)).extracting(PeriodCity::id).containsExactly("por", "mad", "lis");
  }

  @Test
  void ongoingLinksLastUntilTheInputsLatestYear() throws Exception {
    PeriodAnalysis p = ofLinks(THREE).periods().get(2);
    // lis-por, ber-par, lis-rab (open ends, until 2012), rab-dak (to 2012), sao-bue, lis-sao
    assertThat(List.of(p.cities(), p.links(), p.components())).containsExactly(8, 6, 2);
    assertThat(p.largestComponentShare()).isEqualTo(0.75);
    assertThat(p.sameRegionShare()).isCloseTo(4 / 6.0, offset(1e-12));
  }

  @Test
  void yearlyPeriodsRunFromTheFirstToTheLastYearOfTheInput() throws Exception {
    TimeAnalysis t = ofLinks(Periods.EACH_YEAR);
    assertThat(t.periods()).extracting(p -> p.period().label()).startsWith("2000").endsWith("2012");
    assertThat(t.periods()).hasSize(13);
    // 2008: lis-por, ber-par, bcn-par, lis-rab, rab-dak, mad-bcn (por-mad ended in 2006)
    assertThat(t.periods().get(8).links()).isEqualTo(6);
  }

  @Test
  void clustersAreTrackedFromPeriodToPeriod() throws Exception {
    TimeAnalysis t = ofLinks(THREE);
    List<ClusterEvent> first =
        t.clusterEvents().stream().filter(e -> e.period().first() == 2000).toList();
    assertThat(first).extracting(ClusterEvent::kind).containsOnly(ClusterEvent.Kind.APPEAR);
    assertThat(first).hasSize(2);
    assertThat(t.clusterEvents()).anyMatch(e -> e.period().first() == 2005);
  }

  @Test
  void membershipSnapshotsLinkTheMembersActiveInThePeriod() throws Exception {
    CityTable cities = cities();
    Set<String> ids = Set.copyOf(cities.cities().stream().map(c -> c.id()).toList());
    List<Membership> memberships =
        new MembershipCsvReader(ids, w -> {}).read(DIR.resolve("memberships.csv"));
    TimeAnalysis t =
        PeriodAnalyzer.analyze(
            Snapshots.ofMemberships(cities, memberships).orElseThrow(),
            THREE,
            AnalysisSettings.defaults(),
            0.3);
    // 2000-04: G1's triangle; 2005-09: G1 (to 2006), G2 (from 2007), G3; 2010-14: G2, G3
    assertThat(t.periods())
        .extracting(PeriodAnalysis::cities, PeriodAnalysis::links, PeriodAnalysis::components)
        .containsExactly(tuple(3, 3, 1), tuple(7, 7, 2), tuple(5, 4, 2));
  }

  @Test
  void tooManyYearlySnapshotsAreRefusedWithAWayOut() {
    assertThatThrownBy(() -> Periods.EACH_YEAR.within(new YearSpan(1500, 2020)))
        .hasMessageContaining("521 snapshots with --periods year (at most 200)")
        .hasMessageContaining("--periods 1500-1509,1510-1519");
  }
}
