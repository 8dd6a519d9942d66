package org.citynet.analysis.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ComponentsTest {
  @Test
  void numbersBySizeThenByLowestVertex() {
    // Edge 0-1, isolated 2, triangle 3-4-5, edge 6-7.
    Components c = Components.of(SampleGraphs.of(8, 0, 1, 3, 4, 4, 5, 5, 3, 6, 7));

    assertThat(IntStream.range(0, 8).map(c::componentOf).toArray())
        .containsExactly(1, 1, 3, 0, 0, 0, 2, 2);
    assertThat(c.count()).isEqualTo(4);
    assertThat(IntStream.range(0, 4).map(c::size).toArray()).containsExactly(3, 2, 2, 1);
  }

  @Test
  void numbersComponentsGivenAsLabelsLikeItsOwnSearch() {
    // The graph above, labelled as GraphX does: by the lowest vertex of each component.
    Components c = Components.fromLabels(new int[] {0, 0, 2, 3, 3, 3, 6, 6});

    assertThat(IntStream.range(0, 8).map(c::componentOf).toArray())
        .containsExactly(1, 1, 3, 0, 0, 0, 2, 2);
    assertThat(IntStream.range(0, 4).map(c::size).toArray()).containsExactly(3, 2, 2, 1);
  }

  @Test
  void refusesALabelThatIsNoVertex() {
    assertThatThrownBy(() -> Components.fromLabels(new int[] {0, 2}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("label 2");
  }

  @Test
  void findsNoComponentInTheEmptyGraph() {
    assertThat(Components.of(SampleGraphs.of(0)).count()).isZero();
  }
}
