package org.citynet.analysis.centrality;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;
import org.citynet.graph.CompactGraph;

/**
 * The connected components of a graph, numbered by size: 0 is the largest; among components of
 * equal size the one holding the lowest vertex index comes first, so the numbering depends only on
 * the graph. Found by breadth-first search in O(n + m); read-only.
 */
public final class Components {
  private final int[] componentOf;
  private final int[] sizes;

  private Components(int[] componentOf, int[] sizes) {
    this.componentOf = componentOf;
    this.sizes = sizes;
  }

  /** Finds the connected components of {@code g}; an isolated vertex is a component of its own. */
  public static Components of(CompactGraph g) {
    int n = g.vertexCount();
    int[] label = new int[n];
    Arrays.fill(label, -1);
    int[] queue = new int[n];
    int[] discoveredSizes = new int[n];
    int count = 0;
    // Scanning seeds in index order labels components by their lowest vertex.
    for (int seed = 0; seed < n; seed++) {
      if (label[seed] >= 0) {
        continue;
      }
      label[seed] = count;
      queue[0] = seed;
      int tail = 1;
      for (int head = 0; head < tail; head++) {
        int v = queue[head];
        for (int slot = g.firstSlot(v); slot < g.endSlot(v); slot++) {
          int w = g.neighbour(slot);
          if (label[w] < 0) {
            label[w] = count;
            queue[tail++] = w;
          }
        }
      }
      discoveredSizes[count++] = tail;
    }
    // A stable sort by size keeps lowest-vertex order among equal sizes.
    Integer[] bySize =
        IntStream.range(0, count)
            .boxed()
            .sorted(Comparator.comparingInt((Integer c) -> discoveredSizes[c]).reversed())
            .toArray(Integer[]::new);
    int[] rank = new int[count];
    int[] sizes = new int[count];
    for (int r = 0; r < count; r++) {
      rank[bySize[r]] = r;
      sizes[r] = discoveredSizes[bySize[r]];
    }
    for (int v = 0; v < n; v++) {
      label[v] = rank[label[v]];
    }
    return new Components(label, sizes);
  }

  /** The component of vertex {@code v}, 0 = largest. */
  public int componentOf(int v) {
    return componentOf[v];
  }

  /** Number of components (0 for the empty graph). */
  public int count() {
    return sizes.length;
  }

  /** Number of vertices in component {@code c}. */
  public int size(int c) {
    return sizes[c];
  }
}
