package org.citynet.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Random;
import org.citynet.graph.CityGraph;
import org.citynet.graph.CityGraphs;
import org.citynet.io.InterlockingNetwork.CityConnectivity;
import org.citynet.model.ActiveYears;
import org.citynet.model.City;
import org.citynet.model.CityTable;
import org.citynet.model.Link;
import org.junit.jupiter.api.Test;

class InterlockingNetworkTest {
  /** Group G: A 2, B 1, C 3; group H: A 1, C 2. */
  private static final List<Membership> THREE_CITIES_TWO_GROUPS =
      List.of(
          new Membership("A", "G", 2, 2),
          new Membership("B", "G", 1, 3),
          new Membership("C", "G", 3, 4),
          new Membership("A", "H", 1, 5),
          new Membership("C", "H", 2, 6));

  @Test
  void linksEachPairBySummedProductsOfServiceValues() {
    InterlockingNetwork net = InterlockingNetwork.of(THREE_CITIES_TWO_GROUPS);

    // r_AB = 2*1 = 2; r_AC = 2*3 + 1*2 = 8; r_BC = 1*3 = 3.
    assertThat(net.links().links())
        .containsExactly(
            new Link("A", "B", 2, "interlock", ActiveYears.ALWAYS, 0, List.of("1")),
            new Link("A", "C", 8, "interlock", ActiveYears.ALWAYS, 0, List.of("2")),
            new Link("B", "C", 3, "interlock", ActiveYears.ALWAYS, 0, List.of("1")));
    assertThat(net.links().extraColumns()).containsExactly("shared_groups");
  }

  @Test
  void givesGlobalNetworkConnectivityAndItsShareOfTheTopCity() {
    InterlockingNetwork net = InterlockingNetwork.of(THREE_CITIES_TWO_GROUPS);

    // N_A = 2 + 8, N_B = 2 + 3, N_C = 8 + 3.
    assertThat(net.connectivity())
        .containsExactly(
            new CityConnectivity("A", 10, 10.0 / 11),
            new CityConnectivity("B", 5, 5.0 / 11),
            new CityConnectivity("C", 11, 1));
  }

  @Test
  void carriesConnectivityAndShareAsExtraCityColumns() {
    InterlockingNetwork net = InterlockingNetwork.of(THREE_CITIES_TWO_GROUPS);
    CityTable cities =
        new CityTable(
            List.of(city("A", "x"), city("B", "y"), city("C", "z"), city("D", "w")),
            List.of("note"));

    CityTable with = net.withConnectivity(cities);

    assertThat(with.extraColumns()).containsExactly("note", "connectivity", "connectivity_share");
    // N as above; D has no membership: 0 and 0.
    assertThat(with.cities().stream().map(City::extras))
        .containsExactly(
            List.of("x", "10", Double.toString(10.0 / 11)),
            List.of("y", "5", Double.toString(5.0 / 11)),
            List.of("z", "11", "1"),
            List.of("w", "0", "0"));
    assertThat(with.cities().get(3).name()).isEqualTo("city D");
  }

  private static City city(String id, String note) {
    return new City(id, "city " + id, "ES", 40, -3, OptionalLong.empty(), List.of(note));
  }

  @Test
  void zeroServiceValuesMakeNoLink() {
    InterlockingNetwork net =
        InterlockingNetwork.of(
            List.of(
                new Membership("A", "G", 0, 2),
                new Membership("B", "G", 4, 3),
                new Membership("C", "H", 1, 4)));

    assertThat(net.links().links()).isEmpty();
    assertThat(net.connectivity())
        .extracting(CityConnectivity::connectivity)
        .containsExactly(0.0, 0.0, 0.0);
    assertThat(net.connectivity().get(0).share()).isNaN();
  }

  @Test
  void connectivityEqualsTheGroupTotalsFormula() {
    // N_a = Σ_j v_aj (V_j - v_aj) with V_j the group's total: no pair enumeration needed.
    Random rng = new Random(8);
    List<Membership> memberships = new ArrayList<>();
    for (int group = 0; group < 30; group++) {
      for (int city = 0; city < 60; city++) {
        if (rng.nextInt(4) == 0) {
          memberships.add(new Membership("c" + city, "g" + group, rng.nextInt(6), 0));
        }
      }
    }
    Map<String, Double> groupTotal = new HashMap<>();
    memberships.forEach(m -> groupTotal.merge(m.group(), m.value(), Double::sum));
    Map<String, Double> expected = new HashMap<>();
    memberships.forEach(
        m ->
            expected.merge(
                m.city(), m.value() * (groupTotal.get(m.group()) - m.value()), Double::sum));

    InterlockingNetwork net = InterlockingNetwork.of(memberships);

    for (CityConnectivity c : net.connectivity()) {
      assertThat(c.connectivity()).as(c.city()).isCloseTo(expected.get(c.city()), within(1e-9));
    }
    double linkTotal = net.links().links().stream().mapToDouble(Link::weight).sum();
    double connectivityTotal =
        net.connectivity().stream().mapToDouble(CityConnectivity::connectivity).sum();
    assertThat(connectivityTotal).isCloseTo(2 * linkTotal, within(1e-9));
  }

  @Test
  void runsThroughTheGraphBuilderLikeALinksFile() throws InputException {
    List<City> cities = new ArrayList<>();
    for (String id : List.of("A", "B", "C")) {
      cities.add(new City(id, id, "ES", 40, -3, OptionalLong.empty(), List.of()));
    }
    CityTable table = new CityTable(cities, List.of());
    InterlockingNetwork net = InterlockingNetwork.of(THREE_CITIES_TWO_GROUPS);

    CityGraph g = CityGraphs.build(table, net.links(), "memberships.csv", false, w -> {});

    assertThat(g.partnerships()).hasSize(3);
    assertThat(g.graph().getEdgeWeight(g.graph().getEdge(0, 2))).isEqualTo(8.0);
  }

  @Test
  void rejectsACityTwiceInOneGroup() {
    assertThatThrownBy(
            () ->
                InterlockingNetwork.of(
                    List.of(new Membership("A", "G", 1, 2), new Membership("A", "G", 2, 3))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("city 'A' appears twice in group 'G'");
  }

  @Test
  void linkYearsRunFromFirstToLastYearTheTwoCitiesShareAGroup() {
    InterlockingNetwork net =
        InterlockingNetwork.of(
            List.of(
                new Membership("A", "G", 1, ActiveYears.between(2000, 2006), 2),
                new Membership("B", "G", 1, ActiveYears.between(2003, 2010), 3),
                new Membership("A", "H", 1, ActiveYears.since(2015), 4),
                new Membership("B", "H", 1, ActiveYears.between(2016, 2018), 5),
                new Membership("C", "H", 1, ActiveYears.between(2010, 2012), 6)));

    // A-B overlap 2003-2006 in G and 2016-2018 in H; A-C and B-C never at once in H.
    assertThat(net.links().links())
        .extracting(Link::source, Link::target, Link::years)
        .containsExactly(
            tuple("A", "B", ActiveYears.between(2003, 2018)),
            tuple("A", "C", ActiveYears.since(2010)),
            tuple("B", "C", ActiveYears.between(2010, 2018)));
  }
}
