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
    int count = 0;
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
      count++;
    }
    return fromLabels(label);
  }

  /**
   * Numbers components found elsewhere (e.g. by Spark GraphX, whose label is the lowest vertex of
   * the component) the same way as {@link #of}: by size, ties by lowest vertex. O(n + c log c) for
   * c components.
   *
   * @param label for each vertex, a label in {@code 0..n-1} shared exactly by the vertices of its
   *     component
   * @throws IllegalArgumentException if a label lies outside {@code 0..n-1}
   */
  public static Components fromLabels(int[] label) {
    int n = label.length;
    int[] discovered = new int[n];
    Arrays.fill(discovered, -1);
    int[] discoveredSizes = new int[n];
    int count = 0;
    // Scanning vertices in index order numbers components by their lowest vertex.
    for (int v = 0; v < n; v++) {
      if (label[v] < 0 || label[v] >= n) {
        throw new IllegalArgumentException("label " + label[v] + " outside 0.." + (n - 1));
      }
      if (discovered[label[v]] < 0) {
        discovered[label[v]] = count++;
      }
      discoveredSizes[discovered[label[v]]]++;
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
    int[] componentOf = new int[n];
    for (int v = 0; v < n; v++) {
      componentOf[v] = rank[discovered[label[v]]];
    }
    return new Components(componentOf, sizes);
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
