package org.citynet.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ClusterPaletteTest {
  @Test
  void givesEachOfTheFirstClustersItsOwnColour() {
    Set<Integer> colours = new HashSet<>();
    for (int c = 0; c < ClusterPalette.SIZE; c++) {
      assertThat(ClusterPalette.hasOwnColour(c)).isTrue();
      colours.add(ClusterPalette.rgb(c));
    }
    assertThat(colours).hasSize(ClusterPalette.SIZE).doesNotContain(ClusterPalette.OTHER_RGB);
  }

  @Test
  void sharesGreyAmongClustersBeyondThePalette() {
    assertThat(ClusterPalette.hasOwnColour(ClusterPalette.SIZE)).isFalse();
    assertThat(ClusterPalette.rgb(ClusterPalette.SIZE)).isEqualTo(ClusterPalette.OTHER_RGB);
    assertThat(ClusterPalette.rgb(-1)).isEqualTo(ClusterPalette.OTHER_RGB);
  }

  @Test
  void writesHexAsHashAndSixUpperCaseDigits() {
    assertThat(ClusterPalette.hex(0)).isEqualTo("#332288");
    assertThat(ClusterPalette.hex(42)).isEqualTo("#8C8C8C");
  }

  @Test
  void aTrackedClusterKeepsItsSlotAndANewOneAvoidsTheSlotsOfThePeriodBefore() {
    // period 1: tracked 0 and 1; period 2: 0 goes on, 1 vanished, 2 is new; period 3: 3 is new
    assertThat(ClusterPalette.tracked(List.of(List.of(0, 1, -1), List.of(2, 0), List.of(0, 3, 2))))
        .containsExactly(List.of(0, 1, -1), List.of(2, 0), List.of(0, 1, 2));
  }

  @Test
  void newClustersTakeColoursOfVanishedOnesWhenNoneIsLeftAndThenGrey() {
    List<Integer> first = IntStream.range(0, ClusterPalette.SIZE).boxed().toList();
    List<Integer> second =
        IntStream.range(ClusterPalette.SIZE, 2 * ClusterPalette.SIZE + 1).boxed().toList();
    List<List<Integer>> slots = ClusterPalette.tracked(List.of(first, second));

    assertThat(slots.get(0)).isEqualTo(first);
    assertThat(slots.get(1).subList(0, ClusterPalette.SIZE)).isEqualTo(first);
    assertThat(slots.get(1).get(ClusterPalette.SIZE)).isEqualTo(-1);
  }
}
