package org.citynet.model;

/**
 * How many samples the significance tests draw ({@code --permutations}, {@code --null-networks},
 * {@code --resamples}); 0 turns a test off, {@link #AUTO} lets the network's size choose: as many
 * as an estimated CPU budget buys, between a minimum that keeps the figures meaningful and a
 * maximum, and none when even the minimum would cost more than {@link #MAX_AUTO_SECONDS}.
 *
 * @param permutations shuffles of the regions in the E–I permutation test
 * @param nullNetworks degree-preserving rewired networks the clusters and clustering are compared
 *     with
 * @param resamples networks with 10% of the links left out, for the brokers' rank intervals
 */
public record SignificanceSettings(int permutations, int nullNetworks, int resamples) {
  /** A count chosen by the network's size. */
  public static final int AUTO = -1;

  /** Default shuffles of the E–I test: p-values down to 1/1,001. */
  public static final int DEFAULT_PERMUTATIONS = 1_000;

  /** The most null networks {@code auto} draws. */
  public static final int MAX_AUTO_NULL_NETWORKS = 20;

  /** The most resamples {@code auto} draws. */
  public static final int MAX_AUTO_RESAMPLES = 100;

  /**
   * The fewest null networks {@code auto} draws when it draws any: fewer give no usable standard
   * deviation for a z-score.
   */
  public static final int MIN_AUTO_NULL_NETWORKS = 3;

  /**
   * The fewest resamples {@code auto} draws when it draws any: with fewer, "top broker in k of N"
   * and the 5th–95th percentile ranks say little.
   */
  public static final int MIN_AUTO_RESAMPLES = 10;

  /**
   * Estimated CPU seconds of one null network per Leiden start and link: a rewiring (10 swap
   * attempts per link) and a Leiden clustering with the run's starts. Measured with {@code
   * src/bench/significance-cost.sh} on the reference machine (docs/performance.md): 7.5 s for 10
   * starts on the 30,000 links of G(10,000, 30,000), 4.9 s on the 24,771 links of the world
   * network; the larger rate is kept.
   */
  public static final double NULL_NETWORK_SECONDS_PER_START_LINK = 2.5e-5;

  /**
   * Estimated CPU seconds of one resample per city and link: an exact betweenness, O(n·m), on the
   * network with 10% of the links left out. Measured like {@link
   * #NULL_NETWORK_SECONDS_PER_START_LINK}: 4.1 s on G(10,000, 30,000), 3.2 s on the world network
   * (17,155 cities, whose many small components make it cheaper per city and link); the larger rate
   * is kept.
   */
  public static final double RESAMPLE_SECONDS_PER_CITY_LINK = 1.4e-8;

  /**
   * Estimated CPU seconds {@code auto} spends on the null networks: 5 on the default network (1,099
   * cities, 2,973 links), about a third of its run.
   */
  public static final double NULL_NETWORK_BUDGET_SECONDS = 4;

  /** Estimated CPU seconds {@code auto} spends on the resamples: 21 on the default network. */
  public static final double RESAMPLE_BUDGET_SECONDS = 1;

  /**
   * Estimated CPU seconds above which {@code auto} draws none even of the minimum count: on a
   * network where {@link #MIN_AUTO_RESAMPLES} betweenness computations would take this long (the
   * world network's 10 resamples are estimated at 60 s), the test is left to an explicit count.
   */
  public static final double MAX_AUTO_SECONDS = 120;

  public SignificanceSettings {
    check("permutations", permutations);
    check("nullNetworks", nullNetworks);
    check("resamples", resamples);
  }

  private static void check(String name, int count) {
    if (count < AUTO) {
      throw new IllegalArgumentException(name + " must be >= 0, or -1 for auto: " + count);
    }
  }

  /** The command line's defaults: 1,000 permutations, null networks and resamples by size. */
  public static SignificanceSettings defaults() {
    return new SignificanceSettings(DEFAULT_PERMUTATIONS, AUTO, AUTO);
  }

  /**
   * The null networks to draw on a network of {@code links} links clustered with {@code starts}
   * Leiden starts.
   */
  public int nullNetworksFor(long links, int starts) {
    return nullNetworks == AUTO
        ? autoCount(
            nullNetworkSeconds(links, starts),
            NULL_NETWORK_BUDGET_SECONDS,
            MIN_AUTO_NULL_NETWORKS,
            MAX_AUTO_NULL_NETWORKS)
        : nullNetworks;
  }

  /** The resamples to draw on a network of {@code cities} cities and {@code links} links. */
  public int resamplesFor(long cities, long links) {
    return resamples == AUTO
        ? autoCount(
            resampleSeconds(cities, links),
            RESAMPLE_BUDGET_SECONDS,
            MIN_AUTO_RESAMPLES,
            MAX_AUTO_RESAMPLES)
        : resamples;
  }

  /**
   * Estimated CPU seconds of one null network (see {@link #NULL_NETWORK_SECONDS_PER_START_LINK}).
   */
  public static double nullNetworkSeconds(long links, int starts) {
    return NULL_NETWORK_SECONDS_PER_START_LINK * Math.max(1, starts) * (double) links;
  }

  /** Estimated CPU seconds of one resample (see {@link #RESAMPLE_SECONDS_PER_CITY_LINK}). */
  public static double resampleSeconds(long cities, long links) {
    return RESAMPLE_SECONDS_PER_CITY_LINK * (double) cities * links;
  }

  /**
   * As many samples as {@code budget} seconds buy at {@code each} seconds a sample, from {@code
   * fewest} to {@code most}; none when even {@code fewest} would cost more than {@link
   * #MAX_AUTO_SECONDS}.
   */
  static int autoCount(double each, double budget, int fewest, int most) {
    if (fewest * each > MAX_AUTO_SECONDS) {
      return 0;
    }
    double affordable = each > 0 ? Math.floor(budget / each) : most;
    return (int) Math.max(fewest, Math.min(most, affordable));
  }

  /**
   * Whether {@code auto} drew fewer than its most: the network's size limited the samples, so the
   * null spread and the rank intervals are rougher than with the full count.
   */
  public static boolean limitedByAuto(int asked, int drawn, int most) {
    return asked == AUTO && drawn < most;
  }

  /** A count as the command line spells it: {@code auto} or the number. */
  static String spelled(int count) {
    return count == AUTO ? "auto" : Integer.toString(count);
  }
}
