package org.citynet.analysis.centrality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.citynet.graph.CompactGraph;
import org.junit.jupiter.api.Test;

class DegreesTest {
  @Test
  void countsPartnersAndSumsWeights() {
    CompactGraph g =
        CompactGraph.fromEdges(
            4, List.of(new int[] {0, 1}, new int[] {0, 2}), new double[] {2.5, 4});

    assertThat(Degrees.degree(g)).containsExactly(2, 1, 1, 0);
    assertThat(Degrees.strength(g)).containsExactly(6.5, 2.5, 4, 0);
  }
}
