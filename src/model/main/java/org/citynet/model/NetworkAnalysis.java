package org.citynet.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything the analysis found, handed to the writers.
 *
 * @param run provenance of the run
 * @param summary whole-network figures
 * @param cities every city with its measures, in input order
 * @param cityExtraColumns names of the extra input columns carried by each city
 * @param links every partnership with its geography, in order of first appearance
 * @param clusters the clusters, by id
 * @param regionMatrix link counts between M49 regions
 * @param regionalMixing partnerships within one unit against expectation, for region, subregion and
 *     country in this order
 * @param distanceDecay partnerships per city pair by distance, with the fitted power law
 * @param significance the tests of the headline figures
 * @param time the snapshots per period and the cluster events, {@link TimeAnalysis#NONE} when the
 *     input has no years
 */
public record NetworkAnalysis(
    RunInfo run,
    NetworkSummary summary,
    List<CityMetrics> cities,
    List<String> cityExtraColumns,
    List<LinkMetrics> links,
    List<Cluster> clusters,
    RegionMatrix regionMatrix,
    List<RegionalMixingSummary> regionalMixing,
    DistanceDecayCurve distanceDecay,
    Significance significance,
    TimeAnalysis time) {
  public NetworkAnalysis {
    cities = List.copyOf(cities);
    cityExtraColumns = List.copyOf(cityExtraColumns);
    links = List.copyOf(links);
    clusters = List.copyOf(clusters);
    regionalMixing = List.copyOf(regionalMixing);
    Objects.requireNonNull(distanceDecay, "distanceDecay");
    Objects.requireNonNull(significance, "significance");
    Objects.requireNonNull(time, "time");
  }

  /** The analysis of a network without years, with its significance tests. */
  public NetworkAnalysis(
      RunInfo run,
      NetworkSummary summary,
      List<CityMetrics> cities,
      List<String> cityExtraColumns,
      List<LinkMetrics> links,
      List<Cluster> clusters,
      RegionMatrix regionMatrix,
      List<RegionalMixingSummary> regionalMixing,
      DistanceDecayCurve distanceDecay,
      Significance significance) {
    this(
        run,
        summary,
        cities,
        cityExtraColumns,
        links,
        clusters,
        regionMatrix,
        regionalMixing,
        distanceDecay,
        significance,
        TimeAnalysis.NONE);
  }

  /** This analysis with the network over time. */
  public NetworkAnalysis withTime(TimeAnalysis over) {
    return new NetworkAnalysis(
        run,
        summary,
        cities,
        cityExtraColumns,
        links,
        clusters,
        regionMatrix,
        regionalMixing,
        distanceDecay,
        significance,
        over);
  }
}
