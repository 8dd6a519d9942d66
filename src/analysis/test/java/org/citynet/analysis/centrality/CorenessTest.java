package org.citynet.analysis.centrality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CorenessTest {
  @Test
  void peelsVerticesLayerByLayer() {
    // K4 on 0..3; vertex 4 tied to 0 and 1; vertex 5 hangs from 4; vertex 6 is isolated.
    int[] core =
        Coreness.compute(SampleGraphs.of(7, 0, 1, 0, 2, 0, 3, 1, 2, 1, 3, 2, 3, 4, 0, 4, 1, 5, 4));

    assertThat(core).containsExactly(3, 3, 3, 3, 2, 1, 0);
  }

  @Test
  void givesRingTwoAndStarOne() {
    assertThat(Coreness.compute(SampleGraphs.path(5, true))).containsOnly(2);
    assertThat(Coreness.compute(SampleGraphs.star(4))).containsOnly(1);
    assertThat(Coreness.compute(SampleGraphs.of(0))).isEmpty();
  }
}
