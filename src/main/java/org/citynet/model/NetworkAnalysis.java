package org.citynet.model;

import java.util.List;

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
 */
public record NetworkAnalysis(
    RunInfo run,
    NetworkSummary summary,
    List<CityMetrics> cities,
    List<String> cityExtraColumns,
    List<LinkMetrics> links,
    List<Cluster> clusters,
    RegionMatrix regionMatrix) {
  public NetworkAnalysis {
    cities = List.copyOf(cities);
    cityExtraColumns = List.copyOf(cityExtraColumns);
    links = List.copyOf(links);
    clusters = List.copyOf(clusters);
  }
}
