package org.citynet.analysis.centrality;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.RecursiveTask;
import org.citynet.graph.CompactGraph;

/**
 * Betweenness centrality estimated from random shortest paths, within {@code ε} of the exact value
 * for every vertex at once with probability at least {@code 1 - δ}.
 *
 * <p>Riondato and Kornaropoulos, "Fast approximation of betweenness centrality through sampling",
 * Data Mining and Knowledge Discovery 30(2) (2016): sample {@code r} ordered pairs of distinct
 * vertices uniformly, pick one of their shortest paths uniformly, and credit {@code 1/r} to each
 * vertex inside it. With {@code r = ⌈(c/ε²)(⌊log₂(VD − 2)⌋ + 1 + ln(1/δ))⌉}, {@code c = 0.5} and VD
 * an upper bound on the vertex diameter (most vertices on a shortest path), the estimates of the
 * betweenness normalised by {@code n(n-1)} are all within ε with probability ≥ 1 − δ (their Theorem
 * 2, through the VC dimension of the range set). VD is bounded by {@code 2·e + 1}, e the
 * eccentricity of one vertex of each component (their §5.1), and by the component's size.
 *
 * <p>Results are scaled to NetworkX's normalisation (see {@link ShortestPathCentralities}), which
 * is {@code n/(n-2)} times the paper's; ε is applied on that scale, so the sample is drawn for
 * {@code ε(n-2)/n}. Each sample is one balanced bidirectional breadth-first search between its two
 * vertices, as in KADABRA (Borassi and Natale, ESA 2016), which on sparse networks touches a small
 * fraction of the graph: O(r·(n + m)) time at worst, O(n) memory per worker thread. Samples are
 * split into fixed blocks, each with its own random stream split off the seed, and the per-vertex
 * hit counts are integers, so the result depends only on the graph, ε, δ and the seed, never on the
 * number of threads. Read-only.
 */
public final class ApproximateBetweenness {
  /** Default absolute error bound, on NetworkX's [0, 1] scale. */
  public static final double DEFAULT_EPSILON = 0.01;

  /** Default probability that some vertex misses the bound. */
  public static final double DEFAULT_DELTA = 0.1;

  /** Seed used unless another is given. */
  public static final long DEFAULT_SEED = 42;

  /** Riondato and Kornaropoulos' universal constant, as they recommend. */
  static final double C = 0.5;

  /** Sample blocks; fixed, so the random streams do not depend on the number of threads. */
  private static final int BLOCKS = 64;

  private final double epsilon;
  private final double delta;
  private final long seed;

  private ApproximateBetweenness(double epsilon, double delta, long seed) {
    this.epsilon = epsilon;
    this.delta = delta;
    this.seed = seed;
  }

  /** ε = {@value #DEFAULT_EPSILON}, δ = {@value #DEFAULT_DELTA}, seed {@value #DEFAULT_SEED}. */
  public static ApproximateBetweenness withDefaults() {
    return of(DEFAULT_EPSILON, DEFAULT_DELTA, DEFAULT_SEED);
  }

  /**
   * An estimator with explicit accuracy.
   *
   * @param epsilon largest absolute error, in (0, 1): halving it quadruples the sample
   * @param delta probability of exceeding it somewhere, in (0, 1)
   * @param seed seed of the random pair and path choices
   * @throws IllegalArgumentException for a parameter out of range
   */
  public static ApproximateBetweenness of(double epsilon, double delta, long seed) {
    if (!(epsilon > 0 && epsilon < 1)) {
      throw new IllegalArgumentException("epsilon must lie in (0, 1): " + epsilon);
    }
    if (!(delta > 0 && delta < 1)) {
      throw new IllegalArgumentException("delta must lie in (0, 1): " + delta);
    }
    return new ApproximateBetweenness(epsilon, delta, seed);
  }

  /** The error bound ε. */
  public double epsilon() {
    return epsilon;
  }

  /** The failure probability δ. */
  public double delta() {
    return delta;
  }

  /**
   * Number of shortest paths sampled on {@code g}; 0 when no vertex can lie inside a shortest path
   * (n ≤ 2 or no path of two edges).
   */
  public long sampleSize(CompactGraph g) {
    int n = g.vertexCount();
    int vertexDiameter = vertexDiameterBound(g);
    if (n <= 2 || vertexDiameter <= 2) {
      return 0;
    }
    double e = epsilon * (n - 2.0) / n;
    int log2 = 31 - Integer.numberOfLeadingZeros(vertexDiameter - 2);
    return (long) Math.ceil(C / (e * e) * (log2 + 1 + Math.log(1 / delta)));
  }

  /**
   * Estimated normalised betweenness of every vertex of {@code g}, on the ForkJoin pool of the
   * calling thread.
   */
  public double[] compute(CompactGraph g) {
    int n = g.vertexCount();
    double[] betweenness = new double[n];
    long samples = sampleSize(g);
    if (samples == 0) {
      return betweenness;
    }
    SplittableRandom root = new SplittableRandom(seed);
    SplittableRandom[] streams = new SplittableRandom[BLOCKS];
    for (int b = 0; b < BLOCKS; b++) {
      streams[b] = root.split();
    }
    long[] hits = new SampleBlocks(g, streams, samples, 0, BLOCKS).invoke();
    double scale = n / (n - 2.0) / samples;
    for (int v = 0; v < n; v++) {
      betweenness[v] = hits[v] * scale;
    }
    return betweenness;
  }

  /**
   * {@code min(2e + 1, size)} maximised over components, e the eccentricity of one of their
   * vertices: no shortest path has more vertices.
   */
  static int vertexDiameterBound(CompactGraph g) {
    int n = g.vertexCount();
    int[] distance = new int[n];
    Arrays.fill(distance, -1);
    int[] queue = new int[n];
    int bound = n == 0 ? 0 : 1;
    for (int seed = 0; seed < n; seed++) {
      if (distance[seed] >= 0) {
        continue;
      }
      distance[seed] = 0;
      queue[0] = seed;
      int tail = 1;
      for (int head = 0; head < tail; head++) {
        int v = queue[head];
        for (int slot = g.firstSlot(v); slot < g.endSlot(v); slot++) {
          int w = g.neighbour(slot);
          if (distance[w] < 0) {
            distance[w] = distance[v] + 1;
            queue[tail++] = w;
          }
        }
      }
      bound = Math.max(bound, Math.min(2 * distance[queue[tail - 1]] + 1, tail));
    }
    return bound;
  }

  /** Blocks {@code [from, to)} of samples; returns how often each vertex was inside a path. */
  private static final class SampleBlocks extends RecursiveTask<long[]> {
    private final CompactGraph g;
    private final SplittableRandom[] streams;
    private final long samples;
    private final int from;
    private final int to;

    SampleBlocks(CompactGraph g, SplittableRandom[] streams, long samples, int from, int to) {
      this.g = g;
      this.streams = streams;
      this.samples = samples;
      this.from = from;
      this.to = to;
    }

    @Override
    protected long[] compute() {
      if (to - from == 1) {
        long count = samples * (from + 1) / BLOCKS - samples * from / BLOCKS;
        return new PathSampler(g, streams[from]).sample(count);
      }
      int middle = (from + to) >>> 1;
      SampleBlocks left = new SampleBlocks(g, streams, samples, from, middle);
      left.fork();
      long[] right = new SampleBlocks(g, streams, samples, middle, to).compute();
      long[] sum = left.join();
      for (int v = 0; v < sum.length; v++) {
        sum[v] += right[v];
      }
      return sum;
    }
  }

  /** One worker's search buffers. */
  private static final class PathSampler {
    private final CompactGraph g;
    private final SplittableRandom random;
    private final long[] hits;
    private final Side forward;
    private final Side backward;

    PathSampler(CompactGraph g, SplittableRandom random) {
      this.g = g;
      this.random = random;
      hits = new long[g.vertexCount()];
      forward = new Side(g.vertexCount());
      backward = new Side(g.vertexCount());
    }

    long[] sample(long count) {
      int n = g.vertexCount();
      for (long i = 0; i < count; i++) {
        int u = random.nextInt(n);
        int w = random.nextInt(n - 1);
        samplePath(u, w >= u ? w + 1 : w);
      }
      return hits;
    }

    /**
     * Balanced bidirectional search between {@code u} and {@code w} (Borassi and Natale, "KADABRA
     * is an ADaptive Algorithm for Betweenness via Random Approximation", ESA 2016): each round
     * grows, by one whole level, the side whose frontier has fewer arcs, until a new level touches
     * the other side. The vertices touched, y, are then exactly the middle vertices of the shortest
     * paths, {@code σ_u(y)·σ_w(y)} of them through each; one y drawn in proportion, and a walk back
     * from it to each end choosing predecessors in proportion to their path counts, picks a
     * shortest path uniformly. On sparse real and random networks both searches stay far smaller
     * than one full search.
     */
    private void samplePath(int u, int w) {
      forward.start(g, u);
      backward.start(g, w);
      int touched = -1;
      while (touched < 0 && forward.frontierArcs > 0 && backward.frontierArcs > 0) {
        Side grow = forward.frontierArcs <= backward.frontierArcs ? forward : backward;
        touched = grow.expand(g, grow == forward ? backward : forward);
      }
      if (touched >= 0) {
        Side grown = forward.touchedBy ? forward : backward;
        Side other = grown == forward ? backward : forward;
        int y = grown.pickTouched(other, random);
        if (other.distance[y] > 0) {
          hits[y]++;
        }
        grown.walkBack(g, y, hits, random);
        other.walkBack(g, y, hits, random);
      }
      forward.clear();
      backward.clear();
      forward.touchedBy = false;
      backward.touchedBy = false;
    }
  }

  /** One end of a bidirectional search: distances and path counts from its source, by level. */
  private static final class Side {
    final int[] distance;
    final double[] paths;
    private final int[] order;
    private int reached;
    private int levelStart;
    private int level;
    long frontierArcs;
    boolean touchedBy;

    /** Where the level that touched the other side starts and ends in {@link #order}. */
    private int touchedFrom;

    Side(int n) {
      distance = new int[n];
      Arrays.fill(distance, -1);
      paths = new double[n];
      order = new int[n];
    }

    void start(CompactGraph g, int source) {
      distance[source] = 0;
      paths[source] = 1;
      order[0] = source;
      reached = 1;
      levelStart = 0;
      level = 0;
      frontierArcs = g.degree(source);
    }

    /**
     * Adds the next level; returns how many of its vertices the other side has reached (-1 for
     * none), marking this side as the one that touched.
     */
    int expand(CompactGraph g, Side other) {
      int levelEnd = reached;
      int further = level + 1;
      long arcs = 0;
      int touched = 0;
      for (int head = levelStart; head < levelEnd; head++) {
        int v = order[head];
        for (int slot = g.firstSlot(v); slot < g.endSlot(v); slot++) {
          int x = g.neighbour(slot);
          if (distance[x] < 0) {
            distance[x] = further;
            paths[x] = paths[v];
            order[reached++] = x;
            arcs += g.degree(x);
            touched += other.distance[x] >= 0 ? 1 : 0;
          } else if (distance[x] == further) {
            paths[x] += paths[v];
          }
        }
      }
      levelStart = levelEnd;
      level = further;
      frontierArcs = arcs;
      touchedFrom = levelEnd;
      if (touched == 0) {
        return -1;
      }
      touchedBy = true;
      return touched;
    }

    /** A vertex of the last level that {@code other} reached, drawn ∝ σ here · σ there. */
    int pickTouched(Side other, SplittableRandom random) {
      double total = 0;
      for (int i = touchedFrom; i < reached; i++) {
        int y = order[i];
        total += other.distance[y] >= 0 ? paths[y] * other.paths[y] : 0;
      }
      double pick = random.nextDouble() * total;
      int chosen = -1;
      for (int i = touchedFrom; i < reached && pick >= 0; i++) {
        int y = order[i];
        if (other.distance[y] >= 0) {
          chosen = y;
          pick -= paths[y] * other.paths[y];
        }
      }
      return chosen;
    }

    /**
     * Walks from {@code y} to this side's source, choosing each predecessor in proportion to its
     * path count, and counts every vertex strictly between them.
     */
    void walkBack(CompactGraph g, int y, long[] hits, SplittableRandom random) {
      for (int v = y; distance[v] > 1; ) {
        double pick = random.nextDouble() * paths[v];
        int previous = -1;
        for (int slot = g.firstSlot(v); pick >= 0 && slot < g.endSlot(v); slot++) {
          int x = g.neighbour(slot);
          if (distance[x] == distance[v] - 1) {
            previous = x;
            pick -= paths[x];
          }
        }
        hits[previous]++;
        v = previous;
      }
    }

    void clear() {
      for (int i = 0; i < reached; i++) {
        distance[order[i]] = -1;
      }
    }
  }
}
