package org.citynet.analysis.centrality;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;
import org.citynet.graph.CompactGraph;
import org.citynet.model.AnalysisSettings.Betweenness;
import org.citynet.model.BetweennessMethod;

/**
 * Betweenness, closeness and harmonic centrality over unweighted (hop-count) shortest paths, all
 * three exact and from one breadth-first search per core vertex, with NetworkX's definitions:
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
 * <p><b>Algorithm.</b> Brandes, "A faster algorithm for betweenness centrality", J. Math. Sociol.
 * 25(2) (2001), sped up five ways:
 *
 * <ol>
 *   <li>Trees hanging off the 2-core are peeled first ({@link PendantTrees}; Baglioni, Geraci,
 *       Pellegrini and Lastres, "Fast exact computation of betweenness centrality in social
 *       networks", ASONAM 2012). Only core vertices are sources, and each core vertex stands for
 *       its tree: a search from core vertex s counts every tree vertex behind s as a source (the
 *       dependencies are multiplied by the tree's size) and every tree vertex behind a reached t as
 *       a target (t passes its tree's size back instead of 1). Pairs split by a tree vertex or
 *       anchor need no search: all their paths cross it, so they add {@code S² - Σ b²} ordered
 *       pairs, {@code b} the sizes of the branches around it and {@code S} their sum. Distances
 *       from a tree vertex at depth k are those from its anchor plus k for every vertex outside its
 *       tree, and tree distances inside it, so closeness and harmonic stay exact for every vertex:
 *       the search from the anchor yields how many outside vertices lie at each distance, and a
 *       walk inside the (small) tree does the rest.
 *   <li>The core is renumbered by degree, and in breadth-first order among equal degrees ({@link
 *       CoreGraph}): the loops over the neighbours of a level's vertices then end where the branch
 *       predictor expects, and neighbours share cache lines.
 *   <li>The forward search records the arcs of the shortest-path DAG level by level in two int
 *       arrays, so the backward pass reads only those (about half the arcs) and turns each path
 *       count into the credit it passes back in place; no allocation per source. The backward pass
 *       runs over a level's arcs in one flat loop rather than over each vertex's successors, whose
 *       number varies unpredictably.
 *   <li>The forward search is direction-optimizing (Beamer, Asanović and Patterson,
 *       "Direction-optimizing breadth-first search", SC 2012): a level whose vertices have more
 *       arcs than the vertices not reached yet is expanded from the latter, each gathering the path
 *       counts of its neighbours on the level. On small-world graphs the one or two widest levels
 *       dominate, so this scans about half the arcs (every predecessor counts, so there is no early
 *       exit as in plain breadth-first search).
 *   <li>Both expansions are branch-free. On the widest levels whether a neighbour is new, on the
 *       next level or behind is a coin toss, so a branch on it is mispredicted about half the time.
 *       Instead every arc adds its path count times 0 or 1, and is written to the DAG's arcs, whose
 *       end then moves on by 0 or 1. Both expansions tell a neighbour's level by one bit of a
 *       bitset of the vertices reached so far (small enough for the first-level cache), and a
 *       top-down expansion tells a new vertex by its path count still being 0.
 * </ol>
 *
 * <p>Time O(k·m_k + Σ_T |T|² + n + m) for a core of k vertices and m_k edges and trees T (at worst
 * Brandes' O(n·m)); O(n + m) memory per worker thread. Sources are split into a fixed number of
 * blocks, run in parallel on the ForkJoin pool of the calling thread (the common pool otherwise);
 * each block sums its own betweenness and the blocks are added in a fixed tree order, so the result
 * is bit-for-bit the same whatever the number of threads. Read-only.
 */
public final class ShortestPathCentralities implements PathCentralities {
  /**
   * Number of source blocks: enough for load balancing on many cores, independent of their number
   * so that the summation order, and hence the result, is too.
   */
  static final int BLOCKS = 256;

  private final BetweennessMethod method;
  private final double[] betweenness;
  private final double[] closeness;
  private final double[] harmonic;

  private ShortestPathCentralities(
      BetweennessMethod method, double[] betweenness, double[] closeness, double[] harmonic) {
    this.method = method;
    this.betweenness = betweenness;
    this.closeness = closeness;
    this.harmonic = harmonic;
  }

  /** Computes the three measures exactly for every vertex of {@code g}, peeling trees first. */
  public static ShortestPathCentralities of(CompactGraph g) {
    return compute(g, PendantTrees.of(g), true);
  }

  /**
   * Most arc visits {@link Betweenness#AUTO} still spends on exact betweenness: one search per core
   * vertex over every core arc, {@code k · 2m_k}. Measured with {@code citynet bench} on a 2-core
   * AMD EPYC shared with other jobs, the exact kernel spends about 20 ns of CPU per arc visit (4.6
   * s for the 2.1·10^8 of twin-cities-world, 47 s for the 2.3·10^9 of a 20,000 × 60,000 random
   * graph), so this limit is about 200 CPU seconds, under two minutes on two free cores: the
   * longest wait that still feels like a batch run of a few minutes. At the default ε = 0.01 the
   * sampler draws about 40,000 paths, so it only wins on cores of more vertices than that.
   */
  public static final double EXACT_WORK_LIMIT = 1e10;

  /**
   * The mode to use on {@code g}: {@code mode} itself, or for {@link Betweenness#AUTO} exact when
   * the exact work is at most {@link #EXACT_WORK_LIMIT} or not more than the sampler's ({@code r ·
   * 2m} arc visits for {@code r} samples), approximate otherwise. O(n + m).
   */
  public static Betweenness resolve(
      Betweenness mode, CompactGraph g, ApproximateBetweenness approximation) {
    if (mode != Betweenness.AUTO) {
      return mode;
    }
    double exact = exactWork(g);
    double sampled = (double) approximation.sampleSize(g) * 2 * g.edgeCount();
    return exact <= EXACT_WORK_LIMIT || exact <= sampled ? Betweenness.EXACT : Betweenness.APPROX;
  }

  /** Arc visits of the exact kernel on {@code g}: core vertices times core arcs. O(n + m). */
  public static double exactWork(CompactGraph g) {
    PendantTrees trees = PendantTrees.of(g);
    long coreVertices = 0;
    long coreArcs = 0;
    for (int v = 0; v < g.vertexCount(); v++) {
      if (trees.inCore[v]) {
        coreVertices++;
        for (int slot = g.firstSlot(v); slot < g.endSlot(v); slot++) {
          coreArcs += trees.inCore[g.neighbour(slot)] ? 1 : 0;
        }
      }
    }
    return (double) coreVertices * coreArcs;
  }

  /**
   * Computes betweenness as {@code mode} says: exactly, with {@code approximation}, or (for {@link
   * Betweenness#AUTO}) whichever {@link #resolve} picks for this graph.
   *
   * <p>Closeness and harmonic centrality need the distances from every vertex, which is most of the
   * exact algorithm's work: when betweenness is sampled they are still computed exactly if that
   * work is at most {@link #EXACT_WORK_LIMIT} (sampling was asked for on a network that could
   * afford it), and otherwise left NaN, as {@link #method()} says. Sampling them instead (Eppstein
   * and Wang 2004) would need about {@code ln(n)/ε²} full searches for an additive error ε, tens of
   * thousands at ε = 0.01: no cheaper than the limit it is meant to avoid, so they are not
   * estimated.
   */
  public static ShortestPathCentralities of(
      CompactGraph g, Betweenness mode, ApproximateBetweenness approximation) {
    if (resolve(mode, g, approximation) == Betweenness.EXACT) {
      return of(g);
    }
    double[] closeness;
    double[] harmonic;
    boolean affordable = exactWork(g) <= EXACT_WORK_LIMIT;
    if (affordable) {
      ShortestPathCentralities distances = compute(g, PendantTrees.of(g), false);
      closeness = distances.closeness;
      harmonic = distances.harmonic;
    } else {
      closeness = new double[g.vertexCount()];
      Arrays.fill(closeness, Double.NaN);
      harmonic = closeness.clone();
    }
    BetweennessMethod method =
        BetweennessMethod.sampled(
            approximation.epsilon(),
            approximation.delta(),
            approximation.sampleSize(g),
            affordable);
    return new ShortestPathCentralities(method, approximation.compute(g), closeness, harmonic);
  }

  /**
   * The same measures with every vertex as a source (plain Brandes on the renumbered graph): the
   * reference that {@link #of} is tested against, and the baseline of the benchmark.
   */
  public static ShortestPathCentralities withoutTreePeeling(CompactGraph g) {
    return compute(g, PendantTrees.none(g.vertexCount()), true);
  }

  /**
   * Number of searches the exact computation on {@code g} runs: one per core vertex and one per
   * tree component. {@link #partial} splits them into ranges, e.g. over a cluster's executors. O(n
   * + m).
   */
  public static int sourceCount(CompactGraph g) {
    return Kernel.of(g, PendantTrees.of(g), true).anchors.length;
  }

  /**
   * Runs the searches {@code [from, to)} of the {@link #sourceCount} on {@code g}, for a caller
   * that distributes them; {@link #ofPartials} turns the sum of the partials of all ranges into the
   * measures. O(n + m) set-up plus O(m) per search; O(n + m) memory.
   *
   * @throws IndexOutOfBoundsException if the range is not within {@code 0..sourceCount(g)}
   */
  public static Partial partial(CompactGraph g, int from, int to) {
    Kernel kernel = Kernel.of(g, PendantTrees.of(g), true);
    Objects.checkFromToIndex(from, to, kernel.anchors.length);
    Search search = new Search(kernel);
    for (int i = from; i < to; i++) {
      search.from(kernel.anchors[i]);
    }
    return new Partial(to - from, search.dependency, kernel.closeness, kernel.harmonic);
  }

  /**
   * The exact measures from the sum of the {@link #partial}s of ranges that cover every search on
   * {@code g} once: equal to {@link #of(CompactGraph)} up to the order of floating-point additions.
   *
   * @throws IllegalArgumentException if {@code total} does not hold every search exactly once
   */
  public static ShortestPathCentralities ofPartials(CompactGraph g, Partial total) {
    Kernel kernel = Kernel.of(g, PendantTrees.of(g), true);
    if (total.searches != kernel.anchors.length
        || total.dependency.length != kernel.core.vertexCount()
        || total.closeness.length != g.vertexCount()) {
      throw new IllegalArgumentException(
          "partials of "
              + total.searches
              + " searches do not cover the "
              + kernel.anchors.length
              + " of this graph");
    }
    return finish(kernel, total.dependency, total.closeness, total.harmonic);
  }

  private static ShortestPathCentralities compute(
      CompactGraph g, PendantTrees trees, boolean betweenness) {
    Kernel kernel = Kernel.of(g, trees, betweenness);
    int count = kernel.anchors.length;
    double[] dependency = new double[kernel.core.vertexCount()];
    if (count > 0) {
      int blocks = Math.min(BLOCKS, count);
      dependency =
          BlockSums.of(
              blocks,
              b -> {
                Search search = new Search(kernel);
                for (int i = BlockSums.firstOf(b, blocks, count),
                        end = BlockSums.firstOf(b + 1, blocks, count);
                    i < end;
                    i++) {
                  search.from(kernel.anchors[i]);
                }
                return search.dependency;
              });
    }
    return finish(kernel, dependency, kernel.closeness, kernel.harmonic);
  }

  /** Adds the pairs no search counts to the searched dependencies, and normalises. */
  private static ShortestPathCentralities finish(
      Kernel kernel, double[] dependency, double[] closeness, double[] harmonic) {
    CompactGraph g = kernel.g;
    int n = g.vertexCount();
    double[] scores = new double[n];
    if (kernel.betweenness && n > 2) {
      // Each unordered pair was counted from both ends: (n-1)(n-2) = 2 · number of pairs.
      double scale = 1.0 / ((n - 1.0) * (n - 2.0));
      for (int v = 0; v < n; v++) {
        int c = kernel.core.coreId[v];
        double searched = c < 0 ? 0 : dependency[c];
        scores[v] = (searched + splitPairs(g, kernel.trees, kernel.componentSize[v], v)) * scale;
      }
    }
    return new ShortestPathCentralities(BetweennessMethod.exact(), scores, closeness, harmonic);
  }

  /**
   * Ordered pairs of other vertices in different branches around {@code v}, where a branch is the
   * subtree below a child of {@code v} or the rest of the component; every path between them
   * crosses {@code v}. Pairs that only the core separates are left to the searches.
   */
  private static double splitPairs(CompactGraph g, PendantTrees trees, int componentSize, int v) {
    long others = componentSize - 1;
    long up = componentSize - trees.size[v];
    long pairs = others * others - up * up;
    for (int slot = g.firstSlot(v); slot < g.endSlot(v); slot++) {
      int child = g.neighbour(slot);
      if (trees.parent[child] == v) {
        pairs -= (long) trees.size[child] * trees.size[child];
      }
    }
    return pairs;
  }

  /** What was computed and how: exact, or sampled with ε, δ and the number of samples. */
  public BetweennessMethod method() {
    return method;
  }

  /** Number of vertices. */
  public int vertexCount() {
    return betweenness.length;
  }

  /** Normalised betweenness of vertex {@code v}, in [0, 1] (an estimate in approximate mode). */
  public double betweenness(int v) {
    return betweenness[v];
  }

  /** Wasserman-Faust closeness of vertex {@code v}, in [0, 1]; NaN if not computed. */
  public double closeness(int v) {
    return closeness[v];
  }

  /**
   * Harmonic centrality of vertex {@code v} divided by {@code n-1}, in [0, 1]; NaN if not computed.
   */
  public double harmonic(int v) {
    return harmonic[v];
  }

  /**
   * What a range of searches adds up: the unscaled betweenness of the core vertices, and the
   * closeness and harmonic centrality of the vertices whose trees were searched (0 elsewhere).
   * Partials of disjoint ranges {@link #plus add up}; serializable so that cluster workers can send
   * them back. Opaque: only {@link #ofPartials} reads them.
   */
  public static final class Partial implements Serializable {
    private static final long serialVersionUID = 1L;

    private final int searches;
    private final double[] dependency;
    private final double[] closeness;
    private final double[] harmonic;

    private Partial(int searches, double[] dependency, double[] closeness, double[] harmonic) {
      this.searches = searches;
      this.dependency = dependency;
      this.closeness = closeness;
      this.harmonic = harmonic;
    }

    /** The sum of this partial and one of a disjoint range of the same graph; a new object. */
    public Partial plus(Partial other) {
      if (other.dependency.length != dependency.length
          || other.closeness.length != closeness.length) {
        throw new IllegalArgumentException("partials of different graphs");
      }
      return new Partial(
          searches + other.searches,
          sum(dependency, other.dependency),
          sum(closeness, other.closeness),
          sum(harmonic, other.harmonic));
    }

    private static double[] sum(double[] a, double[] b) {
      double[] sum = a.clone();
      for (int i = 0; i < sum.length; i++) {
        sum[i] += b[i];
      }
      return sum;
    }
  }

  /**
   * What every worker shares: the graphs, whether to accumulate betweenness, and the closeness and
   * harmonic each writes into.
   */
  private static final class Kernel {
    final CompactGraph g;
    final PendantTrees trees;
    final CoreGraph core;
    final int[] componentSize;
    final int[] anchors;
    final int largestTree;
    final boolean betweenness;
    final double[] closeness;
    final double[] harmonic;

    /** The kernel of {@code g} with {@code trees} peeled: core sources first, then tree anchors. */
    static Kernel of(CompactGraph g, PendantTrees trees, boolean betweenness) {
      int n = g.vertexCount();
      Components components = Components.of(g);
      int[] componentSize = new int[n];
      for (int v = 0; v < n; v++) {
        componentSize[v] = components.size(components.componentOf(v));
      }
      CoreGraph core = CoreGraph.of(g, trees);
      int[] anchors = new int[n];
      int count = 0;
      for (int c = 0; c < core.vertexCount(); c++) {
        anchors[count++] = core.original[c];
      }
      for (int v = 0; v < n; v++) {
        if (trees.isAnchor(v) && !trees.inCore[v]) {
          anchors[count++] = v;
        }
      }
      return new Kernel(g, trees, core, componentSize, Arrays.copyOf(anchors, count), betweenness);
    }

    private Kernel(
        CompactGraph g,
        PendantTrees trees,
        CoreGraph core,
        int[] componentSize,
        int[] anchors,
        boolean betweenness) {
      this.g = g;
      this.betweenness = betweenness;
      this.trees = trees;
      this.core = core;
      this.componentSize = componentSize;
      this.anchors = anchors;
      int largest = 1;
      for (int a : anchors) {
        largest = Math.max(largest, trees.size[a]);
      }
      largestTree = largest;
      closeness = new double[g.vertexCount()];
      harmonic = new double[g.vertexCount()];
    }
  }

  /** One worker's buffers, reused from source to source. */
  private static final class Search {
    private final Kernel kernel;
    private final CoreGraph core;

    /** Summed dependency of every core vertex on the sources searched so far. */
    final double[] dependency;

    /** Core vertices by distance; each level but tiny ones in increasing vertex order. */
    private final int[] order;

    /** Scratch for {@link #sort}: the vertices of the level it sorts, one bit each. */
    private final long[] reachedBits;

    /** The vertices reached before the level being expanded, one bit each. */
    private final long[] seen;

    /** {@code levelStart[d]} = index in {@code order} of the first vertex at distance d. */
    private final int[] levelStart;

    /** Number of levels of the last search, the source's included. */
    private int levels;

    /**
     * Distance from the source, -1 if not reached. Only the vertices that hold a tree are read (the
     * expansions tell levels by {@link #seen}); kept for every vertex so no search tests for them.
     */
    private final int[] distance;

    /**
     * Number of shortest paths from the source (Brandes' sigma), 0 for vertices not reached; once
     * the backward pass has settled a vertex, the credit {@code (weight + delta) / sigma} it passes
     * to each predecessor per path.
     */
    private final double[] paths;

    /**
     * The arcs of the shortest-path DAG, {@code arcFrom[j]} to {@code arcTo[j]}, in the order the
     * levels were expanded: those leaving level d are {@code levelArcStart[d] ..
     * levelArcStart[d+1]}.
     */
    private final int[] arcFrom;

    private final int[] arcTo;
    private final int[] levelArcStart;

    /** Arcs recorded so far by the expansions. */
    private int arcs;

    /** Vertices not reached yet, once a level is expanded bottom-up; -1 count before that. */
    private final int[] unreached;

    private int unreachedCount;

    /** Credit gathered by each vertex from its successors in the backward pass. */
    private final double[] gathered;

    /** {@code outside[d]} = vertices outside the source's own tree at distance d from it. */
    private final int[] outside;

    /** {@code outsideInverse[k]} = Σ over outside vertices of 1 / (k + distance from anchor). */
    private final double[] outsideInverse;

    /** Walk inside one tree: vertex, the vertex it came from, and its distance from the start. */
    private final int[] walkVertex;

    private final int[] walkFrom;
    private final int[] walkDistance;

    Search(Kernel kernel) {
      this.kernel = kernel;
      core = kernel.core;
      int k = core.vertexCount();
      dependency = new double[k];
      order = new int[k + 1]; // the branch-free loops write one past the last entry
      reachedBits = new long[(k + 63) >>> 6];
      seen = new long[(k + 63) >>> 6];
      levelStart = new int[k + 1];
      distance = new int[k];
      Arrays.fill(distance, -1);
      paths = new double[k];
      arcFrom = new int[core.edgeCount() + 1];
      arcTo = new int[core.edgeCount() + 1];
      levelArcStart = new int[k + 1];
      unreached = new int[k];
      gathered = new double[k];
      outside = new int[kernel.g.vertexCount() + 1];
      outsideInverse = new double[kernel.largestTree];
      walkVertex = new int[kernel.largestTree];
      walkFrom = new int[kernel.largestTree];
      walkDistance = new int[kernel.largestTree];
    }

    /**
     * Adds the dependencies on the vertices of anchor {@code a}'s tree, and writes their closeness
     * and harmonic centrality.
     */
    void from(int a) {
      int c = core.coreId[a];
      int farthest = c < 0 ? 0 : search(c);
      finishTree(a, farthest);
      Arrays.fill(outside, 1, farthest + 1, 0);
    }

    /**
     * Brandes' search from core vertex {@code s}; fills {@link #outside} and returns the largest
     * distance in it.
     */
    private int search(int s) {
      int farthest = forward(s);
      if (kernel.betweenness) {
        backward(core.weight[s], levels);
      }
      for (int i = 0; i < levelStart[levels]; i++) {
        distance[order[i]] = -1;
        paths[order[i]] = 0;
        seen[order[i] >>> 6] = 0;
      }
      return farthest;
    }

    /**
     * Breadth-first search from {@code s} counting shortest paths, recording the arcs of the
     * shortest-path DAG and filling {@link #outside}; sets {@link #levels} and returns the largest
     * distance in {@link #outside}. Each level is expanded top-down (scanning the neighbours of the
     * level) or bottom-up (scanning the neighbours of the unreached vertices for ones on the
     * level), whichever scans fewer arcs.
     */
    private int forward(int s) {
      final int[] offsets = core.offsets;
      final int[] distance = this.distance;
      distance[s] = 0;
      seen[s >>> 6] |= 1L << s;
      paths[s] = 1;
      order[0] = s;
      int reached = 1;
      int levels = 0;
      arcs = 0;
      unreachedCount = -1;
      long frontierArcs = offsets[s + 1] - offsets[s];
      long unreachedArcs = core.targets.length - frontierArcs;
      for (int begin = 0; begin < reached; levels++) {
        levelStart[levels] = begin;
        levelArcStart[levels] = arcs;
        int end = reached;
        // Listing the unreached vertices first costs a pass over them.
        long bottomUpCost = unreachedArcs + (unreachedCount < 0 ? core.vertexCount() : 0);
        reached = frontierArcs > bottomUpCost ? bottomUp(begin, end) : topDown(begin, end);
        outside[levels + 1] += reached - end;
        frontierArcs = 0;
        for (int i = end; i < reached; i++) {
          int w = order[i];
          frontierArcs += offsets[w + 1] - offsets[w];
          distance[w] = levels + 1;
          seen[w >>> 6] |= 1L << w;
        }
        unreachedArcs -= frontierArcs;
        begin = end;
      }
      levelStart[levels] = reached;
      levelArcStart[levels] = arcs;
      this.levels = levels;
      int farthest = levels - 1;
      // The trees of the component: fewer than the vertices it reached, and no check per vertex.
      int component = core.component(s);
      for (int i = core.holderStart[component]; i < core.holderStart[component + 1]; i++) {
        int h = core.holders[i];
        int d = distance[h];
        if (d > 0) {
          farthest = Math.max(farthest, addTree(h, d));
        }
      }
      return farthest;
    }

    /** Expands the level order[begin, end) from its vertices; returns the new reach. */
    private int topDown(int begin, int end) {
      final int[] offsets = core.offsets;
      final int[] targets = core.targets;
      final double[] paths = this.paths;
      final int[] order = this.order;
      final int[] arcFrom = this.arcFrom;
      final int[] arcTo = this.arcTo;
      final long[] seen = this.seen;
      int reached = end;
      int arcs = this.arcs;
      for (int head = begin; head < end; head++) {
        int v = order[head];
        double pathsToV = paths[v];
        for (int slot = offsets[v], slotEnd = offsets[v + 1]; slot < slotEnd; slot++) {
          int w = targets[slot];
          int onNext = (int) (~seen[w >>> 6] >>> w) & 1; // 1 if w is on the next level
          double pathsToW = paths[w];
          int fresh = onNext & (pathsToW == 0 ? 1 : 0);
          paths[w] = pathsToW + pathsToV * onNext;
          order[reached] = w;
          reached += fresh;
          arcFrom[arcs] = v;
          arcTo[arcs] = w;
          arcs += onNext;
        }
      }
      this.arcs = arcs;
      sort(end, reached);
      return reached;
    }

    /**
     * Sorts the level just reached, {@code order[from, to)}, by vertex: sets a bit per vertex in
     * {@link #reachedBits}, reads them back in order and clears them. (Setting the bits while
     * expanding would chain each arc's update to the last one's store.) Expanding the level, and
     * crediting it in the backward pass, then read the offsets, arcs, path counts and dependencies
     * of its vertices in address order rather than at random, which the hardware prefetcher
     * streams. The scan of the words costs O(k/64): a level of fewer than k/1024 vertices is left
     * as it is, so that the sorting costs O(k) per search.
     */
    private void sort(int from, int to) {
      final long[] reachedBits = this.reachedBits;
      final int[] order = this.order;
      if ((to - from) << 4 < reachedBits.length) {
        return;
      }
      for (int i = from; i < to; i++) {
        reachedBits[order[i] >>> 6] |= 1L << order[i];
      }
      int i = from;
      for (int word = 0; i < to; word++) {
        long bits = reachedBits[word];
        if (bits != 0) {
          reachedBits[word] = 0;
          do {
            order[i++] = word << 6 | Long.numberOfTrailingZeros(bits);
            bits &= bits - 1;
          } while (bits != 0);
        }
      }
    }

    /**
     * Expands the level order[begin, end) from the unreached vertices: each gathers the paths of
     * its neighbours on the level (Beamer, Asanović and Patterson, "Direction-optimizing
     * breadth-first search", SC 2012, without the early exit since every predecessor counts).
     * Returns the new reach.
     */
    private int bottomUp(int begin, int end) {
      final int[] offsets = core.offsets;
      final int[] targets = core.targets;
      final long[] seen = this.seen;
      final double[] paths = this.paths;
      final int[] order = this.order;
      final int[] arcFrom = this.arcFrom;
      final int[] arcTo = this.arcTo;
      final int[] unreached = this.unreached;
      if (unreachedCount < 0) {
        unreachedCount = unreached(seen, unreached);
      }
      int reached = end;
      int arcs = this.arcs;
      int kept = 0;
      for (int i = 0; i < unreachedCount; i++) {
        int w = unreached[i];
        if ((seen[w >>> 6] >>> w & 1) != 0) {
          continue; // reached by a top-down level since it was listed
        }
        // A neighbour of a vertex beyond the level is on it or beyond it too: seen means on it.
        double pathsToW = 0;
        for (int slot = offsets[w], slotEnd = offsets[w + 1]; slot < slotEnd; slot++) {
          int v = targets[slot];
          int onLevel = (int) (seen[v >>> 6] >>> v) & 1;
          pathsToW += paths[v] * onLevel;
          arcFrom[arcs] = v;
          arcTo[arcs] = w;
          arcs += onLevel;
        }
        int found = pathsToW > 0 ? 1 : 0;
        paths[w] = pathsToW;
        order[reached] = w;
        reached += found;
        unreached[kept] = w;
        kept += 1 - found;
      }
      unreachedCount = kept;
      this.arcs = arcs;
      return reached;
    }

    /**
     * Lists the vertices whose bit in {@code seen} is clear into {@code unreached}, in increasing
     * order; returns their number. O(k/64 + their number), and no branch per vertex: on the level
     * where the search turns bottom-up, whether a vertex was reached is a coin toss.
     */
    private static int unreached(long[] seen, int[] unreached) {
      int count = 0;
      int k = unreached.length;
      for (int word = 0; word < seen.length; word++) {
        long bits = ~seen[word];
        if (word == seen.length - 1 && (k & 63) != 0) {
          bits &= (1L << k) - 1; // no vertices beyond k
        }
        for (; bits != 0; bits &= bits - 1) {
          unreached[count++] = word << 6 | Long.numberOfTrailingZeros(bits);
        }
      }
      return count;
    }

    /**
     * Accumulates dependencies level by level from the farthest, so every successor is settled
     * before the vertices it credits: {@code delta(v) = sigma(v) · Σ_succ (weight + delta) /
     * sigma}. Each level's arcs push their successor's credit in one flat loop: a loop per vertex
     * over its successors would end unpredictably.
     */
    private void backward(double sourceWeight, int levels) {
      final double[] weight = core.weight;
      final double[] paths = this.paths;
      final int[] order = this.order;
      final int[] arcFrom = this.arcFrom;
      final int[] arcTo = this.arcTo;
      final double[] dependency = this.dependency;
      final double[] gathered = this.gathered;
      for (int level = levels - 1; level >= 1; level--) {
        for (int arc = levelArcStart[level]; arc < levelArcStart[level + 1]; arc++) {
          gathered[arcFrom[arc]] += paths[arcTo[arc]];
        }
        for (int i = levelStart[level]; i < levelStart[level + 1]; i++) {
          int v = order[i];
          double pathsToV = paths[v];
          double delta = pathsToV * gathered[v];
          gathered[v] = 0;
          dependency[v] += sourceWeight * delta;
          paths[v] = (weight[v] + delta) / pathsToV;
        }
      }
    }

    /** Counts the tree hanging from core vertex {@code v} at {@code level} into the outside. */
    private int addTree(int v, int level) {
      int start = core.histStart[v];
      int height = core.histStart[v + 1] - start;
      for (int depth = 1; depth <= height; depth++) {
        outside[level + depth] += core.hist[start + depth - 1];
      }
      return level + height;
    }

    /**
     * Closeness and harmonic centrality of every vertex in the tree of anchor {@code a}: tree
     * distances inside it, depth plus the anchor's distance to everything outside.
     */
    private void finishTree(int a, int farthest) {
      PendantTrees trees = kernel.trees;
      int n = kernel.g.vertexCount();
      int reachable = kernel.componentSize[a];
      long outsideCount = reachable - trees.size[a];
      long outsideDistance = 0;
      for (int d = 1; d <= farthest; d++) {
        outsideDistance += (long) d * outside[d];
      }
      int depths = 0;
      for (int i = trees.memberStart[a]; i < trees.memberStart[a + 1]; i++) {
        int x = trees.members[i];
        int k = trees.depth[x];
        for (; depths <= k; depths++) {
          outsideInverse[depths] = outsideInverse(depths, farthest);
        }
        long distanceSum = outsideDistance + k * outsideCount;
        double inverseSum = outsideInverse[k];
        if (trees.size[a] > 1) {
          int walked = walk(x, a);
          for (int j = 1; j < walked; j++) {
            distanceSum += walkDistance[j];
            inverseSum += 1.0 / walkDistance[j];
          }
        }
        if (distanceSum > 0) {
          double others = reachable - 1;
          kernel.closeness[x] = others / distanceSum * (others / (n - 1));
        }
        kernel.harmonic[x] = n > 1 ? inverseSum / (n - 1) : 0;
      }
    }

    /** Σ over outside vertices of 1 / (k + their distance from the anchor). */
    private double outsideInverse(int k, int farthest) {
      double sum = 0;
      for (int d = 1; d <= farthest; d++) {
        sum += outside[d] / (double) (k + d);
      }
      return sum;
    }

    /** Breadth-first walk from {@code x} through the tree of anchor {@code a}; returns its size. */
    private int walk(int x, int a) {
      CompactGraph g = kernel.g;
      int[] anchor = kernel.trees.anchor;
      walkVertex[0] = x;
      walkFrom[0] = -1;
      walkDistance[0] = 0;
      int tail = 1;
      for (int head = 0; head < tail; head++) {
        int v = walkVertex[head];
        for (int slot = g.firstSlot(v); slot < g.endSlot(v); slot++) {
          int w = g.neighbour(slot);
          if (w != walkFrom[head] && anchor[w] == a) {
            walkVertex[tail] = w;
            walkFrom[tail] = v;
            walkDistance[tail++] = walkDistance[head] + 1;
          }
        }
      }
      return tail;
    }
  }
}
