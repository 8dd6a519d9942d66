package org.citynet.analysis.centrality;

import java.util.Arrays;
import org.citynet.graph.CompactGraph;
import org.citynet.model.BetweennessMethod;

/**
 * Betweenness, closeness and harmonic centrality over shortest paths whose edges have lengths
 * (inverse weight or kilometres, see {@link PathLengths}), all three exact and from one Dijkstra
 * search per vertex, with NetworkX's definitions for an edge attribute {@code length}:
 *
 * <ul>
 *   <li>betweenness = {@code betweenness_centrality(G, weight="length", normalized=True)}, divided
 *       by {@code (n-1)(n-2)/2}; 0 everywhere when {@code n <= 2};
 *   <li>closeness = {@code closeness_centrality(G, distance="length")}: {@code (r-1)/D ·
 *       (r-1)/(n-1)} with {@code r} the vertices reachable (itself included) and {@code D} the sum
 *       of their distances (Wasserman-Faust); 0 when {@code D = 0};
 *   <li>harmonic = {@code harmonic_centrality(G, distance="length")[v] / (n-1)}: distances of 0
 *       (cities at the same place, joined by 0-km edges) add nothing, as in NetworkX.
 * </ul>
 *
 * <p><b>Algorithm.</b> Brandes, "A faster algorithm for betweenness centrality", J. Math. Sociol.
 * 25(2) (2001), with Dijkstra's search on an indexed binary heap of primitive arrays. A vertex's
 * predecessors on shortest paths are the settled neighbours {@code u} with {@code dist(u) +
 * length(u, v) == dist(v)}, compared exactly in floating point, the distance summed from the source
 * outwards: the same sums and the same comparison as NetworkX's Dijkstra, so the two count the same
 * ties. Mathematically equal lengths can differ in floating point (1/3 + 1/3 + 1/3 ≠ 1, while 1/2 +
 * 1/2 = 1 and 1/4 + 1/4 = 1/2 exactly); like NetworkX, such near-ties are not ties. A 0-length edge
 * joins two vertices at the same distance; the one settled first counts as the other's predecessor
 * (NetworkX then lets each be the other's predecessor, which double counts paths).
 *
 * <p>Time O(n·(m + n) log n), O(n + m) memory per worker thread. Sources are split into a fixed
 * number of blocks run in parallel on the ForkJoin pool of the calling thread (the common pool
 * otherwise); each block sums its own dependencies and the blocks are added in a fixed tree order,
 * so the result is bit-for-bit the same whatever the number of threads. Read-only.
 */
public final class WeightedShortestPathCentralities implements PathCentralities {
  private final double[] betweenness;
  private final double[] closeness;
  private final double[] harmonic;

  private WeightedShortestPathCentralities(
      double[] betweenness, double[] closeness, double[] harmonic) {
    this.betweenness = betweenness;
    this.closeness = closeness;
    this.harmonic = harmonic;
  }

  /**
   * Computes the three measures for every vertex of {@code g}.
   *
   * @param length the length of the edge in each slot of {@code g}, finite and &gt;= 0, equal in
   *     both slots of an edge
   * @throws IllegalArgumentException if {@code length} does not fit {@code g} or a length is
   *     negative or not finite
   */
  public static WeightedShortestPathCentralities of(CompactGraph g, double[] length) {
    if (length.length != 2 * g.edgeCount()) {
      throw new IllegalArgumentException(
          "need " + 2 * g.edgeCount() + " slot lengths, got " + length.length);
    }
    for (double l : length) {
      if (!(l >= 0) || Double.isInfinite(l)) {
        throw new IllegalArgumentException("path lengths must be finite and >= 0: " + l);
      }
    }
    int n = g.vertexCount();
    Kernel kernel = new Kernel(g, length.clone());
    double[] dependency = new double[n];
    if (n > 0) {
      int blocks = Math.min(ShortestPathCentralities.BLOCKS, n);
      dependency =
          BlockSums.of(
              blocks,
              b -> {
                Search search = new Search(kernel);
                for (int s = BlockSums.firstOf(b, blocks, n),
                        end = BlockSums.firstOf(b + 1, blocks, n);
                    s < end;
                    s++) {
                  search.from(s);
                }
                return search.dependency;
              });
    }
    double[] scores = new double[n];
    if (n > 2) {
      // Each unordered pair was counted from both ends: (n-1)(n-2) = 2 · number of pairs.
      double scale = 1.0 / ((n - 1.0) * (n - 2.0));
      for (int v = 0; v < n; v++) {
        scores[v] = dependency[v] * scale;
      }
    }
    return new WeightedShortestPathCentralities(scores, kernel.closeness, kernel.harmonic);
  }

  /** Always exact: sampling draws hop paths only. */
  @Override
  public BetweennessMethod method() {
    return BetweennessMethod.exact();
  }

  @Override
  public int vertexCount() {
    return betweenness.length;
  }

  @Override
  public double betweenness(int v) {
    return betweenness[v];
  }

  @Override
  public double closeness(int v) {
    return closeness[v];
  }

  @Override
  public double harmonic(int v) {
    return harmonic[v];
  }

  /** What every worker shares: the graph, its lengths, and the closeness and harmonic it fills. */
  private record Kernel(CompactGraph g, double[] length, double[] closeness, double[] harmonic) {
    Kernel(CompactGraph g, double[] length) {
      this(g, length, new double[g.vertexCount()], new double[g.vertexCount()]);
    }
  }

  /** One worker's buffers, reused from source to source. */
  private static final class Search {
    private final CompactGraph g;
    private final double[] length;
    private final Kernel kernel;

    /** Summed dependency of every vertex on the sources searched so far. */
    final double[] dependency;

    /** Distance from the source; +∞ until reached. */
    private final double[] distance;

    /** Number of shortest paths from the source (Brandes' sigma). */
    private final double[] paths;

    private final double[] delta;
    private final boolean[] settled;

    /** Vertices in the order settled, hence by distance. */
    private final int[] order;

    /** Predecessors of {@code order[i]}: from {@code predecessorEnd[i-1]} to {@code [i]}. */
    private final int[] predecessors;

    private final int[] predecessorEnd;

    /** Binary min-heap of reached, unsettled vertices by distance, and each one's position. */
    private final int[] heap;

    private final int[] heapPosition;
    private int heapSize;

    Search(Kernel kernel) {
      this.kernel = kernel;
      g = kernel.g();
      length = kernel.length();
      int n = g.vertexCount();
      dependency = new double[n];
      distance = new double[n];
      Arrays.fill(distance, Double.POSITIVE_INFINITY);
      paths = new double[n];
      delta = new double[n];
      settled = new boolean[n];
      order = new int[n];
      predecessors = new int[2 * g.edgeCount()];
      predecessorEnd = new int[n];
      heap = new int[n];
      heapPosition = new int[n];
    }

    /** Adds the dependencies on source {@code s} and writes its closeness and harmonic. */
    void from(int s) {
      int reached = forward(s);
      double total = 0;
      double inverse = 0;
      for (int i = 1; i < reached; i++) {
        double d = distance[order[i]];
        total += d;
        if (d != 0) {
          inverse += 1 / d;
        }
      }
      int n = g.vertexCount();
      if (total > 0 && n > 1) {
        // NetworkX's order of operations, so that rounding agrees too.
        double c = (reached - 1.0) / total;
        kernel.closeness()[s] = c * ((reached - 1.0) / (n - 1));
      }
      kernel.harmonic()[s] = n > 1 ? inverse / (n - 1) : 0;
      backward(reached);
      for (int i = 0; i < reached; i++) {
        int v = order[i];
        distance[v] = Double.POSITIVE_INFINITY;
        settled[v] = false;
        delta[v] = 0;
      }
    }

    /**
     * Dijkstra's search from {@code s}: settles vertices in order of distance, counting each one's
     * shortest paths from its settled predecessors. Returns the number of vertices reached.
     */
    private int forward(int s) {
      distance[s] = 0;
      push(s);
      int reached = 0;
      int arcs = 0;
      while (heapSize > 0) {
        int v = pop();
        settled[v] = true;
        double dv = distance[v];
        double pathsToV = v == s ? 1 : 0;
        for (int slot = g.firstSlot(v), end = g.endSlot(v); slot < end; slot++) {
          int u = g.neighbour(slot);
          if (settled[u]) {
            // The very sum that set or matched distance[v] when u was settled.
            if (distance[u] + length[slot] == dv) {
              pathsToV += paths[u];
              predecessors[arcs++] = u;
            }
          } else {
            double via = dv + length[slot];
            if (via < distance[u]) {
              boolean queued = distance[u] != Double.POSITIVE_INFINITY;
              distance[u] = via;
              if (queued) {
                siftUp(heapPosition[u]);
              } else {
                push(u);
              }
            }
          }
        }
        paths[v] = pathsToV;
        order[reached] = v;
        predecessorEnd[reached++] = arcs;
      }
      return reached;
    }

    /** Brandes' accumulation in reverse order of distance. */
    private void backward(int reached) {
      for (int i = reached - 1; i > 0; i--) {
        int w = order[i];
        double credit = (1 + delta[w]) / paths[w];
        for (int arc = predecessorEnd[i - 1], end = predecessorEnd[i]; arc < end; arc++) {
          int v = predecessors[arc];
          delta[v] += paths[v] * credit;
        }
        dependency[w] += delta[w];
      }
    }

    private void push(int v) {
      heap[heapSize] = v;
      heapPosition[v] = heapSize;
      siftUp(heapSize++);
    }

    private int pop() {
      int top = heap[0];
      int last = heap[--heapSize];
      if (heapSize > 0) {
        heap[0] = last;
        heapPosition[last] = 0;
        siftDown(0);
      }
      return top;
    }

    private void siftUp(int i) {
      int v = heap[i];
      double d = distance[v];
      while (i > 0) {
        int parent = (i - 1) >>> 1;
        int p = heap[parent];
        if (distance[p] <= d) {
          break;
        }
        heap[i] = p;
        heapPosition[p] = i;
        i = parent;
      }
      heap[i] = v;
      heapPosition[v] = i;
    }

    private void siftDown(int i) {
      int v = heap[i];
      double d = distance[v];
      while (true) {
        int child = 2 * i + 1;
        if (child >= heapSize) {
          break;
        }
        if (child + 1 < heapSize && distance[heap[child + 1]] < distance[heap[child]]) {
          child++;
        }
        int c = heap[child];
        if (distance[c] >= d) {
          break;
        }
        heap[i] = c;
        heapPosition[c] = i;
        i = child;
      }
      heap[i] = v;
      heapPosition[v] = i;
    }
  }
}
