package org.citynet.analysis.regions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class StudentTTest {
  @Test
  void matchesTheClosedFormsForOneAndTwoDegreesOfFreedom() {
    for (double p : new double[] {0.6, 0.9, 0.975, 0.995}) {
      // ν = 1 is the Cauchy distribution; ν = 2 has t = (2p - 1) / sqrt(2 p (1 - p)).
      assertThat(StudentT.quantile(p, 1))
          .as("p=%s", p)
          .isCloseTo(Math.tan(Math.PI * (p - 0.5)), within(1e-9));
      assertThat(StudentT.quantile(p, 2))
          .as("p=%s", p)
          .isCloseTo((2 * p - 1) / Math.sqrt(2 * p * (1 - p)), within(1e-12));
    }
  }

  @Test
  void matchesPublishedTableValues() {
    // Two-sided 95% critical values, e.g. NIST/SEMATECH e-Handbook, table 1.3.6.7.2.
    assertThat(StudentT.quantile(0.975, 5)).isCloseTo(2.571, within(5e-4));
    assertThat(StudentT.quantile(0.975, 10)).isCloseTo(2.228, within(5e-4));
    assertThat(StudentT.quantile(0.975, 30)).isCloseTo(2.042, within(5e-4));
    // Large ν tends to the normal quantile 1.959964.
    assertThat(StudentT.quantile(0.975, 1e7)).isCloseTo(1.959964, within(1e-5));
  }

  @Test
  void isSymmetric() {
    assertThat(StudentT.quantile(0.025, 7)).isEqualTo(-StudentT.quantile(0.975, 7));
    assertThat(StudentT.quantile(0.5, 7)).isZero();
  }

  @Test
  void rejectsProbabilitiesOutsideTheOpenInterval() {
    assertThatThrownBy(() -> StudentT.quantile(1, 3)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StudentT.quantile(0.5, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
