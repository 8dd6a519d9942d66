package org.citynet.analysis.backbone;

import java.util.List;

/**
 * The disparity filter of Serrano, Boguñá and Vespignani ("Extracting the multiscale backbone of
 * complex weighted networks", PNAS 106 (2009) 6483–6488): how unlikely a link's share of a city's
 * strength would be if the city spread its strength over its links uniformly at random.
 *
 * <p>For link (i, j) of weight w, with k_i the number of links of city i and s_i the sum of their
 * weights, α_ij = (1 − w / s_i)^(k_i − 1), the probability under the null model that one of i's
 * links takes a share at least w / s_i. A city with one link gives α = 1: a single link carries all
 * of the strength by necessity, so it is no evidence (the paper's convention); so does a city of
 * strength 0. The link's {@code disparity_p} is min(α_ij, α_ji): significant for either end, the
 * paper's rule of keeping a link when it is significant for at least one of its cities. A backbone
 * at level α keeps the links with p &lt; α.
 *
 * <p>O(n + m) time and memory; deterministic.
 */
public final class DisparityFilter {
  private DisparityFilter() {}

  /**
   * The disparity p-value of every link.
   *
   * @param cityCount number of cities n; vertex numbers run 0..n-1
   * @param ends for each link, its two vertex numbers (each pair once: parallel rows merged)
   * @param weights each link's weight, finite and ≥ 0
   * @return p-values in link order, each in [0, 1]
   * @throws IllegalArgumentException when a weight is negative or not finite, or the sizes differ
   */
  public static double[] pValues(int cityCount, List<int[]> ends, double[] weights) {
    if (ends.size() != weights.length) {
      throw new IllegalArgumentException(ends.size() + " links but " + weights.length + " weights");
    }
    int[] degree = new int[cityCount];
    double[] strength = new double[cityCount];
    for (int e = 0; e < weights.length; e++) {
      double w = weights[e];
      if (!(w >= 0) || Double.isInfinite(w)) {
        throw new IllegalArgumentException("link " + e + " has weight " + w + "; need >= 0");
      }
      for (int v : ends.get(e)) {
        degree[v]++;
        strength[v] += w;
      }
    }
    double[] p = new double[weights.length];
    for (int e = 0; e < weights.length; e++) {
      int[] link = ends.get(e);
      p[e] =
          Math.min(
              alpha(weights[e], degree[link[0]], strength[link[0]]),
              alpha(weights[e], degree[link[1]], strength[link[1]]));
    }
    return p;
  }

  /** α of one end: (1 − w/s)^(k − 1), 1 when k = 1 or s = 0. */
  static double alpha(double weight, int degree, double strength) {
    if (degree <= 1 || strength == 0) {
      return 1;
    }
    // w ≤ s always; the clamp keeps rounding in the sum from giving a share above 1.
    double share = Math.min(1, weight / strength);
    return Math.pow(1 - share, degree - 1);
  }
}
