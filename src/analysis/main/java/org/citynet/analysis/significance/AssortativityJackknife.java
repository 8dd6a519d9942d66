package org.citynet.analysis.significance;

import java.util.Arrays;
import org.citynet.graph.CompactGraph;

/**
 * Degree and attribute assortativity with their jackknife standard errors, after M. E. J. Newman,
 * "Mixing patterns in networks", Phys. Rev. E 67 (2003) 026126, section II.A: σ² = Σ_i (r_i − r)²
 * over the links i, where r_i is the coefficient with link i left out and every city's degree (or
 * unit) unchanged.
 *
 * <p>Degree assortativity is the Pearson correlation of the degrees at either end of a link (M. E.
 * J. Newman, "Assortative mixing in networks", Phys. Rev. Lett. 89 (2002) 208701, eq. (4)), each
 * link counted once whatever its weight, as NetworkX's {@code degree_assortativity_coefficient}
 * computes it. Attribute assortativity is Newman (2003) eq. (2), as {@link
 * org.citynet.analysis.regions.RegionalMixing} defines it.
 *
 * <p>Why O(m) and not m recomputations: r is a function of a few sums over the links, so r_i is
 * those sums minus link i's own terms. Deterministic; O(n + m) time, O(k) memory for k units
 * besides the graph.
 */
public final class AssortativityJackknife {
  private AssortativityJackknife() {}

  /** Degree assortativity and its jackknife error. */
  public static Jackknifed degree(CompactGraph g) {
    int n = g.vertexCount();
    long links = 0;
    double sumProduct = 0;
    double sumHalf = 0;
    double sumHalfSquares = 0;
    for (int v = 0; v < n; v++) {
      for (int s = g.firstSlot(v); s < g.endSlot(v); s++) {
        int u = g.neighbour(s);
        if (u < v) {
          continue;
        }
        double j = g.degree(v);
        double k = g.degree(u);
        links++;
        sumProduct += j * k;
        sumHalf += (j + k) / 2;
        sumHalfSquares += (j * j + k * k) / 2;
      }
    }
    double r = degreeR(links, sumProduct, sumHalf, sumHalfSquares);
    if (Double.isNaN(r) || links < 2) {
      return new Jackknifed(r, Double.NaN);
    }
    double variance = 0;
    for (int v = 0; v < n; v++) {
      for (int s = g.firstSlot(v); s < g.endSlot(v); s++) {
        int u = g.neighbour(s);
        if (u < v) {
          continue;
        }
        double j = g.degree(v);
        double k = g.degree(u);
        double ri =
            degreeR(
                links - 1,
                sumProduct - j * k,
                sumHalf - (j + k) / 2,
                sumHalfSquares - (j * j + k * k) / 2);
        // Leaving a link out can make r undefined (all remaining ends of equal degree): that
        // link's term is then left out, as a recomputation would have to.
        if (!Double.isNaN(ri)) {
          variance += (ri - r) * (ri - r);
        }
      }
    }
    return new Jackknifed(r, Math.sqrt(variance));
  }

  /** Newman (2002) eq. (4) from the sums over {@code links} links; NaN when the variance is 0. */
  static double degreeR(long links, double sumProduct, double sumHalf, double sumHalfSquares) {
    if (links == 0) {
      return Double.NaN;
    }
    double mean = sumHalf / links;
    double variance = sumHalfSquares / links - mean * mean;
    double r = (sumProduct / links - mean * mean) / variance;
    // Rounding leaves a tiny variance where the exact one is 0 (every end of equal degree).
    return variance <= 1e-12 * Math.max(1, sumHalfSquares / links) ? Double.NaN : r;
  }

  /**
   * Attribute assortativity of the units and its jackknife error; links with an end of unknown unit
   * are left out, as in {@link org.citynet.analysis.regions.RegionalMixing}.
   *
   * @param unitOf the unit id (≥ 0) of each vertex, or -1 when unknown
   */
  public static Jackknifed attribute(CompactGraph g, int[] unitOf) {
    int n = g.vertexCount();
    if (unitOf.length != n) {
      throw new IllegalArgumentException(unitOf.length + " units given for " + n + " cities");
    }
    int units = Arrays.stream(unitOf).max().orElse(-1) + 1;
    long[] ends = new long[units];
    long links = 0;
    long within = 0;
    for (int v = 0; v < n; v++) {
      for (int s = g.firstSlot(v); s < g.endSlot(v); s++) {
        int u = g.neighbour(s);
        if (u < v || unitOf[v] < 0 || unitOf[u] < 0) {
          continue;
        }
        links++;
        ends[unitOf[v]]++;
        ends[unitOf[u]]++;
        if (unitOf[v] == unitOf[u]) {
          within++;
        }
      }
    }
    double squares = 0;
    for (long e : ends) {
      squares += (double) e * e;
    }
    double r = attributeR(links, within, squares);
    if (Double.isNaN(r) || links < 2) {
      return new Jackknifed(r, Double.NaN);
    }
    double variance = 0;
    for (int v = 0; v < n; v++) {
      for (int s = g.firstSlot(v); s < g.endSlot(v); s++) {
        int u = g.neighbour(s);
        if (u < v || unitOf[v] < 0 || unitOf[u] < 0) {
          continue;
        }
        long a = ends[unitOf[v]];
        long b = ends[unitOf[u]];
        boolean same = unitOf[v] == unitOf[u];
        // Σ_u E_u² after the link's two ends are taken from their units' end counts.
        double squaresWithout = same ? squares - 4.0 * a + 4 : squares - 2.0 * a + 1 - 2.0 * b + 1;
        double ri = attributeR(links - 1, within - (same ? 1 : 0), squaresWithout);
        if (!Double.isNaN(ri)) {
          variance += (ri - r) * (ri - r);
        }
      }
    }
    return new Jackknifed(r, Math.sqrt(variance));
  }

  /**
   * Newman (2003) eq. (2) from the link count, the links within a unit and Σ_u E_u² over the units'
   * end counts E_u; NaN when every end lies in one unit.
   */
  static double attributeR(long links, long within, double endSquares) {
    if (links == 0) {
      return Double.NaN;
    }
    double expected = endSquares / (4.0 * links * links);
    if (expected >= 1 - 1e-15) {
      return Double.NaN;
    }
    return ((double) within / links - expected) / (1 - expected);
  }
}
