package org.citynet.analysis.community;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.stream.IntStream;
import nl.cwts.networkanalysis.Clustering;
import nl.cwts.networkanalysis.LeidenAlgorithm;
import nl.cwts.networkanalysis.Network;
import nl.cwts.util.LargeDoubleArray;
import nl.cwts.util.LargeIntArray;
import org.citynet.analysis.SampleSeeds;
import org.citynet.graph.CompactGraph;
import org.citynet.model.AnalysisSettings.Quality;

/**
 * Communities found with the Leiden algorithm, maximising weighted modularity or the Constant Potts
 * Model.
 *
 * <p>V. A. Traag, L. Waltman and N. J. van Eck, "From Louvain to Leiden: guaranteeing
 * well-connected communities", Scientific Reports 9 (2019) 5233, through its authors' library
 * {@code nl.cwts:networkanalysis}, whose algorithm optimises CPM with node weights. {@link
 * Quality#MODULARITY} uses node weight = strength and resolution {@code γ / 2m}, so that its
 * quality equals Newman-Girvan modularity (see {@link Modularity}); {@link Quality#CPM} uses node
 * weight 1 and resolution {@code γ}, the Constant Potts Model of V. A. Traag, P. Van Dooren and Y.
 * Nesterov, Phys. Rev. E 84 (2011) 016114 (see {@link ConstantPottsModel}).
 *
 * <p>Each of {@code randomStarts} runs starts from singletons and repeats Leiden iterations until
 * one leaves the clustering unchanged, at most {@code maxIterations} times; the start with the
 * highest quality is kept (the first on ties). The starts run in parallel, each with its own {@link
 * Random} seeded from the seed and its index, so the result is a function of the graph and the
 * parameters, whatever the number of threads. Cost per iteration is about linear in n + m (the
 * paper's fast local moving); in all O(randomStarts · maxIterations · (n + m)) in the worst case,
 * plus O(randomStarts² · n log n) for the stability of {@link #run}.
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

  private final Quality quality;
  private final double resolution;
  private final long seed;
  private final int randomStarts;
  private final int maxIterations;

  private LeidenClustering(
      Quality quality, double resolution, long seed, int randomStarts, int maxIterations) {
    this.quality = quality;
    this.resolution = resolution;
    this.seed = seed;
    this.randomStarts = randomStarts;
    this.maxIterations = maxIterations;
  }

  /** Modularity, resolution 1, seed 42, 10 random starts, at most 50 iterations each. */
  public static LeidenClustering withDefaults() {
    return of(DEFAULT_RESOLUTION, DEFAULT_SEED, DEFAULT_RANDOM_STARTS, DEFAULT_MAX_ITERATIONS);
  }

  /**
   * Leiden clustering by modularity with explicit parameters.
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
    return of(Quality.MODULARITY, resolution, seed, randomStarts, maxIterations);
  }

  /**
   * Leiden clustering of the given quality with explicit parameters.
   *
   * @param quality the function to maximise
   * @param resolution γ ≥ 0; for modularity as in {@link #of(double, long, int, int)}; for CPM the
   *     density threshold: 0 puts each connected component into one cluster, values above the
   *     largest edge weight leave every city alone
   * @param seed seed of the random number generator
   * @param randomStarts independent runs, the best of which is kept; at least 1
   * @param maxIterations most Leiden iterations per run; at least 1
   * @throws IllegalArgumentException for a parameter out of range
   */
  public static LeidenClustering of(
      Quality quality, double resolution, long seed, int randomStarts, int maxIterations) {
    Objects.requireNonNull(quality, "quality");
    if (!(resolution >= 0) || Double.isInfinite(resolution)) {
      throw new IllegalArgumentException("resolution must be finite and >= 0: " + resolution);
    }
    if (randomStarts < 1) {
      throw new IllegalArgumentException("random starts must be >= 1: " + randomStarts);
    }
    if (maxIterations < 1) {
      throw new IllegalArgumentException("iterations must be >= 1: " + maxIterations);
    }
    return new LeidenClustering(quality, resolution, seed, randomStarts, maxIterations);
  }

  /**
   * Clusters the graph; the same partition as {@code run(graph).partition()}, without comparing the
   * starts with each other (the O(randomStarts² · n log n) of {@link #run}): what a caller that
   * needs only the best partition, such as the null networks' modularity, pays for.
   *
   * @throws IllegalArgumentException if an edge weight is not positive and finite
   */
  public Partition cluster(CompactGraph graph) {
    return partition(graph, bestLabels(graph, new ArrayList<>(randomStarts)));
  }

  /**
   * Clusters the graph and reports how much the random starts agreed.
   *
   * @throws IllegalArgumentException if an edge weight is not positive and finite
   */
  public LeidenRun run(CompactGraph graph) {
    List<int[]> starts = new ArrayList<>(randomStarts);
    Partition partition = partition(graph, bestLabels(graph, starts));
    double score =
        quality == Quality.MODULARITY
            ? partition.modularity()
            : ConstantPottsModel.of(graph, partition.clusterOf(), resolution);
    return new LeidenRun(partition, quality, resolution, score, StartStability.of(starts), starts);
  }

  /**
   * The best start's clusters relabelled by size; adds each start's clustering to {@code starts} in
   * start order.
   */
  private int[] bestLabels(CompactGraph graph, List<int[]> starts) {
    int n = graph.vertexCount();
    int[] best;
    if (graph.edgeCount() == 0) {
      best = new int[n];
      Arrays.setAll(best, v -> v);
      for (int start = 0; start < randomStarts; start++) {
        starts.add(best);
      }
    } else {
      best = bestOfStarts(toNetwork(graph, quality == Quality.MODULARITY), starts);
    }
    return relabelBySize(best, Arrays.stream(best).max().orElse(-1) + 1);
  }

  private Partition partition(CompactGraph graph, int[] labels) {
    int clusters = Arrays.stream(labels).max().orElse(-1) + 1;
    double modularity =
        Modularity.of(graph, labels, quality == Quality.MODULARITY ? resolution : 1.0);
    return new Partition(labels, clusters, modularity);
  }

  /**
   * Runs every start, in parallel, adding each one's clustering to {@code starts} in start order;
   * returns the best, the first of equals.
   */
  private int[] bestOfStarts(Network network, List<int[]> starts) {
    int n = network.getNNodes();
    // Modularity as CPM: resolution scaled by the total node weight 2m.
    double cpmResolution =
        quality == Quality.MODULARITY
            ? resolution / (2 * network.getTotalEdgeWeight())
            : resolution;
    // Each start draws from its own generator, so the result does not depend on the thread count
    // or the order the starts finish in; the library only reads the shared network.
    Clustering[] found =
        IntStream.range(0, randomStarts)
            .parallel()
            .mapToObj(start -> oneStart(network, n, cpmResolution, SampleSeeds.of(seed, start)))
            .toArray(Clustering[]::new);
    LeidenAlgorithm scorer =
        new LeidenAlgorithm(cpmResolution, 1, LeidenAlgorithm.DEFAULT_RANDOMNESS, new Random(seed));
    int[] best = null;
    double bestQuality = Double.NEGATIVE_INFINITY;
    for (Clustering clustering : found) {
      int[] clusters = clustering.getClusters();
      starts.add(clusters);
      // The library's quality is an increasing function of ours for both objectives.
      double q = scorer.calcQuality(network, clustering);
      if (q > bestQuality) {
        best = clusters;
        bestQuality = q;
      }
    }
    return best;
  }

  /** One start from singletons, iterated until an iteration changes nothing. */
  private Clustering oneStart(Network network, int n, double cpmResolution, long startSeed) {
    LeidenAlgorithm leiden =
        new LeidenAlgorithm(
            cpmResolution, 1, LeidenAlgorithm.DEFAULT_RANDOMNESS, new Random(startSeed));
    Clustering clustering = new Clustering(n);
    for (int i = 0; i < maxIterations; i++) {
      if (!leiden.improveClustering(network, clustering)) {
        break;
      }
    }
    return clustering;
  }

  /**
   * The library's network, built from the snapshot's rows with each row sorted by neighbour, as the
   * library's compressed format requires; node weights are the strengths or, for CPM, 1. Why rows
   * and not an edge list: the library sorts an edge list with a merge sort over big arrays, which
   * took tens of seconds at five million links; sorting short rows is linear in practice.
   */
  private static Network toNetwork(CompactGraph graph, boolean strengthAsNodeWeight) {
    int n = graph.vertexCount();
    long arcs = 2L * graph.edgeCount();
    long[] firstNeighbour = new long[n + 1];
    LargeIntArray neighbours = new LargeIntArray(arcs);
    LargeDoubleArray weights = new LargeDoubleArray(arcs);
    long[] row = new long[0];
    long next = 0;
    for (int v = 0; v < n; v++) {
      int first = graph.firstSlot(v);
      int degree = graph.degree(v);
      if (row.length < degree) {
        row = new long[Math.max(degree, 2 * row.length)];
      }
      // Neighbour in the high half, slot offset in the low half: one sort orders both.
      for (int i = 0; i < degree; i++) {
        row[i] = ((long) graph.neighbour(first + i) << 32) | i;
      }
      Arrays.sort(row, 0, degree);
      for (int i = 0; i < degree; i++) {
        int slot = first + (int) row[i];
        double w = graph.weight(slot);
        if (!(w > 0) || Double.isInfinite(w)) {
          throw new IllegalArgumentException(
              "edge " + v + "-" + graph.neighbour(slot) + " has weight " + w);
        }
        neighbours.set(next, graph.neighbour(slot));
        weights.set(next, w);
        next++;
      }
      firstNeighbour[v + 1] = next;
    }
    return new Network(n, strengthAsNodeWeight, firstNeighbour, neighbours, weights, false);
  }

  /** Maps library cluster ids to 0 = largest, ties broken by the lowest member vertex. */
  static int[] relabelBySize(int[] clusters, int count) {
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
