package org.citynet.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.citynet.graph.Neighbourhoods.BEYOND;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.citynet.model.Link;
import org.citynet.model.LinkTable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class NeighbourhoodsTest {
  /** A synthetic graph on vertices 0..n-1 (city ids "0".."n-1") with the given edges. */
  static CityGraph graph(int n, int[]... edges) throws Exception {
    String[] ids = IntStream.range(0, n).mapToObj(Integer::toString).toArray(String[]::new);
    List<Link> links = new ArrayList<>();
    for (int[] e : edges) {
      links.add(CityGraphsTest.link(ids[e[0]], ids[e[1]], 1, "", links.size() + 2));
    }
    return CityGraphs.build(
        CityGraphsTest.cities(ids), new LinkTable(links, List.of()), "links.csv", false, w -> {});
  }

  /** The vertices {@link Neighbourhoods#hopDistances} reaches, in ascending order. */
  static int[] withinHops(CityGraph graph, Collection<Integer> seeds, int maxHops) {
    int[] hops = Neighbourhoods.hopDistances(graph, seeds, maxHops);
    return IntStream.range(0, hops.length).filter(v -> hops[v] != BEYOND).toArray();
  }

  @Nested
  class OnAPath {
    // 0 - 1 - 2 - 3 - 4
    final CityGraph path =
        graph(5, new int[] {0, 1}, new int[] {1, 2}, new int[] {2, 3}, new int[] {3, 4});

    OnAPath() throws Exception {}

    @Test
    void zeroHopsIsTheSeedsAlone() {
      assertThat(withinHops(path, Set.of(0), 0)).containsExactly(0);
    }

    @Test
    void eachHopAddsTheNextVertex() {
      assertThat(withinHops(path, Set.of(0), 1)).containsExactly(0, 1);
      assertThat(withinHops(path, Set.of(0), 2)).containsExactly(0, 1, 2);
    }

    @Test
    void countsHopsFromTheNearestSeed() {
      assertThat(Neighbourhoods.hopDistances(path, Set.of(0, 4), 1))
          .containsExactly(0, 1, BEYOND, 1, 0);
      assertThat(Neighbourhoods.hopDistances(path, Set.of(0, 4), 2)).containsExactly(0, 1, 2, 1, 0);
    }

    @Test
    void hopsBeyondTheDiameterReachTheWholeComponent() {
      assertThat(withinHops(path, List.of(2, 2), 10)).containsExactly(0, 1, 2, 3, 4);
    }
  }

  @Nested
  class OnAStar {
    // hub 0 with leaves 1, 2, 3; leaf 3 has a tail 3 - 4; vertex 5 is isolated
    final CityGraph star =
        graph(6, new int[] {0, 1}, new int[] {0, 2}, new int[] {0, 3}, new int[] {3, 4});

    OnAStar() throws Exception {}

    @Test
    void theHubReachesEveryLeafInOneHop() {
      assertThat(withinHops(star, Set.of(0), 1)).containsExactly(0, 1, 2, 3);
    }

    @Test
    void aLeafReachesTheOtherLeavesThroughTheHubInTwoHops() {
      assertThat(withinHops(star, Set.of(1), 1)).containsExactly(0, 1);
      assertThat(Neighbourhoods.hopDistances(star, Set.of(1), 2))
          .containsExactly(1, 0, 2, 2, BEYOND, BEYOND);
    }

    @Test
    void neverReachesAnIsolatedCity() {
      assertThat(withinHops(star, Set.of(1), 100)).containsExactly(0, 1, 2, 3, 4);
    }

    @Test
    void noSeedsReachNothing() {
      assertThat(withinHops(star, Set.of(), 2)).isEmpty();
    }
  }

  @Test
  void rejectsNegativeHopsAndSeedsThatAreNotVertices() throws Exception {
    CityGraph g = graph(2, new int[] {0, 1});
    assertThatThrownBy(() -> withinHops(g, Set.of(0), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxHops");
    assertThatThrownBy(() -> withinHops(g, Set.of(2), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("seed 2");
  }
}
