package org.citynet.analysis.community;

import java.util.stream.IntStream;
import org.citynet.graph.CompactGraph;

/**
 * Modularity of a partition against the gravity null model, {@code Q_grav}.
 *
 * <p>P. Expert, T. S. Evans, V. D. Blondel and R. Lambiotte, PNAS 108 (2011) 7663:
 *
 * <pre>Q_grav = (1 / 2m) Σ_ij [A_ij - P_ij] δ(c_i, c_j)</pre>
 *
 * with {@code P_ij} from a {@link GravityNullModel} and {@code m} the total link weight. It is high
 * when clusters hold more link weight than the cities' importance and distances explain, so
 * clusters that are merely compact in space score about 0. Any partition can be scored, e.g. a
 * Newman-Girvan one for comparison with {@link SpatialClustering}'s.
 *
 * <p>Cost: O(m + Σ_c n_c²) time, at most O(n²), the pairs inside each cluster in parallel over
 * vertices (each row summed in a fixed order, so the result does not depend on the thread count);
 * O(n) memory.
 */
public final class GravityModularity {
  private GravityModularity() {}

  /**
   * {@code Q_grav} of a partition.
   *
   * @param model the null model estimated for this graph
   * @param clusterOf cluster id of each vertex, any non-negative ints (need not be contiguous)
   * @return Q_grav, or {@code NaN} for a graph without links, where it is undefined
   * @throws IllegalArgumentException if the model or the partition does not fit the graph
   */
  public static double of(CompactGraph graph, GravityNullModel model, int[] clusterOf) {
    int n = graph.vertexCount();
    if (model.vertexCount() != n) {
      throw new IllegalArgumentException(
          "model has " + model.vertexCount() + " vertices, graph " + n);
    }
    int clusters = Modularity.clusterCount(clusterOf, n);
    double inside = 0;
    double twiceM = 0;
    for (int v = 0; v < n; v++) {
      for (int s = graph.firstSlot(v); s < graph.endSlot(v); s++) {
        twiceM += graph.weight(s);
        if (clusterOf[graph.neighbour(s)] == clusterOf[v]) {
          inside += graph.weight(s);
        }
      }
    }
    if (twiceM == 0) {
      return Double.NaN;
    }
    // Members of each cluster, contiguous: a counting sort by cluster id.
    int[] start = new int[clusters + 1];
    for (int c : clusterOf) {
      start[c + 1]++;
    }
    for (int c = 0; c < clusters; c++) {
      start[c + 1] += start[c];
    }
    int[] fill = start.clone();
    int[] members = new int[n];
    for (int v = 0; v < n; v++) {
      members[fill[clusterOf[v]]++] = v;
    }
    double[] row = new double[n];
    IntStream.range(0, n)
        .parallel()
        .forEach(
            i -> {
              int c = clusterOf[i];
              row[i] = model.expectedTo(i, members, start[c], start[c + 1]);
            });
    double expectedInside = 0;
    for (double r : row) {
      expectedInside += r;
    }
    return (inside - expectedInside) / twiceM;
  }
}
