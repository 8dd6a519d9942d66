package org.citynet.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
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
}
