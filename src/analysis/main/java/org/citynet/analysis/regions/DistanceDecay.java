package org.citynet.analysis.regions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.citynet.graph.CompactGraph;
import org.citynet.model.DistanceDecayCurve;

/**
 * Distance decay of partnerships: partnerships per distance band divided by the city pairs in that
 * band, with a fitted power-law exponent and its 95% confidence interval.
 *
 * <p>Dividing by the pairs corrects for where cities are: many partnerships at 1,000 km may only
 * mean that many cities are 1,000 km apart. Bands are logarithmic, {@code binsPerDecade} per factor
 * of 10 from {@code minKm} on, after a first band {@code [0, minKm)}. The exponent is the
 * least-squares slope on the log–log scale over the bands that hold at least one partnership (the
 * first band excepted); its interval uses Student's t with k − 2 degrees of freedom. Each band is
 * one point whatever its number of pairs. The per-band ratio is the binned deterrence function of
 * P. Expert, T. S. Evans, V. D. Blondel and R. Lambiotte, PNAS 108 (2011) 7663, with every city
 * weighted 1 instead of by its degree.
 *
 * <p>Distances are great-circle distances on the authalic sphere (radius 6371.0072 km, the sphere
 * with the WGS84 ellipsoid's area), taking latitudes as given: within 0.6% of the WGS84 geodesic,
 * far below a band's width (a factor 10^(1/binsPerDecade)), and over 100 times faster than
 * GeographicLib's inverse problem, which matters for n²/2 pairs. A pair falls in a band by
 * comparing the dot product of unit vectors with the cosines of the band edges, so no trigonometric
 * function is evaluated per pair. Partnerships and pairs use the same distance. Partnerships count
 * once whatever their weight; every city counts in the pairs, isolated ones too.
 *
 * <p>Pairs are counted exactly, in parallel, when there are at most {@code exactCityLimit} cities,
 * by the dual-tree count of A. G. Gray and A. W. Moore, "'N-Body' problems in statistical
 * learning", NIPS 13 (2000) ({@link PairCounts}): groups of pairs whose distances all lie in one
 * band are counted at once, the others one by one, with the same counts as a pair-by-pair count.
 * Worst case O(n²) time, when most pairs lie near a band edge; typically far less, since city
 * clusters far apart fall into one band together. Beyond, {@code sampledPairs} uniformly drawn
 * pairs estimate each band's count, with the binomial standard error reported per band; the fit
 * then ignores that error. The sample is a function of {@code seed}.
 */
public final class DistanceDecay {
  /** Radius of the sphere with the WGS84 ellipsoid's surface area, km. */
  public static final double AUTHALIC_RADIUS_KM = 6371.0072;

  /** Upper edge of the first band, km. */
  public static final double DEFAULT_MIN_KM = 10;

  /** Bands per factor 10 of distance. */
  public static final int DEFAULT_BINS_PER_DECADE = 5;

  /**
   * Largest number of cities whose pairs are counted exactly: up to here the exact count costs
   * about what drawing {@link #DEFAULT_SAMPLED_PAIRS} pairs does.
   */
  public static final int DEFAULT_EXACT_CITY_LIMIT = 50_000;

  /** Pairs drawn above the limit: relative error about 1% for a band holding 1% of the pairs. */
  public static final long DEFAULT_SAMPLED_PAIRS = 20_000_000;

  /** Seed of the pair sample. */
  public static final long DEFAULT_SEED = 42;

  /** Most distance bands; far more than a log–log fit can use. */
  private static final int MAX_BANDS = 1000;

  /** Parallel tasks of the sample; a constant so that the sample does not depend on the cores. */
  private static final int SAMPLE_TASKS = 64;

  private final double[] upperKm;
  private final int exactCityLimit;
  private final long sampledPairs;
  private final long seed;

  private DistanceDecay(double[] upperKm, int exactCityLimit, long sampledPairs, long seed) {
    this.upperKm = upperKm;
    this.exactCityLimit = exactCityLimit;
    this.sampledPairs = sampledPairs;
    this.seed = seed;
  }

  /** Bands from 10 km, 5 per decade; exact pairs up to 50,000 cities, else 2·10⁷ sampled. */
  public static DistanceDecay withDefaults() {
    return of(
        DEFAULT_MIN_KM,
        DEFAULT_BINS_PER_DECADE,
        DEFAULT_EXACT_CITY_LIMIT,
        DEFAULT_SAMPLED_PAIRS,
        DEFAULT_SEED);
  }

  /**
   * Distance decay with explicit parameters.
   *
   * @param minKm upper edge of the first band {@code [0, minKm)}; more than 0 and less than half
   *     the circumference
   * @param binsPerDecade bands per factor of 10, at least 1
   * @param exactCityLimit count pairs exactly up to this many cities (0: always sample)
   * @param sampledPairs pairs drawn beyond the limit, at least 1
   * @param seed seed of the sample
   * @throws IllegalArgumentException for a parameter out of range
   */
  public static DistanceDecay of(
      double minKm, int binsPerDecade, int exactCityLimit, long sampledPairs, long seed) {
    double halfCircumference = Math.PI * AUTHALIC_RADIUS_KM;
    if (!(minKm > 0 && minKm < halfCircumference)) {
      throw new IllegalArgumentException(
          "minimum distance must be in (0, " + halfCircumference + ") km: " + minKm);
    }
    if (binsPerDecade < 1) {
      throw new IllegalArgumentException("bins per decade must be >= 1: " + binsPerDecade);
    }
    if (exactCityLimit < 0 || sampledPairs < 1) {
      throw new IllegalArgumentException(
          "need exact city limit >= 0 and sampled pairs >= 1: "
              + exactCityLimit
              + ", "
              + sampledPairs);
    }
    List<Double> edges = new ArrayList<>(List.of(minKm));
    for (int k = 1; edges.get(edges.size() - 1) < halfCircumference; k++) {
      edges.add(Math.min(halfCircumference, minKm * Math.pow(10, (double) k / binsPerDecade)));
    }
    if (edges.size() > MAX_BANDS) {
      throw new IllegalArgumentException(
          edges.size() + " distance bands; at most " + MAX_BANDS + ": use fewer per decade");
    }
    double[] upper = edges.stream().mapToDouble(Double::doubleValue).toArray();
    return new DistanceDecay(upper, exactCityLimit, sampledPairs, seed);
  }

  /**
   * Measures the profile.
   *
   * @param latitudes WGS84 latitude of each vertex, degrees
   * @param longitudes WGS84 longitude of each vertex, degrees
   * @throws IllegalArgumentException if there is not one latitude and longitude per vertex
   */
  public DistanceDecayCurve measure(CompactGraph graph, double[] latitudes, double[] longitudes) {
    int n = graph.vertexCount();
    if (latitudes.length != n || longitudes.length != n) {
      throw new IllegalArgumentException(
          latitudes.length
              + " latitudes and "
              + longitudes.length
              + " longitudes for "
              + n
              + " cities");
    }
    UnitVectors points = UnitVectors.of(latitudes, longitudes);
    DistanceBands bands = new DistanceBands(upperKm);
    long[] links = new long[upperKm.length];
    for (int v = 0; v < n; v++) {
      for (int s = graph.firstSlot(v); s < graph.endSlot(v); s++) {
        int u = graph.neighbour(s);
        if (v < u) {
          links[bands.of(points.dot(v, u))]++;
        }
      }
    }
    boolean exact = n <= exactCityLimit;
    double allPairs = n * (n - 1.0) / 2;
    double[] pairs = new double[upperKm.length];
    double[] errors = new double[upperKm.length];
    if (exact) {
      long[] counts = PairCounts.exact(points, bands);
      Arrays.setAll(pairs, k -> counts[k]);
    } else {
      long[] counts = sampledPairs(points, bands);
      for (int k = 0; k < counts.length; k++) {
        double share = (double) counts[k] / sampledPairs;
        pairs[k] = allPairs * share;
        errors[k] = allPairs * Math.sqrt(share * (1 - share) / sampledPairs);
      }
    }
    List<DistanceDecayCurve.Band> counted = new ArrayList<>(upperKm.length);
    for (int k = 0; k < upperKm.length; k++) {
      double lower = k == 0 ? 0 : upperKm[k - 1];
      counted.add(new DistanceDecayCurve.Band(lower, upperKm[k], links[k], pairs[k], errors[k]));
    }
    return fitted(counted, exact, exact ? 0 : sampledPairs);
  }

  private long[] sampledPairs(UnitVectors p, DistanceBands bands) {
    int n = p.size();
    SplittableRandom root = new SplittableRandom(seed);
    SplittableRandom[] streams = new SplittableRandom[SAMPLE_TASKS];
    for (int t = 0; t < SAMPLE_TASKS; t++) {
      streams[t] = root.split();
    }
    return IntStream.range(0, SAMPLE_TASKS)
        .parallel()
        .collect(
            () -> new long[bands.count()],
            (counts, t) -> {
              long draws = sampledPairs / SAMPLE_TASKS + (t < sampledPairs % SAMPLE_TASKS ? 1 : 0);
              SplittableRandom rng = streams[t];
              for (long d = 0; d < draws; d++) {
                // An ordered pair of distinct cities, uniform: each unordered pair equally likely.
                int i = rng.nextInt(n);
                int j = rng.nextInt(n - 1);
                if (j >= i) {
                  j++;
                }
                counts[bands.of(p.dot(i, j))]++;
              }
            },
            DistanceDecay::add);
  }

  private static void add(long[] into, long[] from) {
    for (int k = 0; k < into.length; k++) {
      into[k] += from[k];
    }
  }

  /**
   * The curve through {@code bands}: ordinary least squares of log10 partnerships per pair on log10
   * distance (commons-math3) over the bands with a partnership, the first band {@code [0, minKm)}
   * excepted (it has no geometric centre). The interval's half-width is {@code t(0.975, k - 2)}
   * times the slope's standard error {@code sqrt(SSE / (k - 2) / Sxx)}.
   */
  private static DistanceDecayCurve fitted(
      List<DistanceDecayCurve.Band> bands, boolean exact, long sampled) {
    SimpleRegression line = new SimpleRegression();
    for (DistanceDecayCurve.Band b : bands.subList(1, bands.size())) {
      if (b.links() > 0 && b.pairs() > 0) {
        line.addData(Math.log10(b.centreKm()), Math.log10(b.rate()));
      }
    }
    int k = (int) line.getN();
    double slope = k < 2 ? Double.NaN : line.getSlope();
    double intercept = k < 2 ? Double.NaN : line.getIntercept();
    double rSquared = k < 2 ? Double.NaN : line.getRSquare();
    double standardError = k < 3 ? Double.NaN : line.getSlopeStdErr();
    // Half-width t(0.975, k - 2) · standard error, from commons-math3's TDistribution.
    double halfWidth = k < 3 ? Double.NaN : line.getSlopeConfidenceInterval(0.05);
    return new DistanceDecayCurve(
        bands,
        exact,
        sampled,
        slope,
        standardError,
        slope - halfWidth,
        slope + halfWidth,
        intercept,
        rSquared,
        k);
  }
}
