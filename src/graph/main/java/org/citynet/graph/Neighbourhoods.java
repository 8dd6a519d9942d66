package org.citynet.graph;

import java.util.Arrays;
import java.util.Collection;

/**
 * The cities within a number of partnership hops of some seed cities.
 *
 * <p>This is a breadth-first search that starts from all seeds at once (Moore 1959, "The shortest
 * path through a maze"). It stops after {@code maxHops} levels and takes O(n + m) time for n cities
 * and m partnerships, plus the O(n + m) snapshot of {@link CityGraph#compact()}. Edge weights are
 * ignored: one partnership is one hop, however many treaties it merges.
 */
public final class Neighbourhoods {
  /** The hop distance of a vertex that lies more than {@code maxHops} from every seed. */
  public static final int BEYOND = -1;

  private Neighbourhoods() {}

  /**
   * The hop distance of every vertex to its nearest seed: 0 for the seeds, {@link #BEYOND} for
   * vertices further than {@code maxHops}. {@code maxHops = 0} returns only the seeds.
   *
   * @param seeds vertex indices; duplicates are harmless, an empty collection reaches nothing
   * @throws IllegalArgumentException if {@code maxHops < 0} or a seed is not a vertex
   */
  public static int[] hopDistances(CityGraph graph, Collection<Integer> seeds, int maxHops) {
    if (maxHops < 0) {
      throw new IllegalArgumentException("maxHops must be >= 0, was " + maxHops);
    }
    CompactGraph g = graph.compact();
    int n = g.vertexCount();
    int[] hops = new int[n];
    Arrays.fill(hops, BEYOND);
    int[] queue = new int[n];
    int tail = 0;
    for (int seed : seeds) {
      if (seed < 0 || seed >= n) {
        throw new IllegalArgumentException("seed " + seed + " is not a vertex of 0.." + (n - 1));
      }
      if (hops[seed] == BEYOND) {
        hops[seed] = 0;
        queue[tail++] = seed;
      }
    }
    for (int head = 0; head < tail; head++) {
      int v = queue[head];
      // FIFO order means hops[] never decreases along the queue, so we can stop at the first vertex
      // that is maxHops away.
      if (hops[v] == maxHops) {
        break;
      }
      for (int slot = g.firstSlot(v); slot < g.endSlot(v); slot++) {
        int w = g.neighbour(slot);
        if (hops[w] == BEYOND) {
          hops[w] = hops[v] + 1;
          queue[tail++] = w;
        }
      }
    }
    return hops;
  }
}
