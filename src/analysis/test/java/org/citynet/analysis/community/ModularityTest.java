package org.citynet.analysis.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.citynet.graph.CompactGraph;
import org.junit.jupiter.api.Test;

class ModularityTest {
  /** Triangles 0-1-2 and 3-4-5 joined by edge 2-3; m = 7. */
  static CompactGraph twoTriangles() {
    return CompactGraph.fromEdges(
        6,
        List.of(
            new int[] {0, 1},
            new int[] {1, 2},
            new int[] {0, 2},
            new int[] {3, 4},
            new int[] {4, 5},
            new int[] {3, 5},
            new int[] {2, 3}),
        null);
  }

  @Test
  void splitTrianglesScoreFiveFourteenths() {
    // Each triangle: L = 3, d = 2 + 2 + 3 = 7; Q = 2 (3/7 - (7/14)^2) = 6/7 - 1/2 = 5/14.
    assertThat(Modularity.of(twoTriangles(), new int[] {0, 0, 0, 1, 1, 1}))
        .isCloseTo(5.0 / 14, within(1e-15));
  }

  @Test
  void clusterIdsNeedNotBeContiguous() {
    assertThat(Modularity.of(twoTriangles(), new int[] {7, 7, 7, 2, 2, 2}))
        .isCloseTo(5.0 / 14, within(1e-15));
  }

  @Test
  void oneClusterScoresZero() {
    assertThat(Modularity.of(twoTriangles(), new int[6])).isCloseTo(0, within(1e-15));
  }

  @Test
  void singletonsScoreMinusSumOfSquaredShares() {
    CompactGraph triangle =
        CompactGraph.fromEdges(
            3, List.of(new int[] {0, 1}, new int[] {1, 2}, new int[] {0, 2}), null);
    // 3 (2/6)^2 = 1/3
    assertThat(Modularity.of(triangle, new int[] {0, 1, 2})).isCloseTo(-1.0 / 3, within(1e-15));
  }

  @Test
  void weightsCountInsideAndInStrengths() {
    CompactGraph path =
        CompactGraph.fromEdges(3, List.of(new int[] {0, 1}, new int[] {1, 2}), new double[] {2, 1});
    // m = 3; {0,1}: L = 2, d = 5; {2}: L = 0, d = 1 -> 2/3 - 25/36 - 1/36 = -1/18
    assertThat(Modularity.of(path, new int[] {0, 0, 1})).isCloseTo(-1.0 / 18, within(1e-15));
  }

  @Test
  void resolutionScalesTheExpectedTerm() {
    // 6/7 - 2 (1/4 + 1/4) = -1/7
    assertThat(Modularity.of(twoTriangles(), new int[] {0, 0, 0, 1, 1, 1}, 2.0))
        .isCloseTo(-1.0 / 7, within(1e-15));
  }

  @Test
  void isUndefinedWithoutEdges() {
    assertThat(Modularity.of(CompactGraph.fromEdges(2, List.of(), null), new int[] {0, 1})).isNaN();
  }

  @Test
  void rejectsPartitionOfWrongLengthOrNegativeId() {
    assertThatThrownBy(() -> Modularity.of(twoTriangles(), new int[5]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("5 entries for 6 vertices");
    assertThatThrownBy(() -> Modularity.of(twoTriangles(), new int[] {0, 0, 0, 1, 1, -1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("vertex 5");
  }
}
