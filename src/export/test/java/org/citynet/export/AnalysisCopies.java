package org.citynet.export;

import java.util.List;
import java.util.function.Consumer;
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
    return copy(a, parts -> parts.run = run);
  }

  /** {@code a} with other whole-network figures. */
  public static NetworkAnalysis withSummary(NetworkAnalysis a, NetworkSummary summary) {
    return copy(a, parts -> parts.summary = summary);
  }

  /** {@code a} with other cities. */
  public static NetworkAnalysis withCities(NetworkAnalysis a, List<CityMetrics> cities) {
    return copy(a, parts -> parts.cities = cities);
  }

  /** {@code a} with other names for the cities' extra input columns. */
  public static NetworkAnalysis withCityExtraColumns(NetworkAnalysis a, List<String> columns) {
    return copy(a, parts -> parts.cityExtraColumns = columns);
  }

  /** {@code a} with other links. */
  public static NetworkAnalysis withLinks(NetworkAnalysis a, List<LinkMetrics> links) {
    return copy(a, parts -> parts.links = links);
  }

  /** {@code a} with other clusters. */
  public static NetworkAnalysis withClusters(NetworkAnalysis a, List<Cluster> clusters) {
    return copy(a, parts -> parts.clusters = clusters);
  }

  /** {@code a} with another region matrix. */
  public static NetworkAnalysis withRegionMatrix(NetworkAnalysis a, RegionMatrix matrix) {
    return copy(a, parts -> parts.regionMatrix = matrix);
  }

  /** {@code a} with other significance tests. */
  public static NetworkAnalysis withSignificance(NetworkAnalysis a, Significance significance) {
    return copy(a, parts -> parts.significance = significance);
  }

  /** The parts a copy may replace, first those of the analysis copied. */
  private static final class Parts {
    RunInfo run;
    NetworkSummary summary;
    List<CityMetrics> cities;
    List<String> cityExtraColumns;
    List<LinkMetrics> links;
    List<Cluster> clusters;
    RegionMatrix regionMatrix;
    Significance significance;

    Parts(NetworkAnalysis a) {
      run = a.run();
      summary = a.summary();
      cities = a.cities();
      cityExtraColumns = a.cityExtraColumns();
      links = a.links();
      clusters = a.clusters();
      regionMatrix = a.regionMatrix();
      significance = a.significance();
    }
  }

  private static NetworkAnalysis copy(NetworkAnalysis a, Consumer<Parts> change) {
    Parts p = new Parts(a);
    change.accept(p);
    return new NetworkAnalysis(
        p.run,
        p.summary,
        p.cities,
        p.cityExtraColumns,
        p.links,
        p.clusters,
        p.regionMatrix,
        a.regionalMixing(),
        a.distanceDecay(),
        p.significance,
        a.time());
  }
}
