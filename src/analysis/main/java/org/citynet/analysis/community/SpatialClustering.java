package org.citynet.analysis.community;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.citynet.graph.CompactGraph;

/**
 * Communities independent of space: the partition of highest modularity against the gravity null
 * model ({@link GravityModularity}), found by the Leiden algorithm.
 *
 * <p>P. Expert, T. S. Evans, V. D. Blondel and R. Lambiotte, "Uncovering space-independent
 * communities in spatial networks", PNAS 108 (2011) 7663, optimised with the local moving,
 * refinement and aggregation of V. A. Traag, L. Waltman and N. J. van Eck, "From Louvain to Leiden:
 * guaranteeing well-connected communities", Sci. Rep. 9 (2019) 5233 (randomness 0.01 as in their
 * implementation). Where Newman-Girvan clusters largely follow distance, these group cities linked
 * more than their importance and distance predict.
 *
 * <p>Each of {@code randomStarts} runs starts from singletons and repeats Leiden iterations until
 * one leaves the clustering unchanged, at most {@code maxIterations} times; the start with the
 * highest {@code Q_grav} is kept (the first on ties). Each start has its own {@link Random}, seeded
 * from one generator seeded with {@code seed}; the starts run in parallel, and the result is a
 * function of the graph, the model and the parameters, whatever the number of threads.
 *
 * <p>Cost: the expected weight between a node and a cluster does not factorise into per-node and
 * per-cluster terms as in Newman-Girvan modularity, so each node visit sums the model over the
 * cities of the clusters it may join: O(n²) time per sweep in the worst case, in practice O(n ·
 * size of the clusters around each node); O(n + m) memory besides the model's (which tabulates the
 * pair terms of up to {@code GravityNullModel.TABLE_CITIES} cities, O(n²)).
 *
 * <p>Vertices without links stay singleton clusters. Cluster ids are relabelled by size, 0 =
 * largest, ties by lowest member vertex.
 */
public final class SpatialClustering {
  /** Seed used unless another is given. */
  public static final long DEFAULT_SEED = 42;

  /** Random starts, as {@link LeidenClustering#DEFAULT_RANDOM_STARTS}. */
  public static final int DEFAULT_RANDOM_STARTS = LeidenClustering.DEFAULT_RANDOM_STARTS;

  /** Cap on Leiden iterations per start; runs usually converge well before. */
  public static final int DEFAULT_MAX_ITERATIONS = 50;

  /** The refinement's randomness θ, in link weight units: CWTS's default. */
  private static final double RANDOMNESS = 0.01;

  private final long seed;
  private final int randomStarts;
  private final int maxIterations;

  private SpatialClustering(long seed, int randomStarts, int maxIterations) {
    this.seed = seed;
    this.randomStarts = randomStarts;
    this.maxIterations = maxIterations;
  }

  /** Seed 42, 10 random starts, at most 50 iterations each. */
  public static SpatialClustering withDefaults() {
    return of(DEFAULT_SEED, DEFAULT_RANDOM_STARTS);
  }

  /** Seeded clustering with at most {@link #DEFAULT_MAX_ITERATIONS} iterations per start. */
  public static SpatialClustering of(long seed, int randomStarts) {
    return of(seed, randomStarts, DEFAULT_MAX_ITERATIONS);
  }

  /**
   * Seeded clustering with explicit parameters.
   *
   * @param seed seed of the random number generator
   * @param randomStarts independent runs, the best of which is kept; at least 1
   * @param maxIterations most Leiden iterations per run; at least 1
   * @throws IllegalArgumentException for a parameter out of range
   */
  public static SpatialClustering of(long seed, int randomStarts, int maxIterations) {
    if (randomStarts < 1) {
      throw new IllegalArgumentException("random starts must be >= 1: " + randomStarts);
    }
    if (maxIterations < 1) {
      throw new IllegalArgumentException("iterations must be >= 1: " + maxIterations);
    }
    return new SpatialClustering(seed, randomStarts, maxIterations);
  }

  /**
   * Clusters the graph.
   *
   * @param model the gravity null model estimated for this graph
   * @return the partition; its {@link Partition#modularity()} is {@code Q_grav} ({@code NaN}
   *     without links)
   * @throws IllegalArgumentException if the model does not fit the graph or an edge weight is not
   *     positive and finite
   */
  public Partition cluster(CompactGraph graph, GravityNullModel model) {
    int n = graph.vertexCount();
    if (model.vertexCount() != n) {
      throw new IllegalArgumentException(
          "model has " + model.vertexCount() + " vertices, graph " + n);
    }
    for (int v = 0; v < n; v++) {
      for (int s = graph.firstSlot(v); s < graph.endSlot(v); s++) {
        double w = graph.weight(s);
        if (!(w > 0) || Double.isInfinite(w)) {
          throw new IllegalArgumentException(
              "edge " + v + "-" + graph.neighbour(s) + " has weight " + w);
        }
      }
    }
    if (graph.edgeCount() == 0) {
      int[] singletons = new int[n];
      Arrays.setAll(singletons, v -> v);
      return new Partition(singletons, n, Double.NaN);
    }
    long[] seeds = new Random(seed).longs(randomStarts).toArray();
    Start best =
        IntStream.range(0, randomStarts)
            .parallel()
            .mapToObj(start -> run(graph, model, seeds[start]))
            .toList()
            .stream()
            .reduce((a, b) -> b.quality > a.quality ? b : a)
            .orElseThrow();
    int[] labels = LeidenClustering.relabelBySize(best.clusterOf, best.clusterOf.length);
    return new Partition(labels, Arrays.stream(labels).max().orElse(-1) + 1, best.quality);
  }

  private record Start(int[] clusterOf, double quality) {}

  /** One start from singletons, iterated until it stops changing. */
  private Start run(CompactGraph graph, GravityNullModel model, long startSeed) {
    GravityLeiden leiden = new GravityLeiden(graph, model, new Random(startSeed), RANDOMNESS);
    int[] clusters = new int[graph.vertexCount()];
    Arrays.setAll(clusters, v -> v);
    boolean changed = true;
    for (int i = 0; i < maxIterations && changed; i++) {
      changed = leiden.improve(clusters);
    }
    return new Start(clusters, leiden.quality());
  }
}
