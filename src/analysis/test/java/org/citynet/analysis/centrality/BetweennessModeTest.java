package org.citynet.analysis.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.citynet.graph.CompactGraph;
import org.citynet.model.AnalysisSettings.Betweenness;
import org.citynet.model.BetweennessMethod;
import org.junit.jupiter.api.Test;

class BetweennessModeTest {
  private static final ApproximateBetweenness COARSE = ApproximateBetweenness.of(0.05, 0.1, 1);

  @Test
  void explicitModesResolveToThemselves() {
    CompactGraph g = SampleGraphs.path(5, true);

    assertThat(ShortestPathCentralities.resolve(Betweenness.EXACT, g, COARSE))
        .isEqualTo(Betweenness.EXACT);
    assertThat(ShortestPathCentralities.resolve(Betweenness.APPROX, g, COARSE))
        .isEqualTo(Betweenness.APPROX);
  }

  @Test
  void autoStaysExactOnSmallGraphs() {
    CompactGraph g = SampleGraphs.random(1, 2_000, 1, 0, 3.0);

    assertThat(ShortestPathCentralities.resolve(Betweenness.AUTO, g, COARSE))
        .isEqualTo(Betweenness.EXACT);
  }

  @Test
  void autoSamplesWhenExactWorkPassesTheLimitAndSamplingIsCheaper() {
    // A ring of 100,000: 10^5 sources times 2·10^5 arcs = 2·10^10 arc visits.
    CompactGraph ring = SampleGraphs.path(100_000, true);

    assertThat(ShortestPathCentralities.exactWork(ring))
        .isGreaterThan(ShortestPathCentralities.EXACT_WORK_LIMIT);
    assertThat(ShortestPathCentralities.resolve(Betweenness.AUTO, ring, COARSE))
        .isEqualTo(Betweenness.APPROX);
    // At ε = 0.001 the sample would cost more than the exact searches.
    assertThat(
            ShortestPathCentralities.resolve(
                Betweenness.AUTO, ring, ApproximateBetweenness.of(0.001, 0.1, 1)))
        .isEqualTo(Betweenness.EXACT);
  }

  @Test
  void countsOnlyTheCoreAsExactWork() {
    // A triangle with a star of 50 leaves on one corner: 3 core vertices, 6 core arcs.
    int[] pairs = new int[2 * 53];
    int[] triangle = {0, 1, 1, 2, 2, 0};
    System.arraycopy(triangle, 0, pairs, 0, 6);
    for (int leaf = 0; leaf < 50; leaf++) {
      pairs[6 + 2 * leaf] = 0;
      pairs[7 + 2 * leaf] = 3 + leaf;
    }

    assertThat(ShortestPathCentralities.exactWork(SampleGraphs.of(53, pairs))).isEqualTo(18);
  }

  @Test
  void approximateModeKeepsClosenessAndHarmonicExact() {
    CompactGraph g = SampleGraphs.withTrees(5, 40, 100, 10, 2, 2);
    ShortestPathCentralities exact = ShortestPathCentralities.of(g);

    ShortestPathCentralities approx = ShortestPathCentralities.of(g, Betweenness.APPROX, COARSE);

    assertThat(approx.method().mode()).isEqualTo(Betweenness.APPROX);
    assertThat(exact.method().mode()).isEqualTo(Betweenness.EXACT);
    for (int v = 0; v < g.vertexCount(); v++) {
      assertThat(approx.closeness(v)).isEqualTo(exact.closeness(v));
      assertThat(approx.harmonic(v)).isEqualTo(exact.harmonic(v));
      assertThat(approx.betweenness(v)).isCloseTo(exact.betweenness(v), within(0.05));
    }
  }

  @Test
  void approximateModeLeavesClosenessBlankWhenExactSearchesAreUnaffordable() {
    CompactGraph ring = SampleGraphs.path(100_000, true);
    ApproximateBetweenness rough = ApproximateBetweenness.of(0.2, 0.1, 1);

    ShortestPathCentralities approx = ShortestPathCentralities.of(ring, Betweenness.APPROX, rough);

    assertThat(approx.method())
        .isEqualTo(BetweennessMethod.sampled(0.2, 0.1, rough.sampleSize(ring), false));
    assertThat(approx.closeness(0)).isNaN();
    assertThat(approx.harmonic(99_999)).isNaN();
    // Every vertex of a ring lies on the same share of shortest paths: about 1/4 of the pairs.
    assertThat(approx.betweenness(12_345)).isCloseTo(0.25, within(0.2));
  }
}
