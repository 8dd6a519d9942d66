package org.citynet.analysis.significance;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import java.util.stream.IntStream;
import org.citynet.analysis.SampleSeeds;
import org.citynet.graph.CompactGraph;
import org.citynet.model.NullComparison;

/**
 * Networks rewired by degree-preserving double edge swaps (S. Maslov and K. Sneppen, "Specificity
 * and stability in topology of protein networks", Science 296 (2002) 910), and statistics compared
 * with their values on them.
 *
 * <p>A swap picks two links (a, b) and (c, d) at random and replaces them by (a, d) and (c, b),
 * unless that would make a self-loop or a link that exists already; then the attempt is counted and
 * skipped. Every city keeps its degree; each link keeps its weight, so the weight distribution is
 * kept too and strengths approximately. {@value #SWAPS_PER_LINK} attempts per link mix the network
 * well in practice (Milo et al., arXiv cond-mat/0312028, 2003).
 *
 * <p>One rewiring costs O(m) expected time and memory (a hash set of the links); null network i
 * draws from a {@link SplittableRandom} seeded by the seed and i alone, and the samples run in
 * parallel, so the result does not depend on the number of threads.
 */
public final class DegreePreservingNull {
  /** Swap attempts per link. */
  public static final int SWAPS_PER_LINK = 10;

  private DegreePreservingNull() {}

  /** A rewired copy of {@code g}, with {@code swapsPerLink · m} swap attempts. */
  public static CompactGraph rewire(CompactGraph g, int swapsPerLink, SplittableRandom rng) {
    int n = g.vertexCount();
    int m = g.edgeCount();
    int[] a = new int[m];
    int[] b = new int[m];
    double[] w = new double[m];
    Set<Long> present = new HashSet<>(2 * m);
    int e = 0;
    for (int v = 0; v < n; v++) {
      for (int s = g.firstSlot(v); s < g.endSlot(v); s++) {
        int u = g.neighbour(s);
        if (u > v) {
          a[e] = v;
          b[e] = u;
          w[e] = g.weight(s);
          present.add(key(v, u));
          e++;
        }
      }
    }
    long attempts = (long) swapsPerLink * m;
    for (long t = 0; m >= 2 && t < attempts; t++) {
      int i = rng.nextInt(m);
      int j = rng.nextInt(m);
      if (i == j) {
        continue;
      }
      // Either orientation of the second link, so that both rewirings of a pair are reachable.
      int c = a[j];
      int d = b[j];
      if (rng.nextBoolean()) {
        c = b[j];
        d = a[j];
      }
      int x = a[i];
      int y = b[i];
      if (x == d || c == y || present.contains(key(x, d)) || present.contains(key(c, y))) {
        continue;
      }
      present.remove(key(x, y));
      present.remove(key(c, d));
      present.add(key(x, d));
      present.add(key(c, y));
      a[i] = x;
      b[i] = d;
      a[j] = c;
      b[j] = y;
    }
    return CompactGraph.fromEdges(n, a, b, w);
  }

  /**
   * Each statistic on {@code samples} rewired copies of {@code g}, against its observed value.
   *
   * @param statistics statistics of a network, each with its observed value on {@code g}
   * @return one result per statistic, in order, with p towards high values
   */
  public static List<NullComparison> compare(
      CompactGraph g,
      List<ToDoubleFunction<CompactGraph>> statistics,
      double[] observed,
      int samples,
      long seed) {
    double[][] nulls =
        IntStream.range(0, samples)
            .parallel()
            .mapToObj(
                i -> {
                  CompactGraph rewired =
                      rewire(g, SWAPS_PER_LINK, new SplittableRandom(SampleSeeds.of(seed, i)));
                  return statistics.stream().mapToDouble(f -> f.applyAsDouble(rewired)).toArray();
                })
            .toArray(double[][]::new);
    List<NullComparison> results = new ArrayList<>(statistics.size());
    for (int k = 0; k < statistics.size(); k++) {
      double[] column = new double[samples];
      for (int i = 0; i < samples; i++) {
        column[i] = nulls[i][k];
      }
      results.add(NullComparison.of(observed[k], column, NullComparison.Tail.UPPER));
    }
    return results;
  }

  private static long key(int u, int v) {
    return u < v ? ((long) u << 32) | v : ((long) v << 32) | u;
  }
}
