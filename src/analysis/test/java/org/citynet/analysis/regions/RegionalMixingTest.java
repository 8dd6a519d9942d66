package org.citynet.analysis.regions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.citynet.analysis.regions.RegionalMixing.UnitMixing;
import org.citynet.graph.CompactGraph;
import org.junit.jupiter.api.Test;

class RegionalMixingTest {
  /** Path 0-1-2-3 plus 0-4: cities 0, 1 in A; 2, 3 in B; 4 of unknown unit. */
  private static final CompactGraph PATH =
      CompactGraph.fromEdges(
          5,
          List.of(new int[] {0, 1}, new int[] {1, 2}, new int[] {2, 3}, new int[] {0, 4}),
          new double[] {1, 5, 1, 1});

  @Test
  void comparesWithinUnitShareWithConfigurationModelByHand() {
    RegionalMixing m = RegionalMixing.of(PATH, List.of("A", "A", "B", "B", ""));

    // Known links: 0-1 (A), 1-2 (A-B), 2-3 (B). Ends: A 3, B 3 of 6: a = 1/2 each.
    assertThat(m.links()).isEqualTo(3);
    assertThat(m.linksWithin()).isEqualTo(2);
    assertThat(m.unknownLinks()).isEqualTo(1);
    assertThat(m.withinShare()).isCloseTo(2.0 / 3, within(1e-15));
    assertThat(m.expectedWithinShare()).isCloseTo(0.5, within(1e-15));
    // r = (2/3 - 1/2) / (1 - 1/2) = 1/3; the weight 5 on 1-2 does not count.
    assertThat(m.assortativity()).isCloseTo(1.0 / 3, within(1e-15));
    assertThat(m.units())
        .containsExactly(
            new UnitMixing("A", 2, 1, 3, 1.0 / 3, 0.25),
            new UnitMixing("B", 2, 1, 3, 1.0 / 3, 0.25));
  }

  @Test
  void partnershipsOnlyAcrossUnitsArePerfectlyDisassortative() {
    CompactGraph square =
        CompactGraph.fromEdges(
            4,
            List.of(new int[] {0, 1}, new int[] {1, 2}, new int[] {2, 3}, new int[] {3, 0}),
            null);

    RegionalMixing m = RegionalMixing.of(square, List.of("A", "B", "A", "B"));

    assertThat(m.withinShare()).isZero();
    assertThat(m.assortativity()).isCloseTo(-1.0, within(1e-15));
  }

  @Test
  void assortativityIsUndefinedWhenEveryCityIsInOneUnit() {
    RegionalMixing m = RegionalMixing.of(PATH, List.of("A", "A", "A", "A", "A"));

    assertThat(m.withinShare()).isEqualTo(1.0);
    assertThat(m.expectedWithinShare()).isEqualTo(1.0);
    assertThat(m.assortativity()).isNaN();
  }

  @Test
  void everythingIsUndefinedWithoutKnownLinks() {
    RegionalMixing m = RegionalMixing.of(PATH, List.of("", "", "", "", ""));

    assertThat(m.links()).isZero();
    assertThat(m.unknownLinks()).isEqualTo(4);
    assertThat(m.withinShare()).isNaN();
    assertThat(m.assortativity()).isNaN();
    assertThat(m.units()).isEmpty();
  }

  @Test
  void rejectsAUnitListOfTheWrongLength() {
    assertThatThrownBy(() -> RegionalMixing.of(PATH, List.of("A")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 units given for 5 cities");
  }
}
