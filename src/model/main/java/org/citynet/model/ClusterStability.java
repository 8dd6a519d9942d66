package org.citynet.model;

/**
 * How alike the partitions of the clustering's independent random starts are; values near 1 say the
 * clusters are reproducible, low values that memberships should be read with care.
 *
 * @param starts number of random starts compared
 * @param meanAdjustedRandIndex mean adjusted Rand index (Hubert and Arabie 1985) over all pairs of
 *     starts; NaN for one start
 * @param minAdjustedRandIndex the lowest pairwise adjusted Rand index; NaN for one start
 * @param meanNormalizedMutualInformation mean normalised mutual information (arithmetic
 *     normalisation) over all pairs of starts; NaN for one start
 */
public record ClusterStability(
    int starts,
    double meanAdjustedRandIndex,
    double minAdjustedRandIndex,
    double meanNormalizedMutualInformation) {}
