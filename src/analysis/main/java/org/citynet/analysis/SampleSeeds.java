package org.citynet.analysis;

/** Seeds of independent random streams: one per Leiden start, null network or resample. */
public final class SampleSeeds {
  private SampleSeeds() {}

  /**
   * The seed of stream {@code i}: SplitMix64's finaliser over the run's seed and the index, so that
   * neighbouring seeds and indices give unrelated streams and each stream depends on nothing else
   * (not the thread that runs it).
   */
  public static long of(long seed, int i) {
    long z = seed + (i + 1L) * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
