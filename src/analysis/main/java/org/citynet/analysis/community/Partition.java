package org.citynet.analysis.community;

import java.util.Arrays;

/**
 * A clustering of the vertices {@code 0..n-1}: cluster ids run {@code 0..clusterCount-1}, 0 being
 * the largest cluster; equal sizes are ordered by their lowest vertex.
 *
 * @param clusterOf cluster id of each vertex (copied in and out)
 * @param clusterCount number of clusters
 * @param modularity weighted Newman-Girvan modularity at the resolution used (at resolution 1 when
 *     the clustering maximised CPM; the gravity-model modularity for {@link SpatialClustering}),
 *     {@code NaN} for a graph without edges
 */
public record Partition(int[] clusterOf, int clusterCount, double modularity) {
  public Partition {
    clusterOf = clusterOf.clone();
  }

  /** Cluster id of each vertex, as a fresh copy. */
  @Override
  public int[] clusterOf() {
    return clusterOf.clone();
  }

  /** Cluster id of vertex {@code v}. */
  public int clusterOf(int v) {
    return clusterOf[v];
  }

  /** Number of vertices in each cluster, indexed by cluster id (non-increasing). */
  public int[] clusterSizes() {
    int[] sizes = new int[clusterCount];
    for (int c : clusterOf) {
      sizes[c]++;
    }
    return sizes;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Partition p
        && Arrays.equals(clusterOf, p.clusterOf)
        && clusterCount == p.clusterCount
        && Double.compare(modularity, p.modularity) == 0;
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(clusterOf) + Double.hashCode(modularity);
  }

  @Override
  public String toString() {
    return "Partition["
        + clusterCount
        + " clusters of "
        + clusterOf.length
        + " vertices, modularity="
        + modularity
        + "]";
  }
}
