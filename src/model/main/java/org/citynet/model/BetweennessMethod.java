package org.citynet.model;

import java.util.Locale;
import org.citynet.model.AnalysisSettings.Betweenness;

/**
 * How betweenness (and with it closeness and harmonic centrality) was actually computed in a run,
 * after {@code --betweenness auto} chose: shown in every output next to the settings.
 *
 * @param mode {@link Betweenness#EXACT} (Brandes) or {@link Betweenness#APPROX}
 *     (Riondato-Kornaropoulos sampling); never {@code AUTO}, which is resolved before
 * @param epsilon largest absolute error of the estimates; 0 when exact
 * @param delta probability that some estimate misses {@code epsilon}; 0 when exact
 * @param samples shortest paths sampled; 0 when exact
 * @param closeness whether closeness and harmonic centrality were computed (always exactly); false
 *     when sampling was chosen because the network is too large for one search per city, and they
 *     are then left blank (NaN)
 */
public record BetweennessMethod(
    Betweenness mode, double epsilon, double delta, long samples, boolean closeness) {
  public BetweennessMethod {
    if (mode != Betweenness.EXACT && mode != Betweenness.APPROX) {
      throw new IllegalArgumentException("mode must be exact or approx: " + mode);
    }
  }

  /** Exact betweenness, closeness and harmonic centrality. */
  public static BetweennessMethod exact() {
    return new BetweennessMethod(Betweenness.EXACT, 0, 0, 0, true);
  }

  /** Sampled betweenness from {@code samples} shortest paths. */
  public static BetweennessMethod sampled(
      double epsilon, double delta, long samples, boolean closeness) {
    return new BetweennessMethod(Betweenness.APPROX, epsilon, delta, samples, closeness);
  }

  /** One line for readers: what was computed and how accurate it is. */
  public String describe() {
    if (mode == Betweenness.EXACT) {
      return "exact (Brandes' algorithm); closeness and harmonic exact";
    }
    return String.format(
        Locale.ROOT,
        "approx: %,d shortest paths sampled (Riondato-Kornaropoulos), every betweenness within"
            + " ±%s of the exact value with probability ≥ %s; closeness and harmonic %s",
        samples,
        epsilon,
        1 - delta,
        closeness ? "exact" : "not computed (too large a network; left blank)");
  }
}
