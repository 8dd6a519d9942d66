package org.citynet.analysis.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.function.IntToDoubleFunction;
import java.util.stream.DoubleStream;
import java.util.stream.Stream;
import org.citynet.graph.CompactGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ShortestPathCentralitiesTest {
  private static final double EPS = 1e-12;

  @Test
  void starCentreCarriesEveryPathAndIsClosestToAll() {
    ShortestPathCentralities c = ShortestPathCentralities.of(SampleGraphs.star(4));

    assertScores(c::betweenness, 1, 0, 0, 0, 0);
    assertScores(c::closeness, 1, 4 / 7.0, 4 / 7.0, 4 / 7.0, 4 / 7.0);
    // A leaf reaches the centre in 1 hop and the three other leaves in 2: (1 + 3/2) / 4.
    assertScores(c::harmonic, 1, 0.625, 0.625, 0.625, 0.625);
  }

  @Test
  void pathOfFourGivesInnerVerticesTwoOfThreePairs() {
    ShortestPathCentralities c = ShortestPathCentralities.of(SampleGraphs.path(4, false));

    assertScores(c::betweenness, 0, 2 / 3.0, 2 / 3.0, 0);
    assertScores(c::closeness, 3 / 6.0, 3 / 4.0, 3 / 4.0, 3 / 6.0);
    assertScores(c::harmonic, 11 / 18.0, 5 / 6.0, 5 / 6.0, 11 / 18.0);
  }

  @Test
  void ringOfFiveTreatsEveryVertexAlike() {
    ShortestPathCentralities c = ShortestPathCentralities.of(SampleGraphs.path(5, true));

    // Each vertex lies on the one shortest path between its two neighbours: 1 of 6 pairs.
    assertScores(c::betweenness, 1 / 6.0, 1 / 6.0, 1 / 6.0, 1 / 6.0, 1 / 6.0);
    assertScores(c::closeness, 4 / 6.0, 4 / 6.0, 4 / 6.0, 4 / 6.0, 4 / 6.0);
    assertScores(c::harmonic, 0.75, 0.75, 0.75, 0.75, 0.75);
  }

  @Test
  void splitsShortestPathsEquallyBetweenParallelRoutes() {
    // The square 0-1-2-3-0: two shortest paths from 0 to 2, one through each of 1 and 3.
    ShortestPathCentralities c =
        ShortestPathCentralities.of(SampleGraphs.of(4, 0, 1, 1, 2, 2, 3, 3, 0));

    assertScores(c::betweenness, 1 / 6.0, 1 / 6.0, 1 / 6.0, 1 / 6.0);
  }

  @Test
  void scalesClosenessByReachableShareAcrossComponents() {
    // Triangle 0-1-2 and edge 3-4.
    ShortestPathCentralities c =
        ShortestPathCentralities.of(SampleGraphs.of(5, 0, 1, 1, 2, 2, 0, 3, 4));

    assertScores(c::betweenness, 0, 0, 0, 0, 0);
    assertScores(c::closeness, 0.5, 0.5, 0.5, 0.25, 0.25);
    assertScores(c::harmonic, 0.5, 0.5, 0.5, 0.25, 0.25);
  }

  @Test
  void givesIsolatedVertexZeroAndCountsItInTheNormalisation() {
    ShortestPathCentralities c =
        ShortestPathCentralities.of(SampleGraphs.of(6, 0, 1, 0, 2, 0, 3, 0, 4));

    assertScores(c::betweenness, 0.6, 0, 0, 0, 0, 0);
    assertScores(c::closeness, 0.8, 4 / 7.0 * 0.8, 4 / 7.0 * 0.8, 4 / 7.0 * 0.8, 4 / 7.0 * 0.8, 0);
    assertScores(c::harmonic, 0.8, 0.5, 0.5, 0.5, 0.5, 0);
  }

  @Test
  void handlesGraphsOfAtMostTwoVertices() {
    ShortestPathCentralities single = ShortestPathCentralities.of(SampleGraphs.of(1));
    ShortestPathCentralities pair = ShortestPathCentralities.of(SampleGraphs.of(2, 0, 1));
    ShortestPathCentralities apart = ShortestPathCentralities.of(SampleGraphs.of(2));

    assertScores(single::betweenness, 0);
    assertScores(single::closeness, 0);
    assertScores(single::harmonic, 0);
    assertScores(pair::betweenness, 0, 0);
    assertScores(pair::closeness, 1, 1);
    assertScores(pair::harmonic, 1, 1);
    assertScores(apart::closeness, 0, 0);
    assertScores(apart::harmonic, 0, 0);
    assertThat(ShortestPathCentralities.of(SampleGraphs.of(0)).vertexCount()).isZero();
  }

  @Test
  void creditsAPendantChainWithThePathsToItsTail() {
    // Triangle 0-1-2 with the chain 2-3-4 hanging from 2.
    ShortestPathCentralities c =
        ShortestPathCentralities.of(SampleGraphs.of(5, 0, 1, 1, 2, 2, 0, 2, 3, 3, 4));

    // 2 lies between {3, 4} and {0, 1}: 4 of 6 pairs; 3 between 4 and {0, 1, 2}: 3 pairs.
    assertScores(c::betweenness, 0, 0, 4 / 6.0, 3 / 6.0, 0);
    assertScores(c::closeness, 4 / 7.0, 4 / 7.0, 4 / 5.0, 4 / 6.0, 4 / 9.0);
    assertScores(c::harmonic, 17 / 24.0, 17 / 24.0, 7 / 8.0, 3 / 4.0, 13 / 24.0);
  }

  @Test
  void countsEachCoreComponentsTreesInItsOwnSearches() {
    // Triangles 0-1-2 and 4-5-6, with 3 hanging from 2 and 7 from 6.
    ShortestPathCentralities c =
        ShortestPathCentralities.of(
            SampleGraphs.of(8, 0, 1, 1, 2, 2, 0, 2, 3, 4, 5, 5, 6, 6, 4, 6, 7));

    // 2 lies between 3 and each of 0, 1: 2 of 21 pairs. From 0: 1, 1 and 2 hops to its 3 others.
    assertScores(c::betweenness, 0, 0, 2 / 21.0, 0, 0, 0, 2 / 21.0, 0);
    double[] closeness = {3 / 4.0 * 3 / 7, 3 / 4.0 * 3 / 7, 3 / 7.0, 3 / 5.0 * 3 / 7};
    assertScores(c::closeness, concat(closeness, closeness));
    double[] harmonic = {2.5 / 7, 2.5 / 7, 3 / 7.0, 2 / 7.0};
    assertScores(c::harmonic, concat(harmonic, harmonic));
  }

  @Test
  void scoresATreeComponentWithoutACoreByItsBranches() {
    // Centres 0-1; leaves 2, 3 on 0 and 4, 5 on 1.
    ShortestPathCentralities c =
        ShortestPathCentralities.of(SampleGraphs.of(6, 0, 1, 0, 2, 0, 3, 1, 4, 1, 5));

    // Branches around 0: {2}, {3}, {1, 4, 5}: 1 + 3 + 3 = 7 of 10 pairs.
    assertScores(c::betweenness, 0.7, 0.7, 0, 0, 0, 0);
    assertScores(c::closeness, 5 / 7.0, 5 / 7.0, 5 / 11.0, 5 / 11.0, 5 / 11.0, 5 / 11.0);
    assertScores(c::harmonic, 0.8, 0.8, 8 / 15.0, 8 / 15.0, 8 / 15.0, 8 / 15.0);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("graphsWithTrees")
  void peelingTreesGivesWhatSearchingFromEveryVertexGives(String name, CompactGraph g) {
    ShortestPathCentralities peeled = ShortestPathCentralities.of(g);
    ShortestPathCentralities plain = ShortestPathCentralities.withoutTreePeeling(g);

    for (int v = 0; v < g.vertexCount(); v++) {
      assertThat(peeled.betweenness(v))
          .as("betweenness %d", v)
          .isCloseTo(plain.betweenness(v), within(EPS));
      assertThat(peeled.closeness(v))
          .as("closeness %d", v)
          .isCloseTo(plain.closeness(v), within(EPS));
      assertThat(peeled.harmonic(v)).as("harmonic %d", v).isCloseTo(plain.harmonic(v), within(EPS));
    }
  }

  static Stream<Arguments> graphsWithTrees() {
    return Stream.of(
        Arguments.of("star", SampleGraphs.star(7)),
        Arguments.of("path", SampleGraphs.path(9, false)),
        Arguments.of("ring", SampleGraphs.path(9, true)),
        Arguments.of("random tree", SampleGraphs.withTrees(1, 0, 60, 0, 0, 0)),
        Arguments.of("random forest", SampleGraphs.withTrees(2, 0, 80, 9, 0, 0)),
        Arguments.of("cycle with pendant chains", cycleWithChains()),
        Arguments.of("isolated vertices", SampleGraphs.of(4, 1, 2)),
        Arguments.of("components of size 2", SampleGraphs.of(6, 0, 1, 2, 3, 4, 5)),
        Arguments.of(
            "core with trees, forest, isolated, pairs",
            SampleGraphs.withTrees(3, 30, 120, 15, 5, 4)),
        Arguments.of("large core with few trees", SampleGraphs.withTrees(4, 200, 30, 0, 0, 0)),
        Arguments.of("sparse random graph", SampleGraphs.random(5, 400, 3, 10, 1.1)));
  }

  /** The ring 0..5 with chains of 1, 2 and 3 vertices hanging from 0, 0 and 3, and a star on 4. */
  private static CompactGraph cycleWithChains() {
    return SampleGraphs.of(
        15, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 0, 0, 6, 0, 7, 7, 8, 3, 9, 9, 10, 10, 11, 4, 12, 4, 13,
        4, 14);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("graphsWithTrees")
  void partialsOfSourceRangesAddUpToTheWholeComputation(String name, CompactGraph g) {
    ShortestPathCentralities whole = ShortestPathCentralities.of(g);
    int sources = ShortestPathCentralities.sourceCount(g);
    // Three uneven ranges, added out of order, as a cluster's reduce may.
    int a = sources / 3;
    int b = sources - 1;
    ShortestPathCentralities.Partial sum =
        ShortestPathCentralities.partial(g, b, sources)
            .plus(ShortestPathCentralities.partial(g, 0, a))
            .plus(ShortestPathCentralities.partial(g, a, b));
    ShortestPathCentralities split = ShortestPathCentralities.ofPartials(g, sum);

    for (int v = 0; v < g.vertexCount(); v++) {
      assertThat(split.betweenness(v))
          .as("betweenness %d", v)
          .isCloseTo(whole.betweenness(v), within(EPS));
      assertThat(split.closeness(v)).as("closeness %d", v).isEqualTo(whole.closeness(v));
      assertThat(split.harmonic(v)).as("harmonic %d", v).isEqualTo(whole.harmonic(v));
    }
  }

  @Test
  void refusesPartialsThatMissASourceRange() {
    CompactGraph g = SampleGraphs.path(5, true);
    int sources = ShortestPathCentralities.sourceCount(g);
    assertThat(sources).isEqualTo(5);

    ShortestPathCentralities.Partial most = ShortestPathCentralities.partial(g, 0, sources - 1);

    assertThatThrownBy(() -> ShortestPathCentralities.ofPartials(g, most))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("4 searches");
    assertThatThrownBy(() -> ShortestPathCentralities.partial(g, 2, sources + 1))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("graphsWithDenseLevels")
  void expandsDenseLevelsBottomUpWithTheResultsOfCountingPathsPairByPair(
      String name, CompactGraph g) {
    ShortestPathCentralities c = ShortestPathCentralities.of(g);
    double[][] expected = pairByPair(g);

    for (int v = 0; v < g.vertexCount(); v++) {
      assertThat(c.betweenness(v)).as("betweenness %d", v).isCloseTo(expected[0][v], within(EPS));
      assertThat(c.closeness(v)).as("closeness %d", v).isCloseTo(expected[1][v], within(EPS));
      assertThat(c.harmonic(v)).as("harmonic %d", v).isCloseTo(expected[2][v], within(EPS));
    }
  }

  static Stream<Arguments> graphsWithDenseLevels() {
    return Stream.of(
        // From 0, level 1 = {1..4} (a clique, each also joined to 5 and 6) has 24 arcs, the
        // unreached 5 and 6 only 8: the searches from 0 reach 5 and 6 bottom-up.
        Arguments.of(
            "clique between a hub and two far vertices",
            SampleGraphs.of(
                7, 0, 1, 0, 2, 0, 3, 0, 4, 1, 2, 1, 3, 1, 4, 2, 3, 2, 4, 3, 4, 1, 5, 2, 5, 3, 5, 4,
                5, 1, 6, 2, 6, 3, 6, 4, 6)),
        // Dense random blocks: the middle levels hold most arcs, whatever the source.
        Arguments.of("dense random blocks", SampleGraphs.random(11, 150, 3, 4, 6.0)),
        Arguments.of(
            "dense graph with pendant trees", SampleGraphs.withTrees(12, 60, 40, 0, 2, 1)));
  }

  /**
   * NetworkX's betweenness, closeness and harmonic centrality from the distances and path counts of
   * every pair, found by a plain breadth-first search per vertex: {@code sigma(s,t)} paths from s
   * to t, of which {@code sigma(s,v) · sigma(v,t)} run through v when v lies on a shortest one.
   */
  private static double[][] pairByPair(CompactGraph g) {
    int n = g.vertexCount();
    int[][] distance = new int[n][n];
    double[][] paths = new double[n][n];
    for (int s = 0; s < n; s++) {
      Arrays.fill(distance[s], -1);
      int[] queue = new int[n];
      queue[0] = s;
      distance[s][s] = 0;
      paths[s][s] = 1;
      for (int head = 0, tail = 1; head < tail; head++) {
        int v = queue[head];
        for (int slot = g.firstSlot(v); slot < g.endSlot(v); slot++) {
          int w = g.neighbour(slot);
          if (distance[s][w] < 0) {
            distance[s][w] = distance[s][v] + 1;
            queue[tail++] = w;
          }
          if (distance[s][w] == distance[s][v] + 1) {
            paths[s][w] += paths[s][v];
          }
        }
      }
    }
    double[][] scores = new double[3][n];
    for (int v = 0; v < n; v++) {
      for (int s = 0; s < n; s++) {
        for (int t = s + 1; t < n; t++) {
          if (s != v
              && t != v
              && distance[s][v] > 0
              && distance[v][t] > 0
              && distance[s][v] + distance[v][t] == distance[s][t]) {
            scores[0][v] += paths[s][v] * paths[v][t] / paths[s][t] / ((n - 1) * (n - 2) / 2.0);
          }
        }
      }
      int reachable = 0;
      long sum = 0;
      for (int t = 0; t < n; t++) {
        if (t != v && distance[v][t] > 0) {
          reachable++;
          sum += distance[v][t];
          scores[2][v] += 1.0 / distance[v][t] / (n - 1);
        }
      }
      scores[1][v] = sum == 0 ? 0 : (double) reachable / sum * reachable / (n - 1);
    }
    return scores;
  }

  @Test
  void givesBitIdenticalResultsWhateverTheNumberOfThreads() throws Exception {
    CompactGraph g = SampleGraphs.random(7, 2_000, 3, 50, 2.0);

    ShortestPathCentralities one = inPool(1, g);
    ShortestPathCentralities three = inPool(3, g);

    for (int v = 0; v < g.vertexCount(); v++) {
      assertThat(three.betweenness(v)).isEqualTo(one.betweenness(v));
      assertThat(three.closeness(v)).isEqualTo(one.closeness(v));
      assertThat(three.harmonic(v)).isEqualTo(one.harmonic(v));
    }
  }

  private static ShortestPathCentralities inPool(int threads, CompactGraph g)
      throws InterruptedException, ExecutionException {
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      return pool.submit(() -> ShortestPathCentralities.of(g)).get();
    } finally {
      pool.shutdown();
    }
  }

  private static double[] concat(double[] a, double[] b) {
    return DoubleStream.concat(Arrays.stream(a), Arrays.stream(b)).toArray();
  }

  private static void assertScores(IntToDoubleFunction score, double... expected) {
    for (int v = 0; v < expected.length; v++) {
      assertThat(score.applyAsDouble(v)).as("vertex %d", v).isCloseTo(expected[v], within(EPS));
    }
  }
}
