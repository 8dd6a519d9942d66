package org.citynet.model;

import java.util.Objects;
import java.util.Optional;

/**
 * Whole-network figures shown on the workbook's Overview and in the run summary.
 *
 * @param cities number of cities (nodes), isolated ones included
 * @param links number of partnerships (merged edges)
 * @param linkRows number of input link rows that became part of an edge
 * @param components number of connected components
 * @param largestComponentShare share of cities in the largest component
 * @param density links / (n(n-1)/2)
 * @param meanDegree 2 links / n
 * @param degreeAssortativity Newman's degree assortativity of the unweighted graph (Phys. Rev.
 *     Lett. 89, 208701, 2002): positive when cities with many partners partner with each other; NaN
 *     without links or when every linked city has the same number of partners
 * @param clusters number of Leiden clusters
 * @param modularity Newman-Girvan weighted modularity of the clustering (at the run's resolution
 *     when it maximised modularity, at resolution 1 when it maximised CPM)
 * @param quality the function the clustering maximised
 * @param qualityScore that function's value for the clustering: modularity, or the CPM quality in
 *     link-weight units
 * @param stability how much the clustering's random starts agreed
 * @param spatialClusters number of clusters under the gravity null model; 0 when not computed
 * @param spatialModularity modularity under the gravity null model (Expert et al. 2011) of those
 *     clusters; NaN when not computed
 * @param partitionNmi normalised mutual information between the Leiden clusters and the gravity
 *     clusters: 1 when geography explains none of the grouping; NaN when not computed
 * @param betweennessMethod how betweenness, closeness and harmonic were computed
 * @param backbone what {@code --backbone} kept, when it was asked for
 * @param zeroLengthLinks the links of 0 km between different cities (geocoding errors)
 */
public record NetworkSummary(
    int cities,
    int links,
    int linkRows,
    int components,
    double largestComponentShare,
    double density,
    double meanDegree,
    double degreeAssortativity,
    int clusters,
    double modularity,
    AnalysisSettings.Quality quality,
    double qualityScore,
    ClusterStability stability,
    int spatialClusters,
    double spatialModularity,
    double partitionNmi,
    BetweennessMethod betweennessMethod,
    Optional<Backbone> backbone,
    ZeroLengthLinks zeroLengthLinks) {

  public NetworkSummary {
    Objects.requireNonNull(quality, "quality");
    Objects.requireNonNull(stability, "stability");
    Objects.requireNonNull(betweennessMethod, "betweennessMethod");
    Objects.requireNonNull(backbone, "backbone");
    Objects.requireNonNull(zeroLengthLinks, "zeroLengthLinks");
  }

  /** Whether the clusters under the gravity null model were computed. */
  public boolean hasSpatialClusters() {
    return spatialClusters > 0;
  }
}
