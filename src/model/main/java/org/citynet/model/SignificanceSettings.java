package org.citynet.model;

/**
 * How many samples the significance tests draw ({@code --permutations}, {@code --null-networks},
 * {@code --resamples}); 0 turns a test off, {@link #AUTO} lets the network's size choose: as many
 * as the test's estimated CPU budget buys, up to a maximum, and none when the budget does not buy
 * the minimum that keeps the figures meaningful. Why a fixed budget: it holds the samples of every
 * network to a few seconds of CPU (under a fifth of the default run's, far less of a large
 * network's), so a larger network draws fewer and the largest none, instead of adding a minute to a
 * run of half a minute. The estimates come from the network's size alone, not from clocks, so the
 * counts, and with them the outputs, are the same on every machine.
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
   * Estimated CPU seconds {@code auto} spends at most on the null networks: 5 of them on the
   * default network (1,099 cities, 2,973 links), 3 up to about 5,300 links at 10 Leiden starts,
   * none beyond.
   */
  public static final double NULL_NETWORK_BUDGET_SECONDS = 4;

  /**
   * Estimated CPU seconds {@code auto} spends at most on the resamples: 21 on the default network,
   * 10 up to about 7·10⁶ cities × links (2,000 cities with 3,500 links), none beyond.
   */
  public static final double RESAMPLE_BUDGET_SECONDS = 1;

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
   * As many samples as {@code budget} seconds buy at {@code each} seconds a sample, at most {@code
   * most}; none when that is fewer than {@code fewest}.
   */
  static int autoCount(double each, double budget, int fewest, int most) {
    double affordable = each > 0 ? Math.floor(budget / each) : most;
    int count = (int) Math.min(most, affordable);
    return count < fewest ? 0 : count;
  }

  /**
   * Whether {@code auto} drew fewer than its most: the network's size limited the samples, so the
   * null spread and the rank intervals are rougher than with the full count, or left the test out
   * when {@code drawn} is 0.
   */
  public static boolean limitedByAuto(int asked, int drawn, int most) {
    return asked == AUTO && drawn < most;
  }

  /** A count as the command line spells it: {@code auto} or the number. */
  static String spelled(int count) {
    return count == AUTO ? "auto" : Integer.toString(count);
  }
}
