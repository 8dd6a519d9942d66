package org.citynet.analysis.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.citynet.graph.CompactGraph;
import org.junit.jupiter.api.Test;

class EigenvectorCentralityTest {
  private static final double EPS = 1e-9;

  @Test
  void convergesOnBipartiteStarWithoutOscillating() {
    // Star with 4 leaves: eigenvalue 2, eigenvector (2, 1, 1, 1, 1).
    assertThat(EigenvectorCentrality.compute(SampleGraphs.star(4)))
        .containsExactly(new double[] {1, 0.5, 0.5, 0.5, 0.5}, within(EPS));
  }

  @Test
  void splitsTheProductOverCoresOnALargeStarWithTheSameAnswer() {
    // Star with k leaves: eigenvalue √k, centre 1, each leaf 1/√k.
    int leaves = EigenvectorCentrality.PARALLEL_FROM + 1;

    double[] centrality = EigenvectorCentrality.compute(SampleGraphs.star(leaves));

    assertThat(centrality[0]).isCloseTo(1, within(EPS));
    for (int leaf = 1; leaf <= leaves; leaf++) {
      assertThat(centrality[leaf]).isCloseTo(1 / Math.sqrt(leaves), within(EPS));
    }
  }

  @Test
  void scoresPathOfFourByTheGoldenRatio() {
    // Eigenvalue φ, eigenvector (1, φ, φ, 1).
    double inverseGolden = 2 / (1 + Math.sqrt(5));
    assertThat(EigenvectorCentrality.compute(SampleGraphs.path(4, false)))
        .containsExactly(new double[] {inverseGolden, 1, 1, inverseGolden}, within(EPS));
  }

  @Test
  void weighsEdges() {
    // Path 0 -1- 1 -2- 2: A = [[0,1,0],[1,0,2],[0,2,0]], eigenvalue √5, eigenvector (1, √5, 2).
    CompactGraph g =
        CompactGraph.fromEdges(3, List.of(new int[] {0, 1}, new int[] {1, 2}), new double[] {1, 2});
    assertThat(EigenvectorCentrality.compute(g))
        .containsExactly(new double[] {1 / Math.sqrt(5), 1, 2 / Math.sqrt(5)}, within(EPS));
  }

  @Test
  void isIndependentOfTheWeightUnit() {
    CompactGraph unit = SampleGraphs.random(3, 200, 1, 0, 2.0);
    CompactGraph thousandfold = scaled(unit, 1000);

    assertThat(EigenvectorCentrality.compute(thousandfold))
        .containsExactly(EigenvectorCentrality.compute(unit), within(EPS));
  }

  @Test
  void keepsOnlyTheComponentWithTheLargestEigenvalue() {
    // A star with 5 leaves (6 vertices, eigenvalue √5) and K4 (4 vertices, eigenvalue 3).
    CompactGraph g =
        SampleGraphs.of(10, 0, 1, 0, 2, 0, 3, 0, 4, 0, 5, 6, 7, 6, 8, 6, 9, 7, 8, 7, 9, 8, 9);
    assertThat(EigenvectorCentrality.compute(g))
        .containsExactly(new double[] {0, 0, 0, 0, 0, 0, 1, 1, 1, 1}, within(EPS));
  }

  @Test
  void scoresComponentsThatTieForTheLargestEigenvalueAlike() {
    CompactGraph twoTriangles = SampleGraphs.of(7, 0, 1, 1, 2, 2, 0, 3, 4, 4, 5, 5, 3);
    assertThat(EigenvectorCentrality.compute(twoTriangles))
        .containsExactly(new double[] {1, 1, 1, 1, 1, 1, 0}, within(EPS));
  }

  @Test
  void givesZeroWithoutEdges() {
    assertThat(EigenvectorCentrality.compute(SampleGraphs.of(3))).containsExactly(0, 0, 0);
    assertThat(EigenvectorCentrality.compute(SampleGraphs.of(0))).isEmpty();
  }

  private static CompactGraph scaled(CompactGraph g, double factor) {
    List<int[]> edges = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    for (int v = 0; v < g.vertexCount(); v++) {
      for (int slot = g.firstSlot(v); slot < g.endSlot(v); slot++) {
        if (v < g.neighbour(slot)) {
          edges.add(new int[] {v, g.neighbour(slot)});
          weights.add(g.weight(slot) * factor);
        }
      }
    }
    return CompactGraph.fromEdges(
        g.vertexCount(), edges, weights.stream().mapToDouble(Double::doubleValue).toArray());
  }
}
