package org.citynet.analysis.community;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * How alike two partitions of the same items are: the adjusted Rand index and the normalised mutual
 * information.
 *
 * <p>Adjusted Rand index: L. Hubert and P. Arabie, "Comparing partitions", Journal of
 * Classification 2 (1985) 193. Normalised mutual information with the arithmetic mean of the two
 * entropies as normaliser, as in L. Danon, A. Díaz-Guilera, J. Duch and A. Arenas, J. Stat. Mech.
 * (2005) P09008, and scikit-learn's default ({@code average_method="arithmetic"}). Both follow
 * scikit-learn's conventions for the degenerate cases, stated on each method.
 *
 * <p>Labels are any ints; only which items share a label matters. Each comparison builds the
 * contingency table by sorting one long per item: O(n log n) time, O(n) memory.
 */
public final class PartitionSimilarity {
  private PartitionSimilarity() {}

  /**
   * The adjusted Rand index: the share of item pairs on which the partitions agree, corrected for
   * chance so that independent random partitions score 0 on average and identical ones 1.
   *
   * @return ARI in [-1, 1] (in practice rarely below 0); 1 when the partitions agree on every pair,
   *     which includes fewer than two items and two copies of the all-in-one or all-singletons
   *     partition, where the chance correction is 0/0 (scikit-learn's convention)
   * @throws IllegalArgumentException if the arrays differ in length
   */
  public static double adjustedRandIndex(int[] a, int[] b) {
    Contingency t = Contingency.of(a, b);
    double n = a.length;
    double pairsBoth = t.sumOfPairs(t.cells);
    double pairsA = t.sumOfPairs(t.rows);
    double pairsB = t.sumOfPairs(t.columns);
    double allPairs = n * (n - 1) / 2;
    // Pairs split by exactly one partition: none means full agreement, where ARI is 0/0.
    if (pairsA - pairsBoth == 0 && pairsB - pairsBoth == 0) {
      return 1.0;
    }
    double expected = pairsA * pairsB / allPairs;
    double max = (pairsA + pairsB) / 2;
    return (pairsBoth - expected) / (max - expected);
  }

  /**
   * Mutual information divided by the arithmetic mean of the two partitions' entropies.
   *
   * @return NMI in [0, 1]; 1 when both partitions have the same single cluster or there are no
   *     items (scikit-learn's convention), 0 when the mutual information is 0 (e.g. one partition
   *     is all-in-one and the other is not)
   * @throws IllegalArgumentException if the arrays differ in length
   */
  public static double normalizedMutualInformation(int[] a, int[] b) {
    Contingency t = Contingency.of(a, b);
    if (t.rows.length == t.columns.length && t.rows.length <= 1) {
      return 1.0;
    }
    double n = a.length;
    double mutual = 0;
    for (int k = 0; k < t.cells.length; k++) {
      double nij = t.cells[k];
      double independent = (double) t.rows[t.cellRow[k]] * t.columns[t.cellColumn[k]] / n;
      mutual += nij / n * Math.log(nij / independent);
    }
    // Rounding can leave a tiny negative instead of 0 for independent partitions.
    if (mutual <= 0) {
      return 0.0;
    }
    double mean = (entropy(t.rows, n) + entropy(t.columns, n)) / 2;
    return Math.min(1.0, mutual / mean);
  }

  private static double entropy(long[] counts, double n) {
    double h = 0;
    for (long c : counts) {
      double p = c / n;
      h -= p * Math.log(p);
    }
    return h;
  }

  /** The non-zero cells of the contingency table with the row and column totals. */
  private static final class Contingency {
    final long[] rows;
    final long[] columns;
    final long[] cells;
    final int[] cellRow;
    final int[] cellColumn;

    private Contingency(
        long[] rows, long[] columns, long[] cells, int[] cellRow, int[] cellColumn) {
      this.rows = rows;
      this.columns = columns;
      this.cells = cells;
      this.cellRow = cellRow;
      this.cellColumn = cellColumn;
    }

    static Contingency of(int[] a, int[] b) {
      if (a.length != b.length) {
        throw new IllegalArgumentException(
            "partitions of different sizes: " + a.length + " and " + b.length);
      }
      int[] ra = dense(a);
      int[] rb = dense(b);
      int ka = Arrays.stream(ra).max().orElse(-1) + 1;
      int kb = Arrays.stream(rb).max().orElse(-1) + 1;
      long[] rows = new long[ka];
      long[] columns = new long[kb];
      long[] codes = new long[a.length];
      for (int i = 0; i < a.length; i++) {
        rows[ra[i]]++;
        columns[rb[i]]++;
        codes[i] = (long) ra[i] * kb + rb[i];
      }
      Arrays.sort(codes);
      int distinct = 0;
      for (int i = 0; i < codes.length; i++) {
        if (i == 0 || codes[i] != codes[i - 1]) {
          distinct++;
        }
      }
      long[] cells = new long[distinct];
      int[] cellRow = new int[distinct];
      int[] cellColumn = new int[distinct];
      int k = -1;
      for (int i = 0; i < codes.length; i++) {
        if (i == 0 || codes[i] != codes[i - 1]) {
          k++;
          cellRow[k] = (int) (codes[i] / kb);
          cellColumn[k] = (int) (codes[i] % kb);
        }
        cells[k]++;
      }
      return new Contingency(rows, columns, cells, cellRow, cellColumn);
    }

    /** Σ c(c-1)/2 over the counts: the pairs of items that share a cell, row or column. */
    double sumOfPairs(long[] counts) {
      double pairs = 0;
      for (long c : counts) {
        pairs += (double) c * (c - 1) / 2;
      }
      return pairs;
    }

    /** Relabels to 0..k-1 in order of first appearance. */
    private static int[] dense(int[] labels) {
      int[] out = new int[labels.length];
      int min = Arrays.stream(labels).min().orElse(0);
      int max = Arrays.stream(labels).max().orElse(0);
      if (min >= 0 && max < 4L * labels.length + 16) {
        // labels such as cluster ids 0..n-1: a table instead of boxed map entries
        int[] id = new int[max + 1];
        Arrays.fill(id, -1);
        int next = 0;
        for (int i = 0; i < labels.length; i++) {
          if (id[labels[i]] < 0) {
            id[labels[i]] = next++;
          }
          out[i] = id[labels[i]];
        }
        return out;
      }
      Map<Integer, Integer> id = new HashMap<>();
      for (int i = 0; i < labels.length; i++) {
        out[i] = id.computeIfAbsent(labels[i], x -> id.size());
      }
      return out;
    }
  }
}
