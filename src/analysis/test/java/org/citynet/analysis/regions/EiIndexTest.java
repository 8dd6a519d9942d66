package org.citynet.analysis.regions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.citynet.graph.CompactGraph;
import org.junit.jupiter.api.Test;

class EiIndexTest {
  /** Star around 0 (unit A) with partners 1 (A), 2 (B), 3 (C), 4 (unknown); and 5 (B) alone. */
  private static final CompactGraph STAR =
      CompactGraph.fromEdges(
          6, List.of(new int[] {0, 1}, new int[] {0, 2}, new int[] {0, 3}, new int[] {0, 4}), null);

  private static final List<String> UNITS = List.of("A", "A", "B", "C", "", "B");

  @Test
  void countsEachCitysPartnersInOtherAndOwnUnits() {
    List<EiIndex> ei = EiIndex.perCity(STAR, UNITS);

    // Centre: 2 partners elsewhere, 1 at home, the unknown one not counted: (2 - 1) / 3.
    assertThat(ei.get(0)).isEqualTo(new EiIndex(2, 1));
    assertThat(ei.get(0).value()).isEqualTo(1.0 / 3);
    assertThat(ei.get(1).value()).isEqualTo(-1.0);
    assertThat(ei.get(2).value()).isEqualTo(1.0);
  }

  @Test
  void isUndefinedWithoutCountablePartners() {
    List<EiIndex> ei = EiIndex.perCity(STAR, UNITS);

    assertThat(ei.get(4)).isEqualTo(new EiIndex(0, 0));
    assertThat(ei.get(4).value()).isNaN();
    assertThat(ei.get(5).value()).isNaN();
  }

  @Test
  void poolsTheMembersOfEachGroup() {
    // Group 0 = {0, 1}: centre (E 2, I 1) + city 1 (E 0, I 1); group 2 = {2, 3}: E 2; group 1
    // empty.
    List<EiIndex> ei = EiIndex.perGroup(STAR, UNITS, new int[] {0, 0, 2, 2, 3, 3});

    assertThat(ei)
        .containsExactly(
            new EiIndex(2, 2), new EiIndex(0, 0), new EiIndex(2, 0), new EiIndex(0, 0));
    assertThat(ei.get(0).value()).isZero();
  }

  @Test
  void rejectsMismatchedInputs() {
    assertThatThrownBy(() -> EiIndex.perGroup(STAR, UNITS, new int[3]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("3 groups given for 6 cities");
    assertThatThrownBy(() -> EiIndex.perGroup(STAR, UNITS, new int[] {0, 0, 0, 0, 0, -1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("negative group id at vertex 5");
  }
}
