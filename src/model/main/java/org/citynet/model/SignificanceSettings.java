package org.citynet.model;

/**
 * How many samples the significance tests draw ({@code --permutations}, {@code --null-networks},
 * {@code --resamples}); 0 turns a test off, {@link #AUTO} lets the network's size choose.
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
   * Links times null networks that {@code auto} spends: each null network runs a whole Leiden
   * clustering, whose cost grows with the links: 5 null networks on the 2,973-link default network
   * (about as long as the rest of its analysis); none on the 24,771-link world network, where even
   * 5 would take longer than the rest of its run.
   */
  public static final long NULL_NETWORK_BUDGET = 15_000;

  /**
   * Cities times links times resamples that {@code auto} spends: each resample runs an exact
   * betweenness, O(n·m): 20 resamples on the default network (1,099 cities); none on the world
   * network (17,155 cities), where 5 would take longer than its exact betweenness itself.
   */
  public static final double RESAMPLE_BUDGET = 6.6e7;

  /**
   * The fewest samples {@code auto} draws when it draws any: fewer give no usable standard
   * deviation or percentile.
   */
  public static final int MIN_AUTO_SAMPLES = 5;

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

  /** The null networks to draw on a network of {@code links} links. */
  public int nullNetworksFor(long links) {
    return nullNetworks == AUTO
        ? bySize(MAX_AUTO_NULL_NETWORKS, NULL_NETWORK_BUDGET / (double) Math.max(1, links))
        : nullNetworks;
  }

  /** The resamples to draw on a network of {@code cities} cities and {@code links} links. */
  public int resamplesFor(long cities, long links) {
    return resamples == AUTO
        ? bySize(MAX_AUTO_RESAMPLES, RESAMPLE_BUDGET / Math.max(1.0, (double) cities * links))
        : resamples;
  }

  private static int bySize(int most, double affordable) {
    int count = (int) Math.min(most, Math.floor(affordable));
    return count < MIN_AUTO_SAMPLES ? 0 : count;
  }

  /** A count as the command line spells it: {@code auto} or the number. */
  static String spelled(int count) {
    return count == AUTO ? "auto" : Integer.toString(count);
  }
}
