package org.citynet.analysis.significance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.citynet.analysis.SampleSeeds;
import org.citynet.graph.CompactGraph;

/**
 * How robust the top brokers are: the betweenness rank of the top cities over networks with a share
 * of the links left out at random, a link-resampling bootstrap in the sense of S. P. Borgatti, K.
 * M. Carley and D. Krackhardt, "On the robustness of centrality measures under conditions of
 * imperfect data", Social Networks 28 (2006) 124.
 *
 * <p>A city's rank is 1 + the number of cities with a strictly higher betweenness (ties share the
 * better rank). Over the R resamples each top city gets the median and the 5th and 95th percentiles
 * of its ranks (nearest-rank percentiles, so every figure is a rank that occurred) and the number
 * of resamples in which it ranked first.
 *
 * <p>O(R · B) time for B the cost of one betweenness computation, O(n + m) memory per resample
 * under way; resample i draws from a {@link SplittableRandom} seeded by the seed and i alone and
 * the resamples run in parallel, so the result does not depend on the number of threads.
 */
public final class BrokerRanks {
  /** Top cities by betweenness followed. */
  public static final int TOP = 50;

  /** Share of the links left out of each resample. */
  public static final double LEFT_OUT = 0.10;

  private BrokerRanks() {}

  /**
   * One top city's ranks.
   *
   * @param city the vertex
   * @param observedRank its rank on the whole network
   * @param median median rank over the resamples
   * @param low 5th percentile of the ranks (the better end)
   * @param high 95th percentile of the ranks
   * @param timesFirst resamples in which it ranked first
   */
  public record Rank(int city, int observedRank, int median, int low, int high, int timesFirst) {}

  /**
   * The ranks of the {@link #TOP} cities of highest betweenness (fewer on a smaller network; cities
   * of betweenness 0 are not brokers and are left out).
   *
   * @param betweenness betweenness of every vertex on {@code g}
   * @param measure betweenness of every vertex of a resampled network
   * @param resamples R ≥ 1
   * @return the top cities by observed rank
   */
  public static List<Rank> of(
      CompactGraph g,
      double[] betweenness,
      Function<CompactGraph, double[]> measure,
      int resamples,
      long seed) {
    if (resamples < 1) {
      throw new IllegalArgumentException("resamples must be >= 1: " + resamples);
    }
    int n = g.vertexCount();
    int[] top =
        IntStream.range(0, n)
            .boxed()
            .filter(v -> betweenness[v] > 0)
            .sorted((x, y) -> Double.compare(betweenness[y], betweenness[x]))
            .limit(TOP)
            .mapToInt(Integer::intValue)
            .toArray();
    if (top.length == 0) {
      return List.of();
    }
    int[][] ranks =
        IntStream.range(0, resamples)
            .parallel()
            .mapToObj(
                i -> {
                  CompactGraph kept =
                      withoutShare(g, LEFT_OUT, new SplittableRandom(SampleSeeds.of(seed, i)));
                  return ranksOf(measure.apply(kept), top);
                })
            .toArray(int[][]::new);
    int[] observed = ranksOf(betweenness, top);
    List<Rank> result = new ArrayList<>(top.length);
    for (int t = 0; t < top.length; t++) {
      int[] r = new int[resamples];
      int first = 0;
      for (int i = 0; i < resamples; i++) {
        r[i] = ranks[i][t];
        if (r[i] == 1) {
          first++;
        }
      }
      Arrays.sort(r);
      result.add(
          new Rank(
              top[t],
              observed[t],
              percentile(r, 0.5),
              percentile(r, 0.05),
              percentile(r, 0.95),
              first));
    }
    return List.copyOf(result);
  }

  /** The nearest-rank percentile of sorted values: the ⌈p·R⌉-th smallest. */
  static int percentile(int[] sorted, double p) {
    int k = (int) Math.ceil(p * sorted.length);
    return sorted[Math.max(0, Math.min(sorted.length - 1, k - 1))];
  }

  /** The rank of each of {@code cities} by {@code score}: 1 + the number of strictly higher. */
  static int[] ranksOf(double[] score, int[] cities) {
    double[] sorted = score.clone();
    Arrays.sort(sorted);
    int[] ranks = new int[cities.length];
    for (int t = 0; t < cities.length; t++) {
      double s = score[cities[t]];
      // The first position holding a value above s, from the ascending order.
      int lo = 0;
      int hi = sorted.length;
      while (lo < hi) {
        int mid = (lo + hi) >>> 1;
        if (sorted[mid] <= s) {
          lo = mid + 1;
        } else {
          hi = mid;
        }
      }
      ranks[t] = 1 + (sorted.length - lo);
    }
    return ranks;
  }

  /** {@code g} without ⌊share · m⌋ of its links, chosen uniformly (a partial Fisher-Yates). */
  static CompactGraph withoutShare(CompactGraph g, double share, SplittableRandom rng) {
    int n = g.vertexCount();
    int m = g.edgeCount();
    int[] from = new int[m];
    int[] to = new int[m];
    double[] weights = new double[m];
    int e = 0;
    for (int v = 0; v < n; v++) {
      for (int s = g.firstSlot(v); s < g.endSlot(v); s++) {
        if (g.neighbour(s) > v) {
          from[e] = v;
          to[e] = g.neighbour(s);
          weights[e++] = g.weight(s);
        }
      }
    }
    int drop = (int) Math.floor(share * m);
    int[] order = IntStream.range(0, m).toArray();
    for (int i = 0; i < drop; i++) {
      int j = i + rng.nextInt(m - i);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    // The kept links in their original order, so that the snapshot does not depend on the draw's
    // order beyond which links were left out.
    int[] keep = Arrays.copyOfRange(order, drop, m);
    Arrays.sort(keep);
    int[] keptFrom = new int[keep.length];
    int[] keptTo = new int[keep.length];
    double[] keptWeights = new double[keep.length];
    for (int i = 0; i < keep.length; i++) {
      keptFrom[i] = from[keep[i]];
      keptTo[i] = to[keep[i]];
      keptWeights[i] = weights[keep[i]];
    }
    return CompactGraph.fromEdges(n, keptFrom, keptTo, keptWeights);
  }
}
