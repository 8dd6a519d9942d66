package org.citynet.analysis.regions;

import java.util.List;

/**
 * How the chance of a partnership falls with distance: partnerships and city pairs per distance
 * band, and a power law fitted to their ratio. Made by {@link DistanceDecay}.
 *
 * @param bins the distance bands, nearest first; the first is {@code [0, minKm)}
 * @param exactPairs whether the city pairs were counted exactly (else estimated from a sample)
 * @param sampledPairs pairs drawn for the estimate; 0 when counted exactly
 * @param fit the power law {@code P(d) ∝ d^exponent} fitted to the bands
 */
public record DistanceProfile(
    List<Bin> bins, boolean exactPairs, long sampledPairs, PowerLawFit fit) {
  public DistanceProfile {
    bins = List.copyOf(bins);
  }

  /**
   * One distance band.
   *
   * @param lowerKm inclusive lower bound, km
   * @param upperKm exclusive upper bound, km (the last band ends at half the sphere's circumference
   *     and includes it)
   * @param links partnerships whose cities are this far apart
   * @param pairs city pairs this far apart (an estimate when sampled)
   * @param pairsStandardError standard error of {@code pairs}: 0 when counted exactly, else the
   *     binomial error of the sampled share, {@code N sqrt(p (1 - p) / s)} for N pairs in all, s
   *     sampled and a share p of them in this band
   */
  public record Bin(
      double lowerKm, double upperKm, long links, double pairs, double pairsStandardError) {
    /** Partnerships per city pair in the band; NaN when the band has no pairs. */
    public double linkProbability() {
      return pairs == 0 ? Double.NaN : links / pairs;
    }

    /** The band's geometric centre, where the fit places it on the distance axis. */
    public double centreKm() {
      return Math.sqrt(lowerKm * upperKm);
    }
  }

  /**
   * A least-squares line through {@code (log10 centreKm, log10 linkProbability)} of every band with
   * at least one partnership, the first band {@code [0, minKm)} excepted (it has no geometric
   * centre).
   *
   * @param exponent the slope: partnerships per pair scale as distance^exponent (negative when they
   *     thin out with distance); NaN with fewer than 2 bands
   * @param standardError the slope's standard error, {@code sqrt(SSE / (k - 2) / Sxx)}; NaN with
   *     fewer than 3 bands
   * @param lower95 lower end of the 95% confidence interval, {@code exponent - t(0.975, k-2)
   *     standardError}; NaN with fewer than 3 bands
   * @param upper95 upper end of the same interval
   * @param intercept log10 of the fitted partnerships per pair at 1 km
   * @param rSquared share of the variance of log10 probability explained by the line
   * @param bins k, the bands fitted
   */
  public record PowerLawFit(
      double exponent,
      double standardError,
      double lower95,
      double upper95,
      double intercept,
      double rSquared,
      int bins) {}
}
