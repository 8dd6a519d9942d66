package org.citynet.model;

import java.util.List;

/**
 * How the chance of a partnership falls with distance: partnerships and city pairs per logarithmic
 * distance band and a power law {@code links / pairs ∝ distance^exponent} fitted across the bands
 * (the binned deterrence function of Expert et al., PNAS 108, 2011).
 *
 * @param bands the distance bands, nearest first
 * @param exactPairs whether every city pair was counted (else a uniform sample estimated the pairs)
 * @param sampledPairs pairs drawn for the estimate; 0 when counted exactly
 * @param exponent the fitted slope on log–log axes; NaN with fewer than 2 fitted bands
 * @param standardError the slope's standard error; NaN with fewer than 3 fitted bands
 * @param lower95 lower end of the slope's 95% confidence interval (Student's t); NaN with fewer
 *     than 3 fitted bands
 * @param upper95 upper end of the same interval
 * @param intercept log10 of the fitted partnerships per pair at 1 km
 * @param rSquared share of the variance of log10(links / pairs) the line explains
 * @param fittedBands bands in the fit: those with a partnership, the first band excepted
 */
public record DistanceDecayCurve(
    List<Band> bands,
    boolean exactPairs,
    long sampledPairs,
    double exponent,
    double standardError,
    double lower95,
    double upper95,
    double intercept,
    double rSquared,
    int fittedBands) {
  public DistanceDecayCurve {
    bands = List.copyOf(bands);
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
  public record Band(
      double lowerKm, double upperKm, long links, double pairs, double pairsStandardError) {
    /** Partnerships per city pair; NaN when the band has no pairs. */
    public double rate() {
      return pairs == 0 ? Double.NaN : links / pairs;
    }

    /** The band's geometric centre, where the fit places it; 0 for the band from 0 km. */
    public double centreKm() {
      return Math.sqrt(lowerKm * upperKm);
    }
  }

  /** A curve with no bands and no fit, as for a network whose distances were not measured. */
  public static DistanceDecayCurve none() {
    return new DistanceDecayCurve(
        List.of(),
        true,
        0,
        Double.NaN,
        Double.NaN,
        Double.NaN,
        Double.NaN,
        Double.NaN,
        Double.NaN,
        0);
  }

  /** City pairs over all bands: every pair of cities (estimated when sampled). */
  public double pairs() {
    return bands.stream().mapToDouble(Band::pairs).sum();
  }

  /** The fitted partnerships per pair at {@code km}; NaN when there is no fit. */
  public double fittedRate(double km) {
    return Math.pow(10, intercept + exponent * Math.log10(km));
  }
}
