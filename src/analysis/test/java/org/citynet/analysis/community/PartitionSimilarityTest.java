package org.citynet.analysis.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PartitionSimilarityTest {
  private static final int[] HALVES = {0, 0, 0, 1, 1, 1};
  private static final int[] THIRDS = {0, 0, 1, 1, 2, 2};

  @Nested
  class AdjustedRandIndex {
    @Test
    void scoresHalvesAgainstThirdsByHand() {
      // Contingency cells 2,1,1,2: 2 pairs together in both; 6 in halves, 3 in thirds, 15 pairs.
      // Expected 6 * 3 / 15 = 1.2, maximum (6 + 3) / 2 = 4.5: ARI = 0.8 / 3.3 = 8/33.
      assertThat(PartitionSimilarity.adjustedRandIndex(HALVES, THIRDS))
          .isCloseTo(8.0 / 33, within(1e-15));
      assertThat(PartitionSimilarity.adjustedRandIndex(THIRDS, HALVES))
          .isCloseTo(8.0 / 33, within(1e-15));
    }

    @Test
    void ignoresTheLabelValues() {
      assertThat(PartitionSimilarity.adjustedRandIndex(HALVES, new int[] {9, 9, 9, -4, -4, -4}))
          .isEqualTo(1.0);
      // small non-negative labels are relabelled through a table, others through a map: the same
      int[] far = {0, 0, 7_000_000, 7_000_000, 3, 3};
      int[] near = {0, 0, 1, 1, 3, 3};
      assertThat(PartitionSimilarity.adjustedRandIndex(HALVES, far))
          .isEqualTo(PartitionSimilarity.adjustedRandIndex(HALVES, near))
          .isNotEqualTo(1.0);
    }

    @Test
    void matchesScikitLearnDocumentationExamples() {
      // From the adjusted_rand_score docstring of scikit-learn.
      int[] ab = {0, 0, 1, 1};
      assertThat(PartitionSimilarity.adjustedRandIndex(ab, new int[] {0, 0, 1, 2}))
          .isCloseTo(4.0 / 7, within(1e-15));
      assertThat(PartitionSimilarity.adjustedRandIndex(ab, new int[] {0, 1, 0, 1}))
          .isCloseTo(-0.5, within(1e-15));
      assertThat(PartitionSimilarity.adjustedRandIndex(new int[4], new int[] {0, 1, 2, 3}))
          .isEqualTo(0.0);
    }

    @Test
    void callsFullAgreementOneEvenWhenChanceCorrectionIsUndefined() {
      assertThat(PartitionSimilarity.adjustedRandIndex(new int[5], new int[5])).isEqualTo(1.0);
      int[] singletons = {0, 1, 2, 3};
      assertThat(PartitionSimilarity.adjustedRandIndex(singletons, singletons)).isEqualTo(1.0);
      assertThat(PartitionSimilarity.adjustedRandIndex(new int[] {3}, new int[] {1}))
          .isEqualTo(1.0);
      assertThat(PartitionSimilarity.adjustedRandIndex(new int[0], new int[0])).isEqualTo(1.0);
    }
  }

  @Nested
  class NormalizedMutualInformation {
    @Test
    void scoresHalvesAgainstThirdsByHand() {
      // MI = 2 (1/3) ln 2 = (2/3) ln 2; entropies ln 2 and ln 3; NMI = (4/3) ln 2 / ln 6.
      double expected = 4.0 / 3 * Math.log(2) / Math.log(6);
      assertThat(PartitionSimilarity.normalizedMutualInformation(HALVES, THIRDS))
          .isCloseTo(expected, within(1e-15));
      assertThat(PartitionSimilarity.normalizedMutualInformation(THIRDS, HALVES))
          .isCloseTo(expected, within(1e-15));
    }

    @Test
    void isOneForRelabelledCopies() {
      assertThat(
              PartitionSimilarity.normalizedMutualInformation(THIRDS, new int[] {5, 5, 3, 3, 0, 0}))
          .isCloseTo(1.0, within(1e-15));
    }

    @Test
    void isZeroForIndependentPartitions() {
      assertThat(
              PartitionSimilarity.normalizedMutualInformation(
                  new int[] {0, 0, 1, 1}, new int[] {0, 1, 0, 1}))
          .isEqualTo(0.0);
      assertThat(
              PartitionSimilarity.normalizedMutualInformation(new int[4], new int[] {0, 1, 2, 3}))
          .isEqualTo(0.0);
    }

    @Test
    void followsScikitLearnForSingleClusterPartitions() {
      assertThat(PartitionSimilarity.normalizedMutualInformation(new int[3], new int[3]))
          .isEqualTo(1.0);
      assertThat(PartitionSimilarity.normalizedMutualInformation(new int[0], new int[0]))
          .isEqualTo(1.0);
    }
  }

  @Test
  void rejectsPartitionsOfDifferentSizes() {
    assertThatThrownBy(() -> PartitionSimilarity.adjustedRandIndex(new int[2], new int[3]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 and 3");
  }
}
