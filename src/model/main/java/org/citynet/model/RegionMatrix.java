package org.citynet.model;

import java.util.List;

/**
 * Symmetric counts of partnerships between UN M49 regions.
 *
 * @param regions region names, rows and columns in this order ("Unknown" last when present)
 * @param counts counts[i][j] = partnerships between regions i and j (each counted once, both cells
 *     filled)
 */
public record RegionMatrix(List<String> regions, int[][] counts) {
  public RegionMatrix {
    regions = List.copyOf(regions);
    int[][] copy = new int[counts.length][];
    for (int i = 0; i < counts.length; i++) {
      copy[i] = counts[i].clone();
    }
    counts = copy;
  }

  /** Partnerships between region {@code i} and region {@code j}. */
  public int count(int i, int j) {
    return counts[i][j];
  }
}
