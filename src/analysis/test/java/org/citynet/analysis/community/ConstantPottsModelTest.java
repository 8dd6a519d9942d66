package org.citynet.analysis.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.citynet.graph.CompactGraph;
import org.junit.jupiter.api.Test;

class ConstantPottsModelTest {
  @Test
  void splitTrianglesEarnTheirEdgesMinusTheirPairs() {
    // Each triangle: 3 edges inside, 3 pairs; H = 2 (3 - 0.5 * 3) = 3.
    assertThat(
            ConstantPottsModel.of(ModularityTest.twoTriangles(), new int[] {0, 0, 0, 1, 1, 1}, 0.5))
        .isCloseTo(3.0, within(1e-15));
  }

  @Test
  void oneClusterPaysForEveryPair() {
    // 7 edges inside, 15 pairs: H = 7 - 0.5 * 15.
    assertThat(ConstantPottsModel.of(ModularityTest.twoTriangles(), new int[6], 0.5))
        .isCloseTo(-0.5, within(1e-15));
  }

  @Test
  void singletonsScoreZero() {
    assertThat(
            ConstantPottsModel.of(ModularityTest.twoTriangles(), new int[] {0, 1, 2, 3, 4, 5}, 0.5))
        .isEqualTo(0.0);
  }

  @Test
  void countsEdgeWeights() {
    CompactGraph g =
        CompactGraph.fromEdges(3, List.of(new int[] {0, 1}, new int[] {1, 2}), new double[] {4, 2});

    // Cluster {0,1} holds weight 4 and one pair; vertex 2 alone.
    assertThat(ConstantPottsModel.of(g, new int[] {0, 0, 1}, 1.5)).isCloseTo(2.5, within(1e-15));
  }

  @Test
  void rejectsAPartitionOfTheWrongSize() {
    assertThatThrownBy(() -> ConstantPottsModel.of(ModularityTest.twoTriangles(), new int[5], 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("5 entries for 6 vertices");
  }
}
