package org.citynet.analysis.significance;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How firmly each city sits in its cluster: the mean, over the random starts of the clustering, of
 * the Jaccard overlap |C ∩ D| / |C ∪ D| between the city's reported cluster C and its cluster D in
 * that start. 1 means the city was with exactly the same cities in every start; values near 0 mean
 * it moved between groups, a city between clusters ({@link
 * org.citynet.model.Significance#LOW_CONFIDENCE}). Pointwise stability in the spirit of the
 * consensus clustering of A. Lancichinetti and S. Fortunato, "Consensus clustering in complex
 * networks", Scientific Reports 2 (2012) 336.
 *
 * <p>The start that gave the reported partition counts with overlap 1 for every city, as each start
 * does. Deterministic; O(n) expected time per start (a hash map of the cluster pairs).
 */
public final class ClusterConfidence {
  private ClusterConfidence() {}

  /**
   * Each city's confidence.
   *
   * @param reported the reported cluster of each vertex
   * @param starts each start's cluster of each vertex (any ids)
   * @return one value per vertex; 1 for every vertex when there are no starts
   */
  public static double[] of(int[] reported, List<int[]> starts) {
    int n = reported.length;
    double[] sum = new double[n];
    Map<Integer, Integer> reportedSize = sizes(reported);
    for (int[] start : starts) {
      if (start.length != n) {
        throw new IllegalArgumentException(start.length + " cluster ids for " + n + " cities");
      }
      Map<Integer, Integer> startSize = sizes(start);
      Map<Long, Integer> both = new HashMap<>();
      for (int v = 0; v < n; v++) {
        both.merge(((long) reported[v] << 32) | (start[v] & 0xffffffffL), 1, Integer::sum);
      }
      for (int v = 0; v < n; v++) {
        int shared = both.get(((long) reported[v] << 32) | (start[v] & 0xffffffffL));
        int union = reportedSize.get(reported[v]) + startSize.get(start[v]) - shared;
        sum[v] += (double) shared / union;
      }
    }
    double[] confidence = new double[n];
    for (int v = 0; v < n; v++) {
      confidence[v] = starts.isEmpty() ? 1 : sum[v] / starts.size();
    }
    return confidence;
  }

  private static Map<Integer, Integer> sizes(int[] clusterOf) {
    Map<Integer, Integer> size = new HashMap<>();
    for (int c : clusterOf) {
      size.merge(c, 1, Integer::sum);
    }
    return size;
  }
}
