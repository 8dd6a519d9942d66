package org.citynet.analysis.significance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.citynet.analysis.SampleSeeds;
import org.citynet.graph.CompactGraph;
import org.citynet.model.NullComparison;

/**
 * The permutation test of the E–I index of D. Krackhardt and R. N. Stern, "Informal networks and
 * organizational crises: an experimental simulation", Social Psychology Quarterly 51 (1988) 123:
 * the units (regions) are shuffled among the cities, which keeps the network and each unit's number
 * of cities, and the index is recomputed on each shuffle.
 *
 * <p>The network's index is (E − I) / (E + I) over the links with a known unit at both ends, each
 * counted once; a unit's index pools its members' links as {@link
 * org.citynet.analysis.regions.EiIndex#perGroup} does. Only cities with a known unit are shuffled,
 * so the links counted stay the same. The test is one-sided towards homophily: p = (1 + #{permuted
 * ≤ observed}) / (N + 1).
 *
 * <p>O(N·m) time, O(n + m) memory per thread; permutation i draws from a {@link SplittableRandom}
 * seeded by the seed and i alone, so the result does not depend on the number of threads.
 */
public final class EiPermutations {
  private EiPermutations() {}

  /**
   * The network's and each unit's test.
   *
   * @param network the whole network's index against its null
   * @param units each unit's index against its null, by unit id
   */
  public record Result(NullComparison network, List<NullComparison> units) {
    public Result {
      units = List.copyOf(units);
    }
  }

  /**
   * Runs {@code permutations} shuffles.
   *
   * @param unitOf the unit id (≥ 0) of each vertex, or -1 when unknown
   * @param permutations N ≥ 0
   */
  public static Result test(CompactGraph g, int[] unitOf, int permutations, long seed) {
    int n = g.vertexCount();
    if (unitOf.length != n) {
      throw new IllegalArgumentException(unitOf.length + " units given for " + n + " cities");
    }
    if (permutations < 0) {
      throw new IllegalArgumentException("permutations must be >= 0: " + permutations);
    }
    int units = Arrays.stream(unitOf).max().orElse(-1) + 1;
    int[] known = IntStream.range(0, n).filter(v -> unitOf[v] >= 0).toArray();
    // The links between cities of known unit, as positions in `known`.
    int[] position = new int[n];
    Arrays.fill(position, -1);
    for (int i = 0; i < known.length; i++) {
      position[known[i]] = i;
    }
    List<int[]> ends = new ArrayList<>();
    for (int v : known) {
      for (int s = g.firstSlot(v); s < g.endSlot(v); s++) {
        int u = g.neighbour(s);
        if (u > v && position[u] >= 0) {
          ends.add(new int[] {position[v], position[u]});
        }
      }
    }
    int[] a = ends.stream().mapToInt(e -> e[0]).toArray();
    int[] b = ends.stream().mapToInt(e -> e[1]).toArray();
    int[] labels = Arrays.stream(known).map(v -> unitOf[v]).toArray();
    double[] observed = indices(a, b, labels, units);
    double[][] nulls =
        IntStream.range(0, permutations)
            .parallel()
            .mapToObj(
                i -> {
                  int[] shuffled = labels.clone();
                  SplittableRandom rng = new SplittableRandom(SampleSeeds.of(seed, i));
                  for (int j = shuffled.length - 1; j > 0; j--) {
                    int k = rng.nextInt(j + 1);
                    int t = shuffled[j];
                    shuffled[j] = shuffled[k];
                    shuffled[k] = t;
                  }
                  return indices(a, b, shuffled, units);
                })
            .toArray(double[][]::new);
    List<NullComparison> results = new ArrayList<>(units + 1);
    for (int c = 0; c <= units; c++) {
      double[] column = new double[permutations];
      for (int i = 0; i < permutations; i++) {
        column[i] = nulls[i][c];
      }
      results.add(NullComparison.of(observed[c], column, NullComparison.Tail.LOWER));
    }
    return new Result(results.get(units), results.subList(0, units));
  }

  /** Each unit's index (positions 0..units-1) and the network's (position units). */
  private static double[] indices(int[] a, int[] b, int[] label, int units) {
    long[] external = new long[units];
    long[] internal = new long[units];
    long e = 0;
    for (int i = 0; i < a.length; i++) {
      int x = label[a[i]];
      int y = label[b[i]];
      if (x == y) {
        internal[x] += 2;
      } else {
        external[x]++;
        external[y]++;
        e++;
      }
    }
    double[] index = new double[units + 1];
    for (int c = 0; c < units; c++) {
      index[c] = ratio(external[c], internal[c]);
    }
    index[units] = ratio(e, a.length - e);
    return index;
  }

  private static double ratio(long external, long internal) {
    long total = external + internal;
    return total == 0 ? Double.NaN : (double) (external - internal) / total;
  }
}
