package org.citynet.analysis.regions;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Exact number of city pairs per distance band by a dual-tree count: A. G. Gray and A. W. Moore,
 * "'N-Body' problems in statistical learning", NIPS 13 (2000), the two-point correlation count.
 *
 * <p>A pair of kd-tree nodes ({@link UnitVectorTree}) whose least and greatest possible chords
 * (between their bounding boxes) fall in one band adds all its pairs to that band at once;
 * otherwise the larger node is split. Two leaves whose chords span a few band edges count, per
 * edge, the pairs beyond it: a comparison per pair and no scattered store; spanning more, or with
 * NaN coordinates, pair by pair with {@link DistanceBands#of}. Chords become cosines by {@code cos
 * = 1 - chord²/2} on the unit sphere, widened by {@link DistanceBands#MARGIN}, far above every
 * rounding error (below 1e-14 in both the bounds and a pair's dot product); {@code of} is monotone
 * in the cosine and puts a pair in band b rather than b + 1 exactly when its cosine exceeds {@link
 * DistanceBands#cosUpper}(b). So every pair gets the band that {@code bands.of(p.dot(i, j))} gives
 * it, and the counts equal a pair-by-pair count's to the last unit.
 *
 * <p>Worst case O(n²) time, when most pairs lie near band edges; on cities typically far less,
 * since only node pairs near an edge are split down to leaves (figures in {@link DistanceDecay}).
 * O(n) memory. The node pairs of the tree's top levels run as parallel tasks on the common pool;
 * the counts are integers, so the result does not depend on the tasks' order.
 */
final class PairCounts {
  /** Most points in a leaf: pair by pair beneath, where the bounds rarely pay. */
  private static final int LEAF_SIZE = 32;

  /** Depth of the nodes whose pairs are the parallel tasks: 64 nodes, 2,080 tasks. */
  private static final int TASK_DEPTH = 6;

  /** Most band edges across a leaf pair counted edge by edge; beyond, pair by pair is cheaper. */
  private static final int MAX_PASSES = 4;

  private final UnitVectorTree tree;
  private final UnitVectors p;
  private final DistanceBands bands;

  private PairCounts(UnitVectorTree tree, DistanceBands bands) {
    this.tree = tree;
    this.p = tree.points;
    this.bands = bands;
  }

  /** The number of unordered pairs of distinct points in each band, indexed by band. */
  static long[] exact(UnitVectors points, DistanceBands bands) {
    if (points.size() < 2) {
      return new long[bands.count()];
    }
    PairCounts c = new PairCounts(UnitVectorTree.of(points, LEAF_SIZE), bands);
    List<Integer> top = new ArrayList<>();
    c.collect(c.tree.root(), 0, top);
    int k = top.size();
    // Task t is the node pair (a, b), a <= b, of the triangle row by row.
    int[] as = new int[k * (k + 1) / 2];
    int[] bs = new int[as.length];
    int t = 0;
    for (int a = 0; a < k; a++) {
      for (int b = a; b < k; b++) {
        as[t] = top.get(a);
        bs[t++] = top.get(b);
      }
    }
    return IntStream.range(0, as.length)
        .parallel()
        .collect(
            () -> new long[bands.count()],
            (counts, i) -> c.count(as[i], bs[i], counts),
            PairCounts::add);
  }

  private void collect(int v, int depth, List<Integer> into) {
    if (depth == TASK_DEPTH || tree.isLeaf(v)) {
      into.add(v);
    } else {
      collect(tree.left(v), depth + 1, into);
      collect(tree.right(v), depth + 1, into);
    }
  }

  /** Adds the pairs of a point of v and a point of w, each once; v == w: pairs within v. */
  private void count(int v, int w, long[] counts) {
    double cosFar = 1 - tree.maxSquaredDistance(v, w) / 2 - DistanceBands.MARGIN;
    double cosNear = 1 - tree.minSquaredDistance(v, w) / 2 + DistanceBands.MARGIN;
    int far = bands.of(cosFar);
    int near = bands.of(cosNear);
    // NaN coordinates give NaN bounds, which must not group pairs: they fall through to pairs.
    boolean bounded = cosFar <= cosNear;
    if (bounded && far == near) {
      long sv = tree.size(v);
      counts[far] += v == w ? sv * (sv - 1) / 2 : sv * tree.size(w);
    } else if (v == w && !tree.isLeaf(v)) {
      count(tree.left(v), tree.left(v), counts);
      count(tree.right(v), tree.right(v), counts);
      count(tree.left(v), tree.right(v), counts);
    } else if (tree.isLeaf(v) && tree.isLeaf(w)) {
      if (bounded && far - near <= MAX_PASSES) {
        countAcrossEdges(v, w, near, far, counts);
      } else {
        countPairs(v, w, counts);
      }
    } else if (tree.isLeaf(w) || (!tree.isLeaf(v) && tree.size(v) >= tree.size(w))) {
      count(tree.left(v), w, counts);
      count(tree.right(v), w, counts);
    } else {
      count(v, tree.left(w), counts);
      count(v, tree.right(w), counts);
    }
  }

  /**
   * Pairs of two leaves (or within one) known to lie in bands {@code near} to {@code far}: per band
   * edge, one pass that counts the pairs beyond it, a comparison per pair and no scattered store
   * (the cost that dominates {@link #countPairs}).
   */
  private void countAcrossEdges(int v, int w, int near, int far, long[] counts) {
    long sv = tree.size(v);
    long notNearer = v == w ? sv * (sv - 1) / 2 : sv * tree.size(w);
    for (int k = near; k < far; k++) {
      long beyond = countBeyond(v, w, bands.cosUpper(k));
      counts[k] += notNearer - beyond;
      notNearer = beyond;
    }
    counts[far] += notNearer;
  }

  /** The pairs whose dot product is at most {@code edge}, i.e. beyond it in distance. */
  private long countBeyond(int v, int w, double edge) {
    double[] x = p.x;
    double[] y = p.y;
    double[] z = p.z;
    int endV = tree.end(v);
    int endW = tree.end(w);
    long beyond = 0;
    for (int i = tree.first(v); i < endV; i++) {
      double xi = x[i];
      double yi = y[i];
      double zi = z[i];
      for (int j = v == w ? i + 1 : tree.first(w); j < endW; j++) {
        // The products and sums of UnitVectors.dot, in its order: the same double.
        beyond += xi * x[j] + yi * y[j] + zi * z[j] > edge ? 0 : 1;
      }
    }
    return beyond;
  }

  /** Pairs of two leaves (or within one), each by {@link DistanceBands#of}. */
  private void countPairs(int v, int w, long[] counts) {
    for (int i = tree.first(v); i < tree.end(v); i++) {
      for (int j = v == w ? i + 1 : tree.first(w); j < tree.end(w); j++) {
        counts[bands.of(p.dot(i, j))]++;
      }
    }
  }

  private static void add(long[] into, long[] from) {
    for (int k = 0; k < into.length; k++) {
      into[k] += from[k];
    }
  }
}
