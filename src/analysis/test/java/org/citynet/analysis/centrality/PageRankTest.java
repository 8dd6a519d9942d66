package org.citynet.analysis.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.citynet.graph.CompactGraph;
import org.junit.jupiter.api.Test;

class PageRankTest {
  private static final double EPS = 1e-10;

  @Test
  void followsEdgesInProportionToTheirWeight() {
    // Path 0 -1- 1 -3- 2: vertex 1 sends 1/4 of its score to 0 and 3/4 to 2.
    CompactGraph g =
        CompactGraph.fromEdges(3, List.of(new int[] {0, 1}, new int[] {1, 2}), new double[] {1, 3});

    double[] rank = PageRank.compute(g);

    // x1 = 0.05 + 0.85 (x0 + x2) = 0.05 + 0.85 (1 - x1); x0 = 0.05 + 0.85 x1 / 4; x2 = 1 - x0 - x1.
    double x1 = 0.9 / 1.85;
    double x0 = 0.05 + 0.85 * x1 / 4;
    assertThat(rank).containsExactly(new double[] {x0, x1, 1 - x0 - x1}, within(EPS));
  }

  @Test
  void solvesTheStarByItsDefiningEquations() {
    double[] rank = PageRank.compute(SampleGraphs.star(4));

    // centre c = 0.03 + 0.85 · 4 leaf, leaf = 0.03 + 0.85 · c / 4.
    double centre = (0.03 + 0.85 * 4 * 0.03) / (1 - 0.85 * 0.85);
    double leaf = 0.03 + 0.85 * centre / 4;
    assertThat(rank).containsExactly(new double[] {centre, leaf, leaf, leaf, leaf}, within(EPS));
  }

  @Test
  void spreadsTheScoreOfIsolatedVerticesUniformly() {
    double[] rank = PageRank.compute(SampleGraphs.of(6, 0, 1, 0, 2, 0, 3, 0, 4));

    // The isolated vertex only receives the uniform jump: x = (0.85 x + 0.15) / 6.
    assertThat(rank[5]).isCloseTo(0.15 / (6 - 0.85), within(EPS));
    assertThat(Arrays.stream(rank).sum()).isCloseTo(1, within(EPS));
  }

  @Test
  void givesUniformScoresWhenEveryVertexIsAlike() {
    assertThat(PageRank.compute(SampleGraphs.path(5, true)))
        .containsOnly(new double[] {0.2}, within(EPS));
    assertThat(PageRank.compute(SampleGraphs.of(2))).containsExactly(0.5, 0.5);
    assertThat(PageRank.compute(SampleGraphs.of(1))).containsExactly(1.0);
    assertThat(PageRank.compute(SampleGraphs.of(0))).isEmpty();
  }

  @Test
  void failsWhenTheIterationCapIsReached() {
    assertThatThrownBy(() -> PageRank.compute(SampleGraphs.star(4), 0.85, 1e-12, 3))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("3 iterations");
  }
}
