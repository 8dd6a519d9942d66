package org.citynet.analysis.significance;

/** Seeds of independent random samples. */
final class Samples {
  private Samples() {}

  /**
   * The seed of sample {@code i}: SplitMix64's finaliser over the seed and the index, so that
   * neighbouring seeds and samples give unrelated streams and each sample's stream depends on
   * nothing else (not the thread that runs it).
   */
  static long seed(long seed, int i) {
    long z = seed + (i + 1L) * 0x9E3779B97F4A7C15L;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
