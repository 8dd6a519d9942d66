package org.citynet.export.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class CircleScaleTest {
  @Test
  void makesAreaProportionalToValueAboveTheFloor() {
    CircleScale s = CircleScale.of(0.8, 100);
    assertThat(s.radius(0.8)).isEqualTo(s.maxRadius());
    double a = Math.pow(s.radius(0.4), 2);
    double b = Math.pow(s.radius(0.1), 2);
    assertThat(a / b).isCloseTo(4, within(1e-9));
  }

  @Test
  void keepsZeroAndTinyValuesVisibleAtTheFloor() {
    CircleScale s = CircleScale.of(1, 100);
    assertThat(s.radius(0)).isEqualTo(s.minRadius()).isPositive();
    assertThat(s.radius(1e-9)).isEqualTo(s.minRadius());
    assertThat(CircleScale.of(0, 100).radius(0)).isEqualTo(s.minRadius());
  }

  @Test
  void shrinksCirclesOnCrowdedMapsWithinLimits() {
    CircleScale few = CircleScale.of(1, 500);
    CircleScale many = CircleScale.of(1, 17_000);
    assertThat(few.maxRadius()).isEqualTo(9);
    assertThat(many.maxRadius()).isLessThan(few.maxRadius()).isGreaterThanOrEqualTo(5);
    assertThat(many.minRadius()).isLessThan(few.minRadius()).isGreaterThanOrEqualTo(0.6);
  }

  @Test
  void roundsLegendValuesDownToOneTwoFiveSteps() {
    assertThat(CircleScale.roundDown(0.37)).isCloseTo(0.2, within(1e-12));
    assertThat(CircleScale.roundDown(7)).isCloseTo(5, within(1e-12));
    assertThat(CircleScale.roundDown(73)).isCloseTo(50, within(1e-12));
    assertThat(CircleScale.roundDown(1)).isCloseTo(1, within(1e-12));
    assertThat(CircleScale.of(73, 100).legendValues()).containsExactly(50.0, 10.0, 2.0);
    // 0.02 of 1.99 would be drawn at the floor, like a zero, so the legend stops at 0.2
    assertThat(CircleScale.of(1.99, 100).legendValues()).containsExactly(1.0, 0.2);
    assertThat(CircleScale.of(0, 100).legendValues()).isEmpty();
  }

  @Test
  void formatsLegendValuesCompactly() {
    assertThat(MapLegend.format(0.05)).isEqualTo("0.05");
    assertThat(MapLegend.format(2.0)).isEqualTo("2");
    assertThat(MapLegend.format(0.00123456)).isEqualTo("0.00123");
    assertThat(MapLegend.format(5000)).isEqualTo("5,000");
  }
}
