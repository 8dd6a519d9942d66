package org.citynet.analysis.centrality;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.citynet.graph.CompactGraph;

/**
 * Weighted eigenvector centrality: the absolute leading eigenvector of the weighted adjacency
 * matrix, scaled so that its largest entry is 1 — what {@code numpy.linalg.eigh} gives for the
 * largest eigenvalue. A graph without edges scores 0 everywhere.
 *
 * <p>Bonacich, "Factoring and weighting approaches to status scores and clique identification", J.
 * Math. Sociol. 2(1) (1972). The adjacency matrix of a disconnected graph is block diagonal, so its
 * leading eigenvector lives in the component(s) with the largest spectral radius and is 0
 * elsewhere. Each component is solved by power iteration on {@code A + cI}, {@code c} its mean edge
 * weight: the shift keeps bipartite components (stars, paths, trees) from oscillating between
 * {@code λ} and {@code −λ}, and scaling it with the weights makes the iteration independent of the
 * weight unit. If several components tie for the largest eigenvalue (within 1e-9 relative), the
 * eigenvalue is not simple and numpy's choice is arbitrary; here each tied component contributes
 * its unit-length Perron vector, so equal components score equally.
 *
 * <p>O(m) per iteration; the number of iterations grows as 1/(spectral gap), a few hundred on city
 * networks; the products run on all cores on large components. Deterministic.
 */
public final class EigenvectorCentrality {
  /** Largest change of any entry of the unit-length iterate at which a component has converged. */
  static final double TOLERANCE = 1e-13;

  /**
   * Change below which an iterate that has stopped improving counts as converged. Why: next to a
   * hub of tens of thousands of links, rounding in the hub's sum keeps entries moving by about
   * 1e-10 for ever (a star of 50,000 leaves cycles at 6e-11), so {@link #TOLERANCE} is never met.
   */
  static final double ROUNDING_FLOOR = 1e-9;

  /** Iterations without a smaller change after which the iterate has stopped improving. */
  static final int STALL = 100;

  /** Iteration cap per component. */
  static final int MAX_ITERATIONS = 1_000_000;

  /**
   * Component size from which the product with the adjacency matrix is split over all cores; below,
   * the split costs more than it saves.
   */
  static final int PARALLEL_FROM = 50_000;

  /** Relative difference below which two components' eigenvalues count as equal. */
  static final double TIE = 1e-9;

  private EigenvectorCentrality() {}

  /**
   * The eigenvector centrality of each vertex, largest 1; a new array the caller owns.
   *
   * @throws IllegalStateException if a component has not converged after {@value #MAX_ITERATIONS}
   *     iterations (an almost vanishing spectral gap)
   */
  public static double[] compute(CompactGraph g) {
    int n = g.vertexCount();
    Components components = Components.of(g);
    int[][] members = members(components, n);
    double[] x = new double[n];
    double[] eigenvalue = new double[members.length];
    for (int c = 0; c < members.length; c++) {
      eigenvalue[c] = perronVector(g, members[c], x);
    }
    double largest = Arrays.stream(eigenvalue).max().orElse(0);
    double[] centrality = new double[n];
    if (largest <= 0) {
      return centrality;
    }
    double max = 0;
    for (int c = 0; c < members.length; c++) {
      if (eigenvalue[c] >= largest * (1 - TIE)) {
        for (int v : members[c]) {
          centrality[v] = x[v];
          max = Math.max(max, x[v]);
        }
      }
    }
    for (int v = 0; v < n; v++) {
      centrality[v] /= max;
    }
    return centrality;
  }

  private static int[][] members(Components components, int n) {
    int[][] members = new int[components.count()][];
    int[] filled = new int[components.count()];
    for (int c = 0; c < members.length; c++) {
      members[c] = new int[components.size(c)];
    }
    for (int v = 0; v < n; v++) {
      int c = components.componentOf(v);
      members[c][filled[c]++] = v;
    }
    return members;
  }

  /**
   * Writes the unit-length positive leading eigenvector of one component into {@code x} at its
   * vertices and returns its eigenvalue (the Rayleigh quotient).
   */
  private static double perronVector(CompactGraph g, int[] vertices, double[] x) {
    if (vertices.length == 1) {
      x[vertices[0]] = 1;
      return 0;
    }
    double shift = meanWeight(g, vertices);
    double[] next = new double[vertices.length];
    double start = 1 / Math.sqrt(vertices.length);
    for (int v : vertices) {
      x[v] = start;
    }
    double best = Double.POSITIVE_INFINITY;
    int sinceBest = 0;
    for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
      if (vertices.length >= PARALLEL_FROM) {
        IntStream.range(0, vertices.length)
            .parallel()
            .forEach(i -> next[i] = shiftedProduct(g, vertices[i], x, shift));
      } else {
        for (int i = 0; i < vertices.length; i++) {
          next[i] = shiftedProduct(g, vertices[i], x, shift);
        }
      }
      // summed in order on one thread, so the result does not depend on the thread count
      double norm = 0;
      for (double value : next) {
        norm += value * value;
      }
      if (norm == 0) {
        return 0; // every edge of the component weighs 0
      }
      norm = Math.sqrt(norm);
      double change = 0;
      for (int i = 0; i < vertices.length; i++) {
        double value = next[i] / norm;
        change = Math.max(change, Math.abs(value - x[vertices[i]]));
        x[vertices[i]] = value;
      }
      if (change < best) {
        best = change;
        sinceBest = 0;
      } else {
        sinceBest++;
      }
      if (change < TOLERANCE || (best < ROUNDING_FLOOR && sinceBest >= STALL)) {
        double rayleigh = 0;
        for (int v : vertices) {
          rayleigh += x[v] * shiftedProduct(g, v, x, shift);
        }
        return rayleigh - shift;
      }
    }
    throw new IllegalStateException(
        "eigenvector centrality did not converge in "
            + MAX_ITERATIONS
            + " iterations on a component of "
            + vertices.length
            + " vertices");
  }

  private static double meanWeight(CompactGraph g, int[] vertices) {
    double sum = 0;
    int slots = 0;
    for (int v : vertices) {
      for (int slot = g.firstSlot(v); slot < g.endSlot(v); slot++) {
        sum += g.weight(slot);
        slots++;
      }
    }
    return sum / slots;
  }

  /** Entry {@code v} of {@code (A + shift·I) x}. */
  private static double shiftedProduct(CompactGraph g, int v, double[] x, double shift) {
    double sum = shift * x[v];
    for (int slot = g.firstSlot(v); slot < g.endSlot(v); slot++) {
      sum += g.weight(slot) * x[g.neighbour(slot)];
    }
    return sum;
  }
}
