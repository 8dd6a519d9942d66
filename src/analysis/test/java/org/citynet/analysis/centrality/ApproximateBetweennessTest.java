package org.citynet.analysis.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ForkJoinPool;
import org.citynet.graph.CompactGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApproximateBetweennessTest {
  @ParameterizedTest(name = "seed {0}, ε = {1}")
  @CsvSource({"1, 0.05", "2, 0.03", "3, 0.02"})
  void staysWithinEpsilonOfTheExactValueAtEveryVertex(long seed, double epsilon) {
    CompactGraph g = SampleGraphs.withTrees(seed, 60, 140, 20, 3, 2);
    ShortestPathCentralities exact = ShortestPathCentralities.of(g);

    double[] estimate = ApproximateBetweenness.of(epsilon, 0.1, seed).compute(g);

    double worst = 0;
    for (int v = 0; v < g.vertexCount(); v++) {
      worst = Math.max(worst, Math.abs(estimate[v] - exact.betweenness(v)));
    }
    assertThat(worst).isLessThanOrEqualTo(epsilon).isPositive();
  }

  @Test
  void sizesTheSampleFromTheVertexDiameterBound() {
    ApproximateBetweenness a = ApproximateBetweenness.of(0.1, 0.1, 1);

    // Path 0..9: eccentricity 9 from vertex 0 allows 19 vertices, the size only 10: ⌊log2 8⌋ = 3.
    // ε applies on NetworkX's scale, so the sample is drawn for ε' = 0.1 · 8/10.
    assertThat(a.sampleSize(SampleGraphs.path(10, false)))
        .isEqualTo((long) Math.ceil(0.5 / (0.08 * 0.08) * (3 + 1 + Math.log(10))));
    // Star on 10 leaves, searched from its centre: eccentricity 1, VD <= 3, ⌊log2 1⌋ = 0.
    double e = 0.1 * 9 / 11;
    assertThat(a.sampleSize(SampleGraphs.star(10)))
        .isEqualTo((long) Math.ceil(0.5 / (e * e) * (0 + 1 + Math.log(10))));
  }

  @Test
  void samplesNothingWhereNoVertexCanBeBetweenOthers() {
    ApproximateBetweenness a = ApproximateBetweenness.withDefaults();

    assertThat(a.sampleSize(SampleGraphs.of(2, 0, 1))).isZero();
    assertThat(a.sampleSize(SampleGraphs.of(5, 0, 1, 2, 3))).isZero();
    assertThat(a.compute(SampleGraphs.of(5, 0, 1, 2, 3))).containsOnly(0);
  }

  @Test
  void givesTheSameEstimateWhateverTheNumberOfThreads() throws Exception {
    CompactGraph g = SampleGraphs.random(9, 500, 2, 5, 2.0);
    ApproximateBetweenness a = ApproximateBetweenness.of(0.05, 0.1, 3);

    double[] one = new ForkJoinPool(1).submit(() -> a.compute(g)).get();
    double[] three = new ForkJoinPool(3).submit(() -> a.compute(g)).get();

    assertThat(three).containsExactly(one);
  }

  @Test
  void rejectsAccuracyOutsideTheOpenUnitInterval() {
    assertThatThrownBy(() -> ApproximateBetweenness.of(0, 0.1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("epsilon");
    assertThatThrownBy(() -> ApproximateBetweenness.of(0.1, 1, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("delta");
  }
}
