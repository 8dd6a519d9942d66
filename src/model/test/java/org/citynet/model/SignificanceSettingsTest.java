package org.citynet.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SignificanceSettingsTest {
  private static final SignificanceSettings AUTO = SignificanceSettings.defaults();

  @Test
  void autoDrawsFullCountsOnSmallNetworks() {
    assertThat(AUTO.nullNetworksFor(500)).isEqualTo(20);
    assertThat(AUTO.resamplesFor(200, 500)).isEqualTo(100);
    assertThat(AUTO.permutations()).isEqualTo(1_000);
  }

  @Test
  void autoDrawsFewerOnTheDefaultNetworkAndNoneOnTheWorld() {
    assertThat(AUTO.nullNetworksFor(2_973)).isEqualTo(5);
    assertThat(AUTO.resamplesFor(1_099, 2_973)).isEqualTo(20);
    assertThat(AUTO.nullNetworksFor(24_771)).isZero();
    assertThat(AUTO.resamplesFor(17_155, 24_771)).isZero();
  }

  @Test
  void explicitCountsAreKeptWhateverTheSize() {
    SignificanceSettings asked = new SignificanceSettings(10, 3, 7);

    assertThat(asked.nullNetworksFor(5_000_000)).isEqualTo(3);
    assertThat(asked.resamplesFor(1_000_000, 5_000_000)).isEqualTo(7);
  }

  @Test
  void refusesNegativeCounts() {
    assertThatThrownBy(() -> new SignificanceSettings(-2, 0, 0))
        .hasMessageContaining("permutations must be >= 0");
  }
}
