package org.citynet.analysis.community;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Random;
import java.util.stream.IntStream;
import nl.cwts.networkanalysis.Clustering;
import nl.cwts.networkanalysis.LeidenAlgorithm;
import nl.cwts.networkanalysis.Network;
import nl.cwts.util.LargeDoubleArray;
import nl.cwts.util.LargeIntArray;
import org.citynet.graph.CompactGraph;

/**
 * Communities that maximise weighted modularity, found with the Leiden algorithm.
 *
 * <p>V. A. Traag, L. Waltman and N. J. van Eck, "From Louvain to Leiden: guaranteeing
 * well-connected communities", Scientific Reports 9 (2019) 5233, through its authors' library
 * {@code nl.cwts:networkanalysis}. Modularity is the library's CPM quality with node weight =
 * strength and resolution {@code γ / 2m}; its {@code calcQuality} then equals Newman-Girvan
 * modularity (see {@link Modularity}).
 *
 * <p>Each of {@code randomStarts} runs starts from singletons and repeats Leiden iterations until
 * one leaves the clustering unchanged, at most {@code maxIterations} times; the start with the
 * highest modularity is kept. One {@link Random} seeded once drives all starts, so the result is a
 * function of the graph and the parameters. Cost per iteration is about linear in n + m (the
 * paper's fast local moving); in all O(randomStarts · maxIterations · (n + m)) in the worst case.
 *
 * <p>Vertices without edges stay singleton clusters. Cluster ids are relabelled by size, 0 =
 * largest, ties by lowest member vertex.
 */
public final class LeidenClustering {
  /** Classic modularity. */
  public static final double DEFAULT_RESOLUTION = 1.0;

  /** Seed used unless another is given. */
  public static final long DEFAULT_SEED = 42;

  /** Random starts, as in the CWTS command-line tool's {@code --random-starts}. */
  public static final int DEFAULT_RANDOM_STARTS = 10;

  /** Cap on Leiden iterations per start; runs usually converge well before. */
  public static final int DEFAULT_MAX_ITERATIONS = 50;

  private final double resolution;
  private final long seed;
  private final int randomStarts;
  private final int maxIterations;

  private LeidenClustering(double resolution, long seed, int randomStarts, int maxIterations) {
    this.resolution = resolution;
    this.seed = seed;
    this.randomStarts = randomStarts;
    this.maxIterations = maxIterations;
  }

  /** Resolution 1, seed 42, 10 random starts, at most 50 iterations each. */
  public static LeidenClustering withDefaults() {
    return of(DEFAULT_RESOLUTION, DEFAULT_SEED, DEFAULT_RANDOM_STARTS, DEFAULT_MAX_ITERATIONS);
  }

  /**
   * Leiden clustering with explicit parameters.
   *
   * @param resolution γ ≥ 0: 0 puts each connected component into one cluster, 1 is classic
   *     modularity, larger values give more and smaller clusters
   * @param seed seed of the random number generator
   * @param randomStarts independent runs, the best of which is kept; at least 1
   * @param maxIterations most Leiden iterations per run; at least 1
   * @throws IllegalArgumentException for a parameter out of range
   */
  public static LeidenClustering of(
      double resolution, long seed, int randomStarts, int maxIterations) {
    if (!(resolution >= 0) || Double.isInfinite(resolution)) {
      throw new IllegalArgumentException("resolution must be finite and >= 0: " + resolution);
    }
    if (randomStarts < 1) {
      throw new IllegalArgumentException("random starts must be >= 1: " + randomStarts);
    }
    if (maxIterations < 1) {
      throw new IllegalArgumentException("iterations must be >= 1: " + maxIterations);
    }
    return new LeidenClustering(resolution, seed, randomStarts, maxIterations);
  }

  /**
   * Clusters the graph.
   *
   * @throws IllegalArgumentException if an edge weight is not positive and finite
   */
  public Partition cluster(CompactGraph graph) {
    int n = graph.vertexCount();
    if (graph.edgeCount() == 0) {
      int[] singletons = new int[n];
      Arrays.setAll(singletons, v -> v);
      return new Partition(singletons, n, Double.NaN);
    }
    Network network = toNetwork(graph);
    // Modularity as CPM: resolution scaled by the total node weight 2m.
    double cpmResolution = resolution / (2 * network.getTotalEdgeWeight());
    Random random = new Random(seed);
    LeidenAlgorithm leiden =
        new LeidenAlgorithm(cpmResolution, 1, LeidenAlgorithm.DEFAULT_RANDOMNESS, random);
    Clustering best = null;
    double bestQuality = Double.NEGATIVE_INFINITY;
    for (int start = 0; start < randomStarts; start++) {
      Clustering clustering = new Clustering(n);
      for (int i = 0; i < maxIterations; i++) {
        if (!leiden.improveClustering(network, clustering)) {
          break;
        }
      }
      double quality = leiden.calcQuality(network, clustering);
      if (quality > bestQuality) {
        best = clustering;
        bestQuality = quality;
      }
    }
    int[] labels = relabelBySize(best.getClusters(), best.getNClusters());
    return new Partition(labels, Arrays.stream(labels).max().getAsInt() + 1, bestQuality);
  }

  /** The library's network: node weights = strength, each edge once in the edge list. */
  private static Network toNetwork(CompactGraph graph) {
    int n = graph.vertexCount();
    int m = graph.edgeCount();
    LargeIntArray from = new LargeIntArray(m);
    LargeIntArray to = new LargeIntArray(m);
    LargeDoubleArray weights = new LargeDoubleArray(m);
    long e = 0;
    for (int v = 0; v < n; v++) {
      for (int s = graph.firstSlot(v); s < graph.endSlot(v); s++) {
        int u = graph.neighbour(s);
        double w = graph.weight(s);
        if (!(w > 0) || Double.isInfinite(w)) {
          throw new IllegalArgumentException("edge " + v + "-" + u + " has weight " + w);
        }
        if (v < u) {
          from.set(e, v);
          to.set(e, u);
          weights.set(e, w);
          e++;
        }
      }
    }
    return new Network(n, true, new LargeIntArray[] {from, to}, weights, false, false);
  }

  /** Maps library cluster ids to 0 = largest, ties broken by the lowest member vertex. */
  private static int[] relabelBySize(int[] clusters, int count) {
    int[] size = new int[count];
    int[] firstVertex = new int[count];
    Arrays.fill(firstVertex, -1);
    for (int v = 0; v < clusters.length; v++) {
      int c = clusters[v];
      size[c]++;
      if (firstVertex[c] < 0) {
        firstVertex[c] = v;
      }
    }
    int[] order =
        IntStream.range(0, count)
            .filter(c -> size[c] > 0)
            .boxed()
            .sorted(
                Comparator.<Integer>comparingInt(c -> -size[c])
                    .thenComparingInt(c -> firstVertex[c]))
            .mapToInt(Integer::intValue)
            .toArray();
    int[] label = new int[count];
    for (int i = 0; i < order.length; i++) {
      label[order[i]] = i;
    }
    int[] out = new int[clusters.length];
    for (int v = 0; v < clusters.length; v++) {
      out[v] = label[clusters[v]];
    }
    return out;
  }
}
