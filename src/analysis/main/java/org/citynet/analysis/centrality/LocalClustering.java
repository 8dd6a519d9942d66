package org.citynet.analysis.centrality;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.citynet.graph.CompactGraph;

/**
 * Unweighted local clustering coefficient of every vertex: the share of pairs of its neighbours
 * that are themselves adjacent, 0 for degree below 2 (as NetworkX's {@code clustering}).
 *
 * <p>Watts and Strogatz, "Collective dynamics of 'small-world' networks", Nature 393 (1998).
 * Triangles are listed once each by the compact-forward algorithm (M. Latapy, "Main-memory triangle
 * computations for very large (sparse (power-law)) graphs", Theoretical Computer Science 407
 * (2008)): every edge is oriented from the lower to the higher of its ends in (degree, id) order,
 * and a triangle is found from its lowest corner by intersecting out-neighbourhoods. Why: marking
 * all neighbours and scanning theirs costs Σ degree², which hubs of degree 10⁴ in a million-city
 * network made many minutes of one core; oriented lists are at most √(2m) long, so this is O(m·√m)
 * time and O(n + m) memory, in parallel over the lowest corner. Counts are integers, so the result
 * does not depend on the number of threads.
 */
public final class LocalClustering {
  /** Lowest corners per parallel task: enough tasks to balance hubs, few enough to sum cheaply. */
  private static final int TASKS = 64;

  private LocalClustering() {}

  /** The clustering coefficient of each vertex; a new array the caller owns. */
  public static double[] compute(CompactGraph g) {
    int n = g.vertexCount();
    Oriented out = Oriented.of(g);
    // One counter per worker's run of tasks, not per task: each holds two arrays of n entries.
    long[] triangles =
        IntStream.range(0, TASKS)
            .parallel()
            .collect(
                () -> new Counter(n),
                (counter, t) ->
                    out.countFrom(t * (long) n / TASKS, (t + 1) * (long) n / TASKS, counter),
                (a, b) -> sum(a.triangles, b.triangles))
            .triangles;
    double[] clustering = new double[n];
    for (int v = 0; v < n; v++) {
      long d = g.degree(v);
      if (d >= 2) {
        clustering[v] = 2.0 * triangles[v] / (d * (d - 1));
      }
    }
    return clustering;
  }

  private static void sum(long[] into, long[] from) {
    for (int v = 0; v < into.length; v++) {
      into[v] += from[v];
    }
  }

  /** Triangles counted so far through each vertex, and the marks of the corner being searched. */
  private static final class Counter {
    final long[] triangles;
    final int[] markedBy;

    Counter(int n) {
      triangles = new long[n];
      markedBy = new int[n];
      Arrays.fill(markedBy, -1);
    }
  }

  /** Each edge once, from its lower to its higher end in (degree, id) order. */
  private record Oriented(int[] offsets, int[] targets) {
    static Oriented of(CompactGraph g) {
      int n = g.vertexCount();
      int[] offsets = new int[n + 1];
      for (int v = 0; v < n; v++) {
        for (int s = g.firstSlot(v); s < g.endSlot(v); s++) {
          if (before(g, v, g.neighbour(s))) {
            offsets[v + 1]++;
          }
        }
      }
      for (int v = 0; v < n; v++) {
        offsets[v + 1] += offsets[v];
      }
      int[] targets = new int[offsets[n]];
      for (int v = 0; v < n; v++) {
        int next = offsets[v];
        for (int s = g.firstSlot(v); s < g.endSlot(v); s++) {
          int u = g.neighbour(s);
          if (before(g, v, u)) {
            targets[next++] = u;
          }
        }
      }
      return new Oriented(offsets, targets);
    }

    private static boolean before(CompactGraph g, int v, int u) {
      int dv = g.degree(v);
      int du = g.degree(u);
      return dv < du || (dv == du && v < u);
    }

    /** Counts into {@code counter} the triangles whose lowest corner lies in [from, to). */
    void countFrom(long from, long to, Counter counter) {
      long[] triangles = counter.triangles;
      int[] markedBy = counter.markedBy;
      for (int v = (int) from; v < to; v++) {
        for (int s = offsets[v]; s < offsets[v + 1]; s++) {
          markedBy[targets[s]] = v;
        }
        for (int s = offsets[v]; s < offsets[v + 1]; s++) {
          int u = targets[s];
          for (int r = offsets[u]; r < offsets[u + 1]; r++) {
            int w = targets[r];
            if (markedBy[w] == v) {
              triangles[v]++;
              triangles[u]++;
              triangles[w]++;
            }
          }
        }
      }
    }
  }
}
