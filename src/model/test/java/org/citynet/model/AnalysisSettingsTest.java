package org.citynet.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class AnalysisSettingsTest {
  @Test
  void autoStartsRunTenUpToAMillionLinksAndTwoBeyond() {
    AnalysisSettings auto = AnalysisSettings.defaults();

    assertThat(auto.starts()).isEqualTo(AnalysisSettings.AUTO_STARTS);
    assertThat(auto.startsFor(24_771)).isEqualTo(10);
    assertThat(auto.startsFor(1_000_000)).isEqualTo(10);
    assertThat(auto.startsFor(1_000_001)).isEqualTo(2);
    assertThat(auto.asOptions()).containsEntry("starts", "auto");
  }

  @Test
  void givenStartsAreKeptWhateverTheSize() {
    AnalysisSettings three = withStarts(3);

    assertThat(three.startsFor(10)).isEqualTo(3);
    assertThat(three.startsFor(5_000_000)).isEqualTo(3);
    assertThat(three.asOptions()).containsEntry("starts", "3");
  }

  @Test
  void refusesNegativeStarts() {
    assertThatThrownBy(() -> withStarts(-1)).hasMessageContaining("starts must be >= 1");
  }

  private static AnalysisSettings withStarts(int starts) {
    AnalysisSettings d = AnalysisSettings.defaults();
    return new AnalysisSettings(
        d.quality(),
        d.resolution(),
        starts,
        d.seed(),
        d.nullModel(),
        d.importance(),
        d.pathLength(),
        d.betweenness(),
        d.epsilon(),
        d.delta(),
        java.util.OptionalDouble.empty(),
        d.significance());
  }
}
