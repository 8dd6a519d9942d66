package org.citynet.analysis.regions;

import java.util.Arrays;

/**
 * A kd-tree over unit vectors: each node holds a contiguous range of the points, reordered, and
 * their axis-aligned bounding box; an inner node splits its range at the median of its box's widest
 * axis. J. L. Bentley, "Multidimensional binary search trees used for associative searching", CACM
 * 18 (1975) 509. Splitting at the median index, not value, bounds the depth by log2(n / leafSize) +
 * 1 even when many points coincide. O(n log n) time, O(n) space.
 */
final class UnitVectorTree {
  /** The points in tree order: node {@code v} holds {@code first(v) <= i < end(v)}. */
  final UnitVectors points;

  private final int[] first;
  private final int[] end;
  private final int[] left;
  private final int[] right;

  /** Bounding box of node v: min and max of x, y, z at 6v .. 6v + 5. */
  private final double[] box;

  private int nodes;

  private UnitVectorTree(UnitVectors p, int leafSize) {
    int n = p.size();
    // A split leaf has at least (leafSize + 1) / 2 points: a bound on the leaves, so the nodes.
    int capacity = 2 * (n / Math.max(1, (leafSize + 1) / 2)) + 1;
    first = new int[capacity];
    end = new int[capacity];
    left = new int[capacity];
    right = new int[capacity];
    box = new double[6 * capacity];
    int[] order = new int[n];
    Arrays.setAll(order, i -> i);
    build(order, new double[][] {p.x, p.y, p.z}, 0, n, leafSize);
    points = p.reorder(order);
  }

  /**
   * Builds the tree; node 0 is the root (also when there are no points).
   *
   * @param leafSize most points in a leaf, at least 1
   */
  static UnitVectorTree of(UnitVectors p, int leafSize) {
    return new UnitVectorTree(p, leafSize);
  }

  private int build(int[] order, double[][] axes, int from, int to, int leafSize) {
    int v = newNode(from, to);
    int widest = 0;
    double widestWidth = -1;
    for (int k = 0; k < 3; k++) {
      double min = Double.POSITIVE_INFINITY;
      double max = Double.NEGATIVE_INFINITY;
      for (int i = from; i < to; i++) {
        double c = axes[k][order[i]];
        min = Math.min(min, c);
        max = Math.max(max, c);
      }
      box[6 * v + 2 * k] = min;
      box[6 * v + 2 * k + 1] = max;
      if (max - min > widestWidth) {
        widestWidth = max - min;
        widest = k;
      }
    }
    if (to - from > leafSize) {
      int mid = (from + to) >>> 1;
      select(order, axes[widest], from, to - 1, mid);
      left[v] = build(order, axes, from, mid, leafSize);
      right[v] = build(order, axes, mid, to, leafSize);
    }
    return v;
  }

  private int newNode(int from, int to) {
    first[nodes] = from;
    end[nodes] = to;
    left[nodes] = -1;
    return nodes++;
  }

  /** Hoare's quickselect: puts the k-th smallest key of order[lo..hi] at k, smaller before. */
  private static void select(int[] order, double[] key, int lo, int hi, int k) {
    while (lo < hi) {
      double pivot = key[order[(lo + hi) >>> 1]];
      int i = lo;
      int j = hi;
      while (i <= j) {
        while (key[order[i]] < pivot) {
          i++;
        }
        while (key[order[j]] > pivot) {
          j--;
        }
        if (i <= j) {
          int t = order[i];
          order[i++] = order[j];
          order[j--] = t;
        }
      }
      if (k <= j) {
        hi = j;
      } else if (k >= i) {
        lo = i;
      } else {
        return;
      }
    }
  }

  int root() {
    return 0;
  }

  boolean isLeaf(int v) {
    return left[v] < 0;
  }

  int left(int v) {
    return left[v];
  }

  int right(int v) {
    return right[v];
  }

  int first(int v) {
    return first[v];
  }

  int end(int v) {
    return end[v];
  }

  int size(int v) {
    return end[v] - first[v];
  }

  /** Least squared Euclidean distance between any point of v and any point of w. */
  double minSquaredDistance(int v, int w) {
    double sum = 0;
    for (int k = 0; k < 3; k++) {
      double gap =
          Math.max(
              0,
              Math.max(
                  box[6 * w + 2 * k] - box[6 * v + 2 * k + 1],
                  box[6 * v + 2 * k] - box[6 * w + 2 * k + 1]));
      sum += gap * gap;
    }
    return sum;
  }

  /** Greatest squared Euclidean distance between any point of v and any point of w. */
  double maxSquaredDistance(int v, int w) {
    double sum = 0;
    for (int k = 0; k < 3; k++) {
      double span =
          Math.max(
              box[6 * v + 2 * k + 1] - box[6 * w + 2 * k],
              box[6 * w + 2 * k + 1] - box[6 * v + 2 * k]);
      sum += span * span;
    }
    return sum;
  }
}
