package org.citynet.analysis.significance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.citynet.analysis.centrality.ShortestPathCentralities;
import org.citynet.graph.CompactGraph;
import org.junit.jupiter.api.Test;

class BrokerRanksTest {
  private static final Function<CompactGraph, double[]> BETWEENNESS =
      g -> {
        ShortestPathCentralities c = ShortestPathCentralities.of(g);
        double[] b = new double[g.vertexCount()];
        for (int v = 0; v < b.length; v++) {
          b[v] = c.betweenness(v);
        }
        return b;
      };

  @Test
  void theBridgeOfTwoDenseGroupsIsFirstInEveryResample() {
    // Two cliques of 8 joined only through vertex 16: every path between them crosses it.
    StringBuilder edges = new StringBuilder();
    for (int group = 0; group < 2; group++) {
      for (int u = 0; u < 8; u++) {
        for (int v = u + 1; v < 8; v++) {
          edges.append(group * 8 + u).append('-').append(group * 8 + v).append(' ');
        }
        edges.append(group * 8 + u).append("-16 ");
      }
    }
    CompactGraph g = SmallGraphs.of(17, edges.toString());

    List<BrokerRanks.Rank> ranks = BrokerRanks.of(g, BETWEENNESS.apply(g), BETWEENNESS, 30, 1);

    BrokerRanks.Rank bridge = ranks.get(0);
    assertThat(bridge.city()).isEqualTo(16);
    assertThat(bridge.observedRank()).isEqualTo(1);
    assertThat(bridge.timesFirst()).isEqualTo(30);
    assertThat(List.of(bridge.median(), bridge.low(), bridge.high())).containsOnly(1);
  }

  @Test
  void followsAtMostTheTopFiftyBrokers() {
    CompactGraph g = SmallGraphs.random(400, 800, new Random(2));

    List<BrokerRanks.Rank> ranks = BrokerRanks.of(g, BETWEENNESS.apply(g), BETWEENNESS, 5, 3);

    assertThat(ranks).hasSize(BrokerRanks.TOP);
    assertThat(ranks).extracting(BrokerRanks.Rank::observedRank).isSorted();
    for (BrokerRanks.Rank r : ranks) {
      assertThat(r.low()).isLessThanOrEqualTo(r.median());
      assertThat(r.median()).isLessThanOrEqualTo(r.high());
    }
  }

  @Test
  void citiesWithoutBetweennessAreNotBrokers() {
    // A triangle: no city lies between two others.
    CompactGraph g = SmallGraphs.of(3, "0-1 1-2 0-2");

    assertThat(BrokerRanks.of(g, BETWEENNESS.apply(g), BETWEENNESS, 5, 1)).isEmpty();
  }

  @Test
  void tiesShareTheBetterRank() {
    int[] ranks = BrokerRanks.ranksOf(new double[] {0.5, 0.9, 0.5, 0.1}, new int[] {0, 1, 2, 3});

    assertThat(ranks).containsExactly(2, 1, 2, 4);
  }

  @Test
  void percentilesAreNearestRanks() {
    int[] sorted = {1, 1, 2, 3, 3, 4, 5, 8, 9, 20};

    assertThat(BrokerRanks.percentile(sorted, 0.05)).isEqualTo(1);
    assertThat(BrokerRanks.percentile(sorted, 0.5)).isEqualTo(3);
    assertThat(BrokerRanks.percentile(sorted, 0.95)).isEqualTo(20);
  }

  @Test
  void eachResampleLeavesOutATenthOfTheLinks() {
    CompactGraph g = SmallGraphs.random(100, 305, new Random(4));

    CompactGraph kept = BrokerRanks.withoutShare(g, 0.1, new SplittableRandom(5));

    assertThat(kept.edgeCount()).isEqualTo(305 - 30);
    assertThat(kept.vertexCount()).isEqualTo(100);
  }

  @Test
  void sameSeedSameRanks() {
    CompactGraph g = SmallGraphs.random(150, 400, new Random(6));
    double[] b = BETWEENNESS.apply(g);

    assertThat(BrokerRanks.of(g, b, BETWEENNESS, 10, 9))
        .isEqualTo(BrokerRanks.of(g, b, BETWEENNESS, 10, 9));
  }
}
