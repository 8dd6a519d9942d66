package org.citynet.analysis.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntToDoubleFunction;
import org.citynet.geo.Geodesics;
import org.citynet.graph.CompactGraph;
import org.junit.jupiter.api.Test;

class WeightedShortestPathCentralitiesTest {
  private static final double EPS = 1e-12;

  /** Triangle 0-1 (weight a), 1-2 (weight b), 0-2 (weight c). */
  private static CompactGraph triangle(double a, double b, double c) {
    return CompactGraph.fromEdges(
        3, List.of(new int[] {0, 1}, new int[] {1, 2}, new int[] {0, 2}), new double[] {a, b, c});
  }

  private static WeightedShortestPathCentralities inverseWeight(CompactGraph g) {
    return WeightedShortestPathCentralities.of(g, PathLengths.inverseWeight(g));
  }

  @Test
  void strongTiesMakeTheLongerRouteShorterThanTheWeakShortcut() {
    // 0-1 and 1-2 have weight 4 (length 1/4 each), the direct 0-2 weight 1 (length 1): the only
    // shortest path from 0 to 2 runs through 1, which hop counts would not see.
    WeightedShortestPathCentralities c = inverseWeight(triangle(4, 4, 1));

    assertScores(c::betweenness, 0, 1, 0);
    // Distances from 0: 1/4 and 1/2, sum 3/4; from 1: 1/4 and 1/4.
    assertScores(c::closeness, 2 / 0.75, 4, 2 / 0.75);
    assertScores(c::harmonic, (4 + 2) / 2.0, (4 + 4) / 2.0, (4 + 2) / 2.0);
    assertScores(ShortestPathCentralities.of(triangle(4, 4, 1))::betweenness, 0, 0, 0);
  }

  @Test
  void splitsExactTiesInFloatingPoint() {
    // 1/2 + 1/2 == 1 exactly: the pair 0-2 has two shortest paths, one through 1.
    assertScores(inverseWeight(triangle(2, 2, 1))::betweenness, 0, 0.5, 0);
  }

  @Test
  void comparesPathLengthsExactlyLikeNetworkX() {
    // 1/6 + 1/30 = 1/5 in exact arithmetic, but 0.19999999999999998 < 0.2 in doubles, so the route
    // through 1 is the only shortest one (NetworkX: betweenness 1 for vertex 1) ...
    assertScores(inverseWeight(triangle(6, 30, 5))::betweenness, 0, 1, 0);
    // ... while 1/10 + 1/15 = 0.16666666666666669 > 1/6 leaves only the direct link (NetworkX: 0).
    assertScores(inverseWeight(triangle(10, 15, 6))::betweenness, 0, 0, 0);
  }

  @Test
  void measuresKilometresAlongGeodesics() {
    // Three cities on the equator at longitudes 0, 1 and 3 degrees, all linked pairwise.
    double[] lat = {0, 0, 0};
    double[] lon = {0, 1, 3};
    CompactGraph g = triangle(1, 1, 1);
    WeightedShortestPathCentralities c =
        WeightedShortestPathCentralities.of(g, PathLengths.geodesicKm(g, lat, lon));
    double a = Geodesics.lengthKm(0, 0, 0, 1);
    double b = Geodesics.lengthKm(0, 1, 0, 3);
    double ab = Geodesics.lengthKm(0, 0, 0, 3);

    // On the equator the geodesic is the equator: 0-2 is as long as 0-1-2 up to rounding, which
    // decides the tie one way, as it would in NetworkX.
    assertThat(ab).isCloseTo(a + b, within(1e-9));
    double through1 = a + b < ab ? 1 : a + b == ab ? 0.5 : 0;
    assertScores(c::betweenness, 0, through1, 0);
    assertScores(c::harmonic, (1 / a + 1 / ab) / 2, (1 / a + 1 / b) / 2, (1 / b + 1 / ab) / 2);
  }

  @Test
  void scalesClosenessByReachableShareAndSkipsZeroDistancesInHarmonic() {
    // Edge 0-1 of length 2, edge 2-3 of length 0 (two cities at one place), vertex 4 alone.
    CompactGraph g =
        CompactGraph.fromEdges(5, List.of(new int[] {0, 1}, new int[] {2, 3}), new double[] {1, 1});
    double[] length = new double[4];
    for (int v = 0; v < 5; v++) {
      for (int slot = g.firstSlot(v); slot < g.endSlot(v); slot++) {
        length[slot] = v < 2 ? 2 : 0;
      }
    }
    WeightedShortestPathCentralities c = WeightedShortestPathCentralities.of(g, length);

    // NetworkX: (r-1)/D · (r-1)/(n-1) = 1/2 · 1/4; 0 when D = 0; harmonic ignores d = 0.
    assertScores(c::closeness, 0.125, 0.125, 0, 0, 0);
    assertScores(c::harmonic, 0.125, 0.125, 0, 0, 0);
    assertScores(c::betweenness, 0, 0, 0, 0, 0);
  }

  @Test
  void givesTheSameBitsOnOneThreadAsOnMany() throws InterruptedException, ExecutionException {
    CompactGraph g = SampleGraphs.random(5, 400, 3, 10, 3.0);
    double[] length = PathLengths.inverseWeight(g);
    WeightedShortestPathCentralities many = WeightedShortestPathCentralities.of(g, length);
    ForkJoinPool one = new ForkJoinPool(1);
    try {
      WeightedShortestPathCentralities single =
          one.submit(() -> WeightedShortestPathCentralities.of(g, length)).get();
      for (int v = 0; v < g.vertexCount(); v++) {
        assertThat(single.betweenness(v)).isEqualTo(many.betweenness(v));
        assertThat(single.closeness(v)).isEqualTo(many.closeness(v));
        assertThat(single.harmonic(v)).isEqualTo(many.harmonic(v));
      }
    } finally {
      one.shutdown();
    }
  }

  @Test
  void rejectsNegativeOrMissingLengths() {
    CompactGraph g = triangle(1, 1, 1);
    assertThatThrownBy(() -> WeightedShortestPathCentralities.of(g, new double[] {1, 1, 1}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> WeightedShortestPathCentralities.of(g, new double[] {1, 1, 1, 1, 1, -1}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static void assertScores(IntToDoubleFunction score, double... expected) {
    for (int v = 0; v < expected.length; v++) {
      assertThat(score.applyAsDouble(v)).as("vertex %d", v).isCloseTo(expected[v], within(EPS));
    }
  }
}
