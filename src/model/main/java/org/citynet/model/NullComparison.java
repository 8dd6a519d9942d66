package org.citynet.model;

/**
 * An observed statistic against its values under a null model (permuted labels, rewired or
 * resampled networks).
 *
 * @param observed the statistic on the network; NaN when undefined
 * @param p one-sided p-value, (1 + #{null ≤ observed}) / (N + 1) towards low values or (1 + #{null
 *     ≥ observed}) / (N + 1) towards high ones, over the N null samples with a defined statistic;
 *     NaN when none
 * @param nullMean mean of the null samples' statistic
 * @param nullSd their standard deviation (divided by N − 1)
 * @param samples null samples with a defined statistic
 */
public record NullComparison(
    double observed, double p, double nullMean, double nullSd, int samples) {

  /** The side of the null distribution a p-value looks at. */
  public enum Tail {
    /** The statistic is expected to be lower than chance gives (E–I under homophily). */
    LOWER,
    /** The statistic is expected to be higher than chance gives (modularity, clustering). */
    UPPER
  }

  /** Compares {@code observed} with the defined (non-NaN) values among {@code nulls}. */
  public static NullComparison of(double observed, double[] nulls, Tail tail) {
    int count = 0;
    int atMost = 0;
    double sum = 0;
    for (double x : nulls) {
      if (!Double.isNaN(x)) {
        count++;
        sum += x;
        // A tolerance, so that a permutation equal to the observed value up to rounding counts.
        if (tail == Tail.LOWER ? x <= observed + 1e-12 : x >= observed - 1e-12) {
          atMost++;
        }
      }
    }
    if (count == 0 || Double.isNaN(observed)) {
      return new NullComparison(observed, Double.NaN, Double.NaN, Double.NaN, count);
    }
    double mean = sum / count;
    double squares = 0;
    for (double x : nulls) {
      if (!Double.isNaN(x)) {
        squares += (x - mean) * (x - mean);
      }
    }
    double sd = count < 2 ? Double.NaN : Math.sqrt(squares / (count - 1));
    return new NullComparison(observed, (1.0 + atMost) / (count + 1.0), mean, sd, count);
  }

  /** A test that was not run: no samples, every figure NaN. */
  public static NullComparison none() {
    return new NullComparison(Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0);
  }

  /** (observed − null mean) / null sd; NaN when the sd is 0 or undefined. */
  public double z() {
    return nullSd > 0 ? (observed - nullMean) / nullSd : Double.NaN;
  }
}
