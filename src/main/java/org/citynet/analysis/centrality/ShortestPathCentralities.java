package org.citynet.analysis.centrality;

import java.util.Arrays;
import java.util.concurrent.RecursiveTask;
import org.citynet.graph.CompactGraph;

/**
 * Betweenness, closeness and harmonic centrality over unweighted (hop-count) shortest paths, all
 * three from one breadth-first search per source, with NetworkX's definitions:
 *
 * <ul>
 *   <li>betweenness = {@code betweenness_centrality(G, normalized=True)}: the share of shortest
 *       paths between pairs of other vertices through the vertex, divided by {@code (n-1)(n-2)/2};
 *       0 everywhere when {@code n <= 2};
 *   <li>closeness = {@code closeness_centrality(G, wf_improved=True)}: {@code (r-1)/D ·
 *       (r-1)/(n-1)} with {@code r} the vertices reachable from it (itself included) and {@code D}
 *       the sum of their distances (Wasserman and Faust's correction for disconnected graphs); 0
 *       for an isolated vertex;
 *   <li>harmonic = {@code harmonic_centrality(G)[v] / (n-1)}: the mean of {@code 1/distance} over
 *       all other vertices (unreachable ones add 0); 0 when {@code n = 1}.
 * </ul>
 *
 * <p>Brandes, "A faster algorithm for betweenness centrality", J. Math. Sociol. 25(2) (2001):
 * O(n·m) time, O(n) memory per worker thread. Dependencies are accumulated by walking the BFS
 * levels backwards, each vertex pulling from its neighbours one level further, so no predecessor
 * lists are built. Sources are split into a fixed number of blocks, run in parallel on the ForkJoin
 * pool of the calling thread (the common pool otherwise); each block sums its own betweenness and
 * the blocks are added in a fixed tree order, so the result is bit-for-bit the same whatever the
 * number of threads. Read-only.
 */
public final class ShortestPathCentralities {
  /**
   * Number of source blocks: enough for load balancing on many cores, independent of their number
   * so that the summation order, and hence the result, is too.
   */
  static final int BLOCKS = 256;

  private final double[] betweenness;
  private final double[] closeness;
  private final double[] harmonic;

  private ShortestPathCentralities(double[] betweenness, double[] closeness, double[] harmonic) {
    this.betweenness = betweenness;
    this.closeness = closeness;
    this.harmonic = harmonic;
  }

  /** Computes the three measures for every vertex of {@code g}. */
  public static ShortestPathCentralities of(CompactGraph g) {
    int n = g.vertexCount();
    double[] closeness = new double[n];
    double[] harmonic = new double[n];
    if (n == 0) {
      return new ShortestPathCentralities(new double[0], closeness, harmonic);
    }
    double[] betweenness =
        new SourceBlocks(g, Math.min(BLOCKS, n), 0, Math.min(BLOCKS, n), closeness, harmonic)
            .invoke();
    if (n > 2) {
      // Each unordered pair was counted from both ends: (n-1)(n-2) = 2 · number of pairs.
      double scale = 1.0 / ((n - 1.0) * (n - 2.0));
      for (int v = 0; v < n; v++) {
        betweenness[v] *= scale;
      }
    }
    return new ShortestPathCentralities(betweenness, closeness, harmonic);
  }

  /** Number of vertices. */
  public int vertexCount() {
    return betweenness.length;
  }

  /** Normalised betweenness of vertex {@code v}, in [0, 1]. */
  public double betweenness(int v) {
    return betweenness[v];
  }

  /** Wasserman-Faust closeness of vertex {@code v}, in [0, 1]. */
  public double closeness(int v) {
    return closeness[v];
  }

  /** Harmonic centrality of vertex {@code v} divided by {@code n-1}, in [0, 1]. */
  public double harmonic(int v) {
    return harmonic[v];
  }

  /** The blocks {@code [from, to)} of sources; returns their summed unscaled betweenness. */
  private static final class SourceBlocks extends RecursiveTask<double[]> {
    private final CompactGraph g;
    private final int blocks;
    private final int from;
    private final int to;
    private final double[] closeness;
    private final double[] harmonic;

    SourceBlocks(
        CompactGraph g, int blocks, int from, int to, double[] closeness, double[] harmonic) {
      this.g = g;
      this.blocks = blocks;
      this.from = from;
      this.to = to;
      this.closeness = closeness;
      this.harmonic = harmonic;
    }

    @Override
    protected double[] compute() {
      if (to - from == 1) {
        Search search = new Search(g, closeness, harmonic);
        for (int s = firstSource(from), end = firstSource(to); s < end; s++) {
          search.from(s);
        }
        return search.dependency;
      }
      int middle = (from + to) >>> 1;
      SourceBlocks left = new SourceBlocks(g, blocks, from, middle, closeness, harmonic);
      left.fork();
      double[] right = new SourceBlocks(g, blocks, middle, to, closeness, harmonic).compute();
      double[] sum = left.join();
      for (int v = 0; v < sum.length; v++) {
        sum[v] += right[v];
      }
      return sum;
    }

    private int firstSource(int block) {
      return (int) ((long) block * g.vertexCount() / blocks);
    }
  }

  /** One worker's buffers for Brandes' search, reused from source to source. */
  private static final class Search {
    private final CompactGraph g;
    private final double[] closeness;
    private final double[] harmonic;

    /** Summed dependency of every vertex on the sources searched so far (unscaled betweenness). */
    final double[] dependency;

    /** Vertices in the order reached, hence by distance. */
    private final int[] order;

    /** {@code levelStart[d]} = index in {@code order} of the first vertex at distance d. */
    private final int[] levelStart;

    private final int[] distance;

    /** Number of shortest paths from the source (Brandes' sigma). */
    private final double[] paths;

    /** {@code (1 + delta[w]) / sigma[w]}: what w passes back to each predecessor per path. */
    private final double[] credit;

    private final double[] pulled;

    Search(CompactGraph g, double[] closeness, double[] harmonic) {
      int n = g.vertexCount();
      this.g = g;
      this.closeness = closeness;
      this.harmonic = harmonic;
      dependency = new double[n];
      order = new int[n];
      levelStart = new int[n + 1];
      distance = new int[n];
      Arrays.fill(distance, -1);
      paths = new double[n];
      credit = new double[n];
      pulled = new double[n];
    }

    /**
     * Adds the dependencies on source {@code s} and writes its closeness and harmonic.
     *
     * <p>The backward phase goes level by level and pulls credit from every neighbour without
     * testing distances: neighbours lie at most one level away, and credit is still 0 on this level
     * and the one before, so only the successors contribute. That avoids a branch per edge that the
     * processor cannot predict.
     */
    void from(int s) {
      int n = g.vertexCount();
      distance[s] = 0;
      paths[s] = 1;
      order[0] = s;
      int reached = 1;
      int levels = 0;
      long distanceSum = 0;
      double inverseSum = 0;
      for (int head = 0; head < reached; head++) {
        int v = order[head];
        if (distance[v] == levels) {
          levelStart[levels++] = head;
        }
        int further = distance[v] + 1;
        double pathsToV = paths[v];
        for (int slot = g.firstSlot(v), slotEnd = g.endSlot(v); slot < slotEnd; slot++) {
          int w = g.neighbour(slot);
          int dw = distance[w];
          if (dw < 0) {
            distance[w] = further;
            paths[w] = pathsToV;
            order[reached++] = w;
            distanceSum += further;
            inverseSum += 1.0 / further;
          } else if (dw == further) {
            paths[w] += pathsToV;
          }
        }
      }
      levelStart[levels] = reached;
      for (int level = levels - 1; level > 0; level--) {
        int first = levelStart[level];
        int end = levelStart[level + 1];
        for (int i = first; i < end; i++) {
          int v = order[i];
          double sum = 0;
          for (int slot = g.firstSlot(v), slotEnd = g.endSlot(v); slot < slotEnd; slot++) {
            sum += credit[g.neighbour(slot)];
          }
          pulled[i] = sum;
        }
        for (int i = first; i < end; i++) {
          int v = order[i];
          double delta = paths[v] * pulled[i];
          dependency[v] += delta;
          credit[v] = (1 + delta) / paths[v];
        }
      }
      if (distanceSum > 0) {
        double reachable = reached - 1;
        closeness[s] = reachable / distanceSum * (reachable / (n - 1));
      }
      harmonic[s] = n > 1 ? inverseSum / (n - 1) : 0;
      // paths and pulled are overwritten before being read; distance and credit must be cleared.
      for (int i = 0; i < reached; i++) {
        distance[order[i]] = -1;
        credit[order[i]] = 0;
      }
    }
  }
}
