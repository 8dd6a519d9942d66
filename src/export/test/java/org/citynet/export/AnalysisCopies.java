package org.citynet.export;

import java.util.List;
import org.citynet.model.CityMetrics;
import org.citynet.model.NetworkAnalysis;
import org.citynet.model.NetworkSummary;
import org.citynet.model.RunInfo;
import org.citynet.model.Significance;

/** Copies of an analysis with one part replaced, for writer tests that vary that part alone. */
public final class AnalysisCopies {
  private AnalysisCopies() {}

  /** {@code a} with another run (name, provenance, settings). */
  public static NetworkAnalysis withRun(NetworkAnalysis a, RunInfo run) {
    return copy(a, run, a.summary(), a.cities(), a.significance());
  }

  /** {@code a} with other whole-network figures. */
  public static NetworkAnalysis withSummary(NetworkAnalysis a, NetworkSummary summary) {
    return copy(a, a.run(), summary, a.cities(), a.significance());
  }

  /** {@code a} with other cities. */
  public static NetworkAnalysis withCities(NetworkAnalysis a, List<CityMetrics> cities) {
    return copy(a, a.run(), a.summary(), cities, a.significance());
  }

  /** {@code a} with other significance tests. */
  public static NetworkAnalysis withSignificance(NetworkAnalysis a, Significance significance) {
    return copy(a, a.run(), a.summary(), a.cities(), significance);
  }

  private static NetworkAnalysis copy(
      NetworkAnalysis a,
      RunInfo run,
      NetworkSummary summary,
      List<CityMetrics> cities,
      Significance significance) {
    return new NetworkAnalysis(
        run,
        summary,
        cities,
        a.cityExtraColumns(),
        a.links(),
        a.clusters(),
        a.regionMatrix(),
        a.regionalMixing(),
        a.distanceDecay(),
        significance,
        a.time());
  }
}
