package org.citynet.analysis.regions;

/**
 * Quantiles of Student's t distribution, for confidence intervals of fitted slopes.
 *
 * <p>The distribution function is {@code 1 - I_x(ν/2, 1/2) / 2} for t &gt; 0 with {@code x = ν / (ν
 * + t²)}, where I is the regularised incomplete beta function, evaluated by its continued fraction
 * (modified Lentz) as in Press et al., Numerical Recipes, 3rd ed., §6.4, with the Lanczos log-gamma
 * (g = 7, 9 terms). The quantile is found by bisection to full double precision.
 */
final class StudentT {
  private static final double[] LANCZOS = {
    0.99999999999980993,
    676.5203681218851,
    -1259.1392167224028,
    771.32342877765313,
    -176.61502916214059,
    12.507343278686905,
    -0.13857109526572012,
    9.9843695780195716e-6,
    1.5056327351493116e-7
  };

  private StudentT() {}

  /**
   * The {@code p}-quantile of Student's t with {@code df} degrees of freedom.
   *
   * @throws IllegalArgumentException unless 0 &lt; p &lt; 1 and df &gt; 0
   */
  static double quantile(double p, double df) {
    if (!(p > 0 && p < 1) || !(df > 0)) {
      throw new IllegalArgumentException("need 0 < p < 1 and df > 0: p=" + p + ", df=" + df);
    }
    if (p == 0.5) {
      return 0;
    }
    if (p < 0.5) {
      return -quantile(1 - p, df);
    }
    double lo = 0;
    double hi = 1;
    while (cdf(hi, df) < p) {
      lo = hi;
      hi *= 2;
    }
    for (int i = 0; i < 200 && hi - lo > 1e-15 * hi; i++) {
      double mid = (lo + hi) / 2;
      if (cdf(mid, df) < p) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    return (lo + hi) / 2;
  }

  /** P(T ≤ t) for t ≥ 0. */
  static double cdf(double t, double df) {
    return 1 - 0.5 * regularizedBeta(df / (df + t * t), df / 2, 0.5);
  }

  /** I_x(a, b) for 0 ≤ x ≤ 1 and a, b ≥ 0.5. */
  private static double regularizedBeta(double x, double a, double b) {
    if (x <= 0) {
      return 0;
    }
    if (x >= 1) {
      return 1;
    }
    double front =
        Math.exp(
            logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x));
    // The continued fraction converges fast only on this side of the mean; use symmetry otherwise.
    if (x < (a + 1) / (a + b + 2)) {
      return front * continuedFraction(x, a, b) / a;
    }
    return 1 - front * continuedFraction(1 - x, b, a) / b;
  }

  private static double continuedFraction(double x, double a, double b) {
    double tiny = 1e-300;
    double c = 1;
    double d = 1 - (a + b) * x / (a + 1);
    d = 1 / (Math.abs(d) < tiny ? tiny : d);
    double h = d;
    for (int m = 1; m <= 1000; m++) {
      int m2 = 2 * m;
      double even = m * (b - m) * x / ((a + m2 - 1) * (a + m2));
      d = 1 / nonZero(1 + even * d, tiny);
      c = nonZero(1 + even / c, tiny);
      h *= d * c;
      double odd = -(a + m) * (a + b + m) * x / ((a + m2) * (a + m2 + 1));
      d = 1 / nonZero(1 + odd * d, tiny);
      c = nonZero(1 + odd / c, tiny);
      double step = d * c;
      h *= step;
      if (Math.abs(step - 1) < 1e-16) {
        break;
      }
    }
    return h;
  }

  private static double nonZero(double v, double tiny) {
    return Math.abs(v) < tiny ? tiny : v;
  }

  /** ln Γ(x) for x ≥ 0.5 (Lanczos, relative error about 1e-15). */
  private static double logGamma(double x) {
    double y = x - 1;
    double sum = LANCZOS[0];
    for (int i = 1; i < LANCZOS.length; i++) {
      sum += LANCZOS[i] / (y + i);
    }
    double t = y + 7.5;
    return 0.5 * Math.log(2 * Math.PI) + (y + 0.5) * Math.log(t) - t + Math.log(sum);
  }
}
