package org.citynet.analysis.centrality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.citynet.graph.CompactGraph;
import org.junit.jupiter.api.Test;

class CoreGraphTest {
  // Bowtie: triangles 0-1-2 and 2-3-4 share vertex 2 (degree 4, the others 2). Square 5-6-7-8
  // with the diagonal 5-7 (degree 3 at 5 and 7, 2 at 6 and 8).
  private static final CompactGraph TWO_COMPONENTS =
      SampleGraphs.of(9, 0, 1, 1, 2, 2, 0, 2, 3, 3, 4, 4, 2, 5, 6, 6, 7, 7, 8, 8, 5, 5, 7);

  @Test
  void numbersEachComponentByDegreeThenInBreadthFirstOrder() {
    CoreGraph core = CoreGraph.of(TWO_COMPONENTS, PendantTrees.none(9));

    // The bowtie comes first (its vertex 2 has the highest degree); breadth-first from 2 reaches
    // 1, 0, 3, 4 (in the order of its links), which have degree 2 and so come before 2. Then the
    // square: breadth-first from 5 reaches 6, 8, 7.
    assertThat(core.original).containsExactly(1, 0, 3, 4, 2, 6, 8, 5, 7);
    assertThat(core.component(4)).isZero();
    assertThat(core.component(5)).isEqualTo(1);
  }

  @Test
  void keepsEveryEdgeUnderTheNewNumbers() {
    CoreGraph core = CoreGraph.of(TWO_COMPONENTS, PendantTrees.none(9));

    for (int v = 0; v < 9; v++) {
      int c = core.coreId[v];
      assertThat(core.original[c]).isEqualTo(v);
      int[] neighbours =
          Arrays.stream(core.targets, core.offsets[c], core.offsets[c + 1])
              .map(w -> core.original[w])
              .sorted()
              .toArray();
      int[] expected =
          IntStream.range(TWO_COMPONENTS.firstSlot(v), TWO_COMPONENTS.endSlot(v))
              .map(TWO_COMPONENTS::neighbour)
              .sorted()
              .toArray();
      assertThat(neighbours).containsExactly(expected);
    }
  }
}
