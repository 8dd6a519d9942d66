package org.citynet.analysis.backbone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class DisparityFilterTest {
  /**
   * Links 0–1 (3), 0–2 (1), 0–3 (1), 1–2 (1). City 0: k 3, s 5; city 1: k 2, s 4; city 2: k 2, s 2;
   * city 3: k 1, s 1.
   */
  static final List<int[]> ENDS =
      List.of(new int[] {0, 1}, new int[] {0, 2}, new int[] {0, 3}, new int[] {1, 2});

  static final double[] WEIGHTS = {3, 1, 1, 1};

  @Test
  void takesTheSmallerOfTheTwoEndsAlphaByHand() {
    double[] p = DisparityFilter.pValues(4, ENDS, WEIGHTS);
    // 0–1: (1 − 3/5)² = 0.16 from city 0, (1 − 3/4)¹ = 0.25 from city 1.
    assertThat(p[0]).isCloseTo(0.16, within(1e-12));
    // 0–2: 0.64 from city 0, (1 − 1/2)¹ = 0.5 from city 2.
    assertThat(p[1]).isCloseTo(0.5, within(1e-12));
    // 0–3: 0.64 from city 0; city 3 has one link, so its α is 1.
    assertThat(p[2]).isCloseTo(0.64, within(1e-12));
    // 1–2: (1 − 1/4)¹ = 0.75 from city 1, 0.5 from city 2.
    assertThat(p[3]).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void aLinkWhoseCitiesHaveNoOtherLinkIsNoEvidence() {
    assertThat(DisparityFilter.pValues(2, List.of(new int[] {0, 1}), new double[] {7}))
        .containsExactly(1.0);
  }

  @Test
  void equalWeightsGiveNoLinkBelowTheUniformShare() {
    // A star of 5 equal links: (1 − 1/5)⁴ = 0.4096 at the centre, 1 at each leaf.
    List<int[]> star =
        List.of(
            new int[] {0, 1},
            new int[] {0, 2},
            new int[] {0, 3},
            new int[] {0, 4},
            new int[] {0, 5});
    for (double p : DisparityFilter.pValues(6, star, new double[] {1, 1, 1, 1, 1})) {
      assertThat(p).isCloseTo(0.4096, within(1e-12));
    }
  }

  @Test
  void aCityOfStrengthZeroGivesAlphaOne() {
    double[] p =
        DisparityFilter.pValues(
            3, List.of(new int[] {0, 1}, new int[] {0, 2}), new double[] {0, 0});
    assertThat(p).containsExactly(1.0, 1.0);
  }

  @Test
  void rejectsNegativeWeights() {
    assertThatThrownBy(
            () -> DisparityFilter.pValues(2, List.of(new int[] {0, 1}), new double[] {-1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("weight -1.0");
  }
}
