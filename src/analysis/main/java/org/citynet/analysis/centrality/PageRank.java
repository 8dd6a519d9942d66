package org.citynet.analysis.centrality;

import java.util.Arrays;
import org.citynet.graph.CompactGraph;

/**
 * Weighted PageRank of every vertex, as NetworkX's {@code pagerank(G, alpha, weight="weight", tol,
 * max_iter)}: a random surfer follows an edge with probability proportional to its weight, or with
 * probability {@code 1 - damping} (and always from an isolated vertex) jumps to a uniformly chosen
 * vertex. The scores sum to 1.
 *
 * <p>Brin and Page, "The anatomy of a large-scale hypertextual Web search engine", Computer
 * Networks 30 (1998). Power iteration from the uniform vector, stopped as NetworkX does when the L1
 * change of one step falls below {@code n · tolerance}. O(m) per iteration; deterministic.
 */
public final class PageRank {
  /** NetworkX's damping factor. */
  public static final double DAMPING = 0.85;

  /** The project's tolerance (NetworkX's default is 1e-6). */
  public static final double TOLERANCE = 1e-12;

  /** The project's iteration cap (NetworkX's default is 100). */
  public static final int MAX_ITERATIONS = 10_000;

  private PageRank() {}

  /** PageRank with {@link #DAMPING}, {@link #TOLERANCE} and {@link #MAX_ITERATIONS}. */
  public static double[] compute(CompactGraph g) {
    return compute(g, DAMPING, TOLERANCE, MAX_ITERATIONS);
  }

  /**
   * PageRank with the given parameters; a new array the caller owns (empty for the empty graph).
   *
   * @param damping probability of following an edge, in [0, 1]; 0 gives the uniform vector
   * @param tolerance per-vertex tolerance; iteration stops when the L1 change is below {@code n ·
   *     tolerance}
   * @param maxIterations iteration cap
   * @throws IllegalStateException if the iteration has not converged after {@code maxIterations}
   */
  public static double[] compute(
      CompactGraph g, double damping, double tolerance, int maxIterations) {
    Propagation overEdges =
        (share, in) -> {
          for (int v = 0; v < in.length; v++) {
            double sum = 0;
            for (int slot = g.firstSlot(v); slot < g.endSlot(v); slot++) {
              sum += share[g.neighbour(slot)] * g.weight(slot);
            }
            in[v] = sum;
          }
        };
    return compute(Degrees.strength(g), overEdges, damping, tolerance, maxIterations);
  }

  /**
   * The one O(m) step of an iteration, which a distributed engine may run elsewhere: for every
   * vertex v, {@code in[v] = Σ share[u] · w(u, v)} over its neighbours u, each neighbour's terms
   * added in the graph's slot order.
   */
  @FunctionalInterface
  public interface Propagation {
    /** Fills {@code in} (length n) from {@code share} (length n). */
    void spread(double[] share, double[] in);
  }

  /**
   * PageRank of the graph whose vertex strengths are {@code strength} and whose edges {@code
   * propagation} spreads along; the same iteration and stopping rule as {@link
   * #compute(CompactGraph, double, double, int)}, which calls this.
   *
   * @throws IllegalStateException if the iteration has not converged after {@code maxIterations}
   */
  public static double[] compute(
      double[] strength,
      Propagation propagation,
      double damping,
      double tolerance,
      int maxIterations) {
    if (!(damping >= 0 && damping <= 1)) {
      throw new IllegalArgumentException("damping must lie in [0, 1]: " + damping);
    }
    int n = strength.length;
    if (n == 0) {
      return new double[0];
    }
    double[] x = new double[n];
    Arrays.fill(x, 1.0 / n);
    double[] share = new double[n];
    double[] in = new double[n];
    double[] next = new double[n];
    for (int iteration = 0; iteration < maxIterations; iteration++) {
      double dangling = 0;
      for (int u = 0; u < n; u++) {
        if (strength[u] == 0) {
          dangling += x[u];
        } else {
          share[u] = x[u] / strength[u];
        }
      }
      double jump = (damping * dangling + (1 - damping)) / n;
      propagation.spread(share, in);
      double change = 0;
      for (int v = 0; v < n; v++) {
        next[v] = damping * in[v] + jump;
        change += Math.abs(next[v] - x[v]);
      }
      double[] swap = x;
      x = next;
      next = swap;
      if (change < n * tolerance) {
        return x;
      }
    }
    throw new IllegalStateException(
        "PageRank did not converge in " + maxIterations + " iterations");
  }
}
