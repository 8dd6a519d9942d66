package org.citynet.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.citynet.io.InputException;
import org.citynet.io.InputProblem;
import org.citynet.model.ActiveYears;
import org.citynet.model.City;
import org.citynet.model.CityTable;
import org.citynet.model.Link;
import org.citynet.model.LinkTable;
import org.citynet.model.Partnership;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;

class CityGraphsTest {
  final List<String> warnings = new ArrayList<>();

  static CityTable cities(String... ids) {
    List<City> list = new ArrayList<>();
    for (String id : ids) {
      list.add(new City(id, "City " + id, "ES", 40, 0, OptionalLong.empty(), List.of()));
    }
    return new CityTable(list, List.of());
  }

  static Link link(String s, String t, double w, String type, long line) {
    return new Link(s, t, w, type, ActiveYears.ALWAYS, line, List.of());
  }

  CityGraph build(CityTable cities, boolean skipInvalid, Link... links) throws InputException {
    return CityGraphs.build(
        cities, new LinkTable(List.of(links), List.of()), "links.csv", skipInvalid, warnings::add);
  }

  @Test
  void mergesParallelLinksBySummingWeights() throws Exception {
    CityGraph g =
        build(
            cities("a", "b", "c"),
            false,
            link("a", "b", 1, "twinning", 2),
            link("b", "a", 2.5, "friendship", 3),
            link("a", "b", 1, "twinning", 4),
            link("b", "c", 1, "", 5));
    assertThat(g.partnerships())
        .containsExactly(
            new Partnership("a", "b", 4.5, 3, List.of("twinning", "friendship")),
            new Partnership("b", "c", 1, 1, List.of()));
    assertThat(g.graph().edgeSet()).hasSize(2);
    assertThat(g.graph().getEdgeWeight(g.graph().getEdge(0, 1))).isEqualTo(4.5);
    assertThat(g.linkRows()).isEqualTo(4);
  }

  @Test
  void letsJGraphTAlgorithmsRunOnTheLoadedNetwork() throws Exception {
    // a -2- b -1- c, and d alone: what a library user sees through CityGraph.graph().
    CityGraph g =
        build(
            cities("a", "b", "c", "d"), false, link("a", "b", 2, "", 2), link("b", "c", 1, "", 3));
    Graph<Integer, DefaultWeightedEdge> graph = g.graph();

    assertThat(new ConnectivityInspector<>(graph).connectedSets())
        .containsExactlyInAnyOrder(Set.of(0, 1, 2), Set.of(3));
    assertThat(new DijkstraShortestPath<>(graph).getPathWeight(0, 2)).isEqualTo(3.0);
    // Unnormalised betweenness: b lies on the only a-c path.
    assertThat(new BetweennessCentrality<>(graph).getScores())
        .containsEntry(0, 0.0)
        .containsEntry(1, 1.0)
        .containsEntry(2, 0.0)
        .containsEntry(3, 0.0);
    assertThatThrownBy(() -> graph.addEdge(0, 3)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void keepsIsolatedCitiesAsVertices() throws Exception {
    CityGraph g = build(cities("a", "b", "lonely"), false, link("a", "b", 1, "", 2));
    assertThat(g.graph().vertexSet()).containsExactlyInAnyOrder(0, 1, 2);
    assertThat(g.graph().degreeOf(2)).isZero();
  }

  @Test
  void dropsSelfLinksWithAWarningNamingTheLine() throws Exception {
    CityGraph g =
        build(cities("a", "b"), false, link("a", "a", 1, "", 7), link("a", "b", 1, "", 8));
    assertThat(g.partnerships()).hasSize(1);
    assertThat(warnings)
        .singleElement()
        .asString()
        .startsWith("links.csv:7: self-link of city 'a'");
  }

  @Test
  void failsOnUnknownCityListingTheFirstTwentyLines() {
    Link[] links = new Link[25];
    for (int i = 0; i < links.length; i++) {
      links[i] = link("a", "ghost" + i, 1, "", i + 2);
    }
    assertThatThrownBy(() -> build(cities("a"), false, links))
        .isInstanceOfSatisfying(
            InputException.class,
            e -> {
              assertThat(e.problems()).hasSize(21);
              assertThat(e.problems().get(0).describe())
                  .isEqualTo(
                      "links.csv:2: column 'target': no city has id 'ghost0' — add the city to the"
                          + " cities file or correct the id");
              assertThat(e.problems().get(20))
                  .extracting(InputProblem::message)
                  .isEqualTo("and 5 more links to unknown cities");
            });
  }

  @Test
  void skipInvalidDropsUnknownLinksAndSaysHowMany() throws Exception {
    CityGraph g = build(cities("a", "b"), true, link("a", "x", 1, "", 2), link("a", "b", 1, "", 3));
    assertThat(g.partnerships()).hasSize(1);
    assertThat(warnings).singleElement().asString().contains("1 links to unknown cities dropped");
  }

  @Test
  void compactSnapshotListsEachEdgeFromBothEnds() throws Exception {
    CompactGraph c =
        build(cities("a", "b", "c"), false, link("a", "b", 2, "", 2), link("b", "c", 3, "", 3))
            .compact();
    assertThat(c.vertexCount()).isEqualTo(3);
    assertThat(c.edgeCount()).isEqualTo(2);
    assertThat(c.degree(1)).isEqualTo(2);
    double sum = 0;
    for (int s = c.firstSlot(1); s < c.endSlot(1); s++) {
      sum += c.weight(s);
    }
    assertThat(sum).isEqualTo(5.0);
  }

  @Test
  void mergedPartnershipSpansTheYearsOfItsRows() throws Exception {
    CityGraph g =
        build(
            cities("a", "b", "c"),
            false,
            new Link("a", "b", 1, "", ActiveYears.between(2004, 2006), 2, List.of()),
            new Link("b", "a", 1, "", ActiveYears.between(2001, 2003), 3, List.of()),
            new Link("b", "c", 1, "", ActiveYears.between(2001, 2003), 4, List.of()),
            new Link("c", "b", 1, "", ActiveYears.since(2000), 5, List.of()));
    // a-b: 2001 to 2006; b-c: from 2000, ongoing because one row has no end
    assertThat(g.partnerships())
        .extracting(Partnership::years)
        .containsExactly(ActiveYears.between(2001, 2006), ActiveYears.since(2000));
  }
}
