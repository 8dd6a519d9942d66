package org.citynet.analysis.regions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DistanceBandsTest {
  private final DistanceBands bands = new DistanceBands(new double[] {10, 100, 1000, 20015});

  @Test
  void putsACosineEqualToAnEdgeInTheFartherBand() {
    for (int k = 0; k < bands.count() - 1; k++) {
      double edge = bands.cosUpper(k);
      assertThat(bands.of(Math.nextUp(edge))).isEqualTo(k);
      assertThat(bands.of(edge)).isEqualTo(k + 1);
      assertThat(bands.of(Math.nextDown(edge))).isEqualTo(k + 1);
    }
  }

  @Test
  void givesTheEdgeCosinesOfTheDistances() {
    assertThat(bands.cosUpper(1)).isEqualTo(Math.cos(100 / DistanceDecay.AUTHALIC_RADIUS_KM));
  }

  @Test
  void isMonotoneInTheCosineIncludingJustOutsideMinusOneToOne() {
    int previous = bands.count() - 1;
    for (double cos = -1.000001; cos <= 1.000001; cos += 1e-6) {
      int band = bands.of(cos);
      assertThat(band).isBetween(0, previous);
      previous = band;
    }
    assertThat(bands.of(1 + 1e-12)).isZero();
    assertThat(bands.of(-1 - 1e-12)).isEqualTo(bands.count() - 1);
  }
}
