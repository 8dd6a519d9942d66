package org.citynet.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SignificanceSettingsTest {
  private static final SignificanceSettings AUTO = SignificanceSettings.defaults();

  @Test
  void autoDrawsFullCountsOnSmallNetworks() {
    // 500 links, 10 starts: 0.125 s a null network, 32 fit in 4 s; 200 x 500: 0.0014 s a resample
    assertThat(AUTO.nullNetworksFor(500, 10)).isEqualTo(20);
    assertThat(AUTO.resamplesFor(200, 500)).isEqualTo(100);
    assertThat(AUTO.permutations()).isEqualTo(1_000);
  }

  @Test
  void autoDrawsWhatTheBudgetBuysOnTheDefaultNetwork() {
    // 2.5e-5 x 10 x 2,973 = 0.743 s: 5 in 4 s; 1.4e-8 x 1,099 x 2,973 = 0.0457 s: 21 in 1 s
    assertThat(AUTO.nullNetworksFor(2_973, 10)).isEqualTo(5);
    assertThat(AUTO.resamplesFor(1_099, 2_973)).isEqualTo(21);
  }

  @Test
  void autoDrawsTheMinimumWhereTheBudgetBuysJustThat() {
    // 5,000 links at 10 starts: 1.25 s a null network, 3 in 4 s; 2,000 x 3,500: 0.098 s a
    // resample, 10 in 1 s
    assertThat(AUTO.nullNetworksFor(5_000, 10))
        .isEqualTo(SignificanceSettings.MIN_AUTO_NULL_NETWORKS)
        .isEqualTo(3);
    assertThat(AUTO.resamplesFor(2_000, 3_500))
        .isEqualTo(SignificanceSettings.MIN_AUTO_RESAMPLES)
        .isEqualTo(10);
    // fewer starts make a null network cheaper: on 10,000 links 2 starts cost 0.5 s (8 in 4 s)
    assertThat(AUTO.nullNetworksFor(10_000, 2)).isEqualTo(8);
  }

  @Test
  void autoDrawsNoneWhereTheBudgetDoesNotBuyTheMinimum() {
    // the world network: 6.2 s a null network and 5.9 s a resample, over the 4 s and 1 s budgets
    assertThat(AUTO.nullNetworksFor(24_771, 10)).isZero();
    assertThat(AUTO.resamplesFor(17_155, 24_771)).isZero();
    // at the edge: 3 null networks of 4/3 s each fit in 4 s, a few links more do not
    assertThat(AUTO.nullNetworksFor(5_333, 10)).isEqualTo(3);
    assertThat(AUTO.nullNetworksFor(5_400, 10)).isZero();
    assertThat(AUTO.resamplesFor(2_000, 3_600)).isZero();
    // a million cities and five million links
    assertThat(AUTO.nullNetworksFor(5_000_000, 2)).isZero();
    assertThat(AUTO.resamplesFor(1_000_000, 5_000_000)).isZero();
  }

  @Test
  void saysWhenAutoDrewFewerThanItsMost() {
    assertThat(SignificanceSettings.limitedByAuto(SignificanceSettings.AUTO, 3, 20)).isTrue();
    assertThat(SignificanceSettings.limitedByAuto(SignificanceSettings.AUTO, 0, 20)).isTrue();
    assertThat(SignificanceSettings.limitedByAuto(SignificanceSettings.AUTO, 20, 20)).isFalse();
    assertThat(SignificanceSettings.limitedByAuto(3, 3, 20)).isFalse();
  }

  @Test
  void explicitCountsAreKeptWhateverTheSize() {
    SignificanceSettings asked = new SignificanceSettings(10, 3, 7);

    assertThat(asked.nullNetworksFor(5_000_000, 10)).isEqualTo(3);
    assertThat(asked.resamplesFor(1_000_000, 5_000_000)).isEqualTo(7);
  }

  @Test
  void refusesNegativeCounts() {
    assertThatThrownBy(() -> new SignificanceSettings(-2, 0, 0))
        .hasMessageContaining("permutations must be >= 0");
  }
}
