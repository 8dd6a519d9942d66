package org.citynet.analysis.regions;

import java.util.Arrays;

/**
 * The distance band of a pair from the dot product of its unit vectors, i.e. the cosine of its
 * angle: the first band whose upper edge lies beyond the pair's great-circle distance.
 *
 * <p>Why a table: a binary search over the edges costs a few unpredictable branches per pair; a
 * table of 2^16 equal cosine cells answers most pairs with one load. A cell that holds a band edge
 * (all near 1, i.e. within about 50 km, where the bands are narrow) falls back to the search. The
 * answer is the search's whatever the path, so {@link #of} is monotone: a larger cosine never gives
 * a farther band. O(log k) to build per cell for k bands; O(1) per pair, O(log k) near an edge.
 */
final class DistanceBands {
  /**
   * Margin on the cosine that absorbs rounding: in the cell of a cosine, here, and in bounds on the
   * cosines of groups of pairs, {@link PairCounts}. Rounding errors are below 1e-15.
   */
  static final double MARGIN = 1e-9;

  private static final int CELLS = 1 << 16;
  private final double[] cosUpper;
  private final short[] bandOfCell = new short[CELLS];

  /**
   * Bands with these upper edges.
   *
   * @param upperKm increasing upper edges of the bands, km on the authalic sphere
   */
  DistanceBands(double[] upperKm) {
    cosUpper =
        Arrays.stream(upperKm).map(d -> Math.cos(d / DistanceDecay.AUTHALIC_RADIUS_KM)).toArray();
    double width = 2.0 / CELLS;
    for (int c = 0; c < CELLS; c++) {
      // A margin around each cell, so that rounding in of() cannot pick a wrong neighbour.
      int near = search(-1 + (c + 1) * width + MARGIN);
      int far = search(-1 + c * width - MARGIN);
      bandOfCell[c] = (short) (near == far ? near : -1);
    }
  }

  /** Number of bands. */
  int count() {
    return cosUpper.length;
  }

  /** The band of a pair whose unit vectors have this dot product. */
  int of(double cos) {
    int cell = (int) ((cos + 1) * (CELLS / 2));
    int band = bandOfCell[Math.max(0, Math.min(CELLS - 1, cell))];
    return band >= 0 ? band : search(cos);
  }

  /**
   * The cosine of band b's upper edge. A pair known to be in band b or b + 1 is in b exactly when
   * its cosine exceeds this: the test {@link #of} makes (through the search), so counting pairs
   * with it gives the same bands as {@code of}.
   */
  double cosUpper(int band) {
    return cosUpper[band];
  }

  private int search(double cos) {
    // cosUpper falls with distance: find the first edge with a smaller cosine than the pair's.
    int lo = 0;
    int hi = cosUpper.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cos > cosUpper[mid]) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }
}
