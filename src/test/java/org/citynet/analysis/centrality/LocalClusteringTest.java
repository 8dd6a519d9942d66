package org.citynet.analysis.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LocalClusteringTest {
  @Test
  void countsClosedNeighbourPairsOfTriangleWithTail() {
    // Triangle 0-1-2 with tail 2-3: vertex 2's neighbours 0, 1, 3 form one linked pair of three.
    double[] clustering = LocalClustering.compute(SampleGraphs.of(4, 0, 1, 1, 2, 2, 0, 2, 3));

    assertThat(clustering).containsExactly(new double[] {1, 1, 1 / 3.0, 0}, within(1e-15));
  }

  @Test
  void givesZeroBelowDegreeTwoAndWithoutTriangles() {
    assertThat(LocalClustering.compute(SampleGraphs.star(4))).containsOnly(0);
    assertThat(LocalClustering.compute(SampleGraphs.of(3, 0, 1))).containsOnly(0);
  }

  @Test
  void givesOneInACompleteGraph() {
    assertThat(LocalClustering.compute(SampleGraphs.of(4, 0, 1, 0, 2, 0, 3, 1, 2, 1, 3, 2, 3)))
        .containsOnly(1);
  }
}
