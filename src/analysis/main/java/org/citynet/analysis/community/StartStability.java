package org.citynet.analysis.community;

import java.util.List;

/**
 * How alike the partitions of independent random starts are: a partition worth reporting should not
 * change much from one start to the next.
 *
 * <p>Both means run over all {@code starts · (starts - 1) / 2} pairs of starts (the best start
 * included), with the measures of {@link PartitionSimilarity}. Values near 1 say the clustering is
 * reproducible; low values say the graph has several quite different partitions of near-equal
 * quality, and that individual cluster memberships should be read with care.
 *
 * @param starts number of random starts compared
 * @param meanAdjustedRandIndex mean adjusted Rand index over pairs of starts; NaN for one start
 * @param minAdjustedRandIndex the lowest pairwise adjusted Rand index; NaN for one start
 * @param meanNormalizedMutualInformation mean NMI (arithmetic normalisation) over pairs of starts;
 *     NaN for one start
 */
public record StartStability(
    int starts,
    double meanAdjustedRandIndex,
    double minAdjustedRandIndex,
    double meanNormalizedMutualInformation) {

  /** Compares every pair of the starts' partitions, each given as a cluster id per vertex. */
  public static StartStability of(List<int[]> partitions) {
    int k = partitions.size();
    if (k < 2) {
      return new StartStability(k, Double.NaN, Double.NaN, Double.NaN);
    }
    double ariSum = 0;
    double ariMin = Double.POSITIVE_INFINITY;
    double nmiSum = 0;
    for (int i = 0; i < k; i++) {
      for (int j = i + 1; j < k; j++) {
        double ari = PartitionSimilarity.adjustedRandIndex(partitions.get(i), partitions.get(j));
        ariSum += ari;
        ariMin = Math.min(ariMin, ari);
        nmiSum +=
            PartitionSimilarity.normalizedMutualInformation(partitions.get(i), partitions.get(j));
      }
    }
    double pairs = k * (k - 1) / 2.0;
    return new StartStability(k, ariSum / pairs, ariMin, nmiSum / pairs);
  }
}
