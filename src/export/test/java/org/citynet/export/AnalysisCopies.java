package org.citynet.export;

import java.util.List;
import org.citynet.model.CityMetrics;
import org.citynet.model.Cluster;
import org.citynet.model.LinkMetrics;
import org.citynet.model.NetworkAnalysis;
import org.citynet.model.NetworkSummary;
import org.citynet.model.RegionMatrix;
import org.citynet.model.RunInfo;
import org.citynet.model.Significance;

/** Copies of an analysis with one part replaced, for writer tests that vary that part alone. */
public final class AnalysisCopies {
  private AnalysisCopies() {}

  /** {@code a} with another run (name, provenance, settings). */
  public static NetworkAnalysis withRun(NetworkAnalysis a, RunInfo run) {
    return copy(
        a,
        run,
        a.summary(),
        a.cities(),
        a.cityExtraColumns(),
        a.links(),
        a.clusters(),
        a.regionMatrix(),
        a.significance());
  }

  /** {@code a} with other whole-network figures. */
  public static NetworkAnalysis withSummary(NetworkAnalysis a, NetworkSummary summary) {
    return copy(
        a,
        a.run(),
        summary,
        a.cities(),
        a.cityExtraColumns(),
        a.links(),
        a.clusters(),
        a.regionMatrix(),
        a.significance());
  }

  /** {@code a} with other cities. */
  public static NetworkAnalysis withCities(NetworkAnalysis a, List<CityMetrics> cities) {
    return copy(
        a,
        a.run(),
        a.summary(),
        cities,
        a.cityExtraColumns(),
        a.links(),
        a.clusters(),
        a.regionMatrix(),
        a.significance());
  }

  /** {@code a} with other names for the cities' extra input columns. */
  public static NetworkAnalysis withCityExtraColumns(NetworkAnalysis a, List<String> columns) {
    return copy(
        a,
        a.run(),
        a.summary(),
        a.cities(),
        columns,
        a.links(),
        a.clusters(),
        a.regionMatrix(),
        a.significance());
  }

  /** {@code a} with other links. */
  public static NetworkAnalysis withLinks(NetworkAnalysis a, List<LinkMetrics> links) {
    return copy(
        a,
        a.run(),
        a.summary(),
        a.cities(),
        a.cityExtraColumns(),
        links,
        a.clusters(),
        a.regionMatrix(),
        a.significance());
  }

  /** {@code a} with other clusters. */
  public static NetworkAnalysis withClusters(NetworkAnalysis a, List<Cluster> clusters) {
    return copy(
        a,
        a.run(),
        a.summary(),
        a.cities(),
        a.cityExtraColumns(),
        a.links(),
        clusters,
        a.regionMatrix(),
        a.significance());
  }

  /** {@code a} with another region matrix. */
  public static NetworkAnalysis withRegionMatrix(NetworkAnalysis a, RegionMatrix matrix) {
    return copy(
        a,
        a.run(),
        a.summary(),
        a.cities(),
        a.cityExtraColumns(),
        a.links(),
        a.clusters(),
        matrix,
        a.significance());
  }

  /** {@code a} with other significance tests. */
  public static NetworkAnalysis withSignificance(NetworkAnalysis a, Significance significance) {
    return copy(
        a,
        a.run(),
        a.summary(),
        a.cities(),
        a.cityExtraColumns(),
        a.links(),
        a.clusters(),
        a.regionMatrix(),
        significance);
  }

  private static NetworkAnalysis copy(
      NetworkAnalysis a,
      RunInfo run,
      NetworkSummary summary,
      List<CityMetrics> cities,
      List<String> cityExtraColumns,
      List<LinkMetrics> links,
      List<Cluster> clusters,
      RegionMatrix regionMatrix,
      Significance significance) {
    return new NetworkAnalysis(
        run,
        summary,
        cities,
        cityExtraColumns,
        links,
        clusters,
        regionMatrix,
        a.regionalMixing(),
        a.distanceDecay(),
        significance,
        a.time());
  }
}
