package org.citynet.analysis.centrality;

import java.util.Arrays;
import org.citynet.graph.CompactGraph;

/**
 * The trees that hang off the 2-core of a graph, found by repeatedly removing vertices of degree 1,
 * as in Baglioni, Geraci, Pellegrini and Lastres, "Fast exact computation of betweenness centrality
 * in social networks", ASONAM 2012.
 *
 * <p>Every vertex ends up in exactly one tree with an <em>anchor</em>: a vertex of the 2-core with
 * the trees peeled off it (the anchor alone when nothing hangs there), or, in a component that is a
 * tree (an isolated vertex and a single edge included), the vertex peeled last. Every path between
 * vertices of different trees runs through both anchors, which is what lets the kernel in {@link
 * ShortestPathCentralities} search from the core vertices only.
 *
 * <p>O(n + m) time and memory. Immutable after construction; package-private because the arrays are
 * handed out without copies.
 */
final class PendantTrees {
  /** Neighbour towards the anchor, -1 for an anchor. */
  final int[] parent;

  /** Anchor of the tree holding each vertex. */
  final int[] anchor;

  /** Hops from each vertex to its anchor. */
  final int[] depth;

  /** Vertices in the subtree below each vertex, itself included; the whole tree for an anchor. */
  final int[] size;

  /** Whether each vertex is in the 2-core. */
  final boolean[] inCore;

  /**
   * Members of the tree anchored at {@code a}: {@code members[memberStart[a] .. memberStart[a+1])},
   * anchor first, parents before children; empty for non-anchors.
   */
  final int[] members;

  final int[] memberStart;

  private PendantTrees(
      int[] parent, int[] anchor, int[] depth, int[] size, boolean[] inCore, int[] peelOrder) {
    this.parent = parent;
    this.anchor = anchor;
    this.depth = depth;
    this.size = size;
    this.inCore = inCore;
    int n = parent.length;
    memberStart = new int[n + 1];
    for (int v = 0; v < n; v++) {
      memberStart[anchor[v] + 1]++;
    }
    for (int v = 0; v < n; v++) {
      memberStart[v + 1] += memberStart[v];
    }
    members = new int[n];
    int[] fill = Arrays.copyOf(memberStart, n);
    for (int v = 0; v < n; v++) {
      if (parent[v] < 0) {
        members[fill[v]++] = v;
      }
    }
    for (int i = peelOrder.length - 1; i >= 0; i--) {
      int v = peelOrder[i];
      members[fill[anchor[v]]++] = v;
    }
  }

  /** Peels every tree off {@code g}. */
  static PendantTrees of(CompactGraph g) {
    int n = g.vertexCount();
    int[] remaining = new int[n];
    int[] queue = new int[n];
    int tail = 0;
    for (int v = 0; v < n; v++) {
      remaining[v] = g.degree(v);
      if (remaining[v] == 1) {
        queue[tail++] = v;
      }
    }
    int[] parent = new int[n];
    Arrays.fill(parent, -1);
    boolean[] removed = new boolean[n];
    int[] peelOrder = new int[n];
    int peeled = 0;
    // A vertex is queued once, when its degree drops to 1; by the time it is taken it may have
    // dropped to 0: then it is the last vertex of a tree component and stays as its anchor.
    for (int head = 0; head < tail; head++) {
      int u = queue[head];
      if (remaining[u] != 1) {
        continue;
      }
      int p = -1;
      for (int slot = g.firstSlot(u); p < 0; slot++) {
        if (!removed[g.neighbour(slot)]) {
          p = g.neighbour(slot);
        }
      }
      removed[u] = true;
      remaining[u] = 0;
      parent[u] = p;
      peelOrder[peeled++] = u;
      if (--remaining[p] == 1) {
        queue[tail++] = p;
      }
    }
    boolean[] inCore = new boolean[n];
    for (int v = 0; v < n; v++) {
      inCore[v] = remaining[v] >= 2;
    }
    return fromPeeling(parent, inCore, Arrays.copyOf(peelOrder, peeled));
  }

  /** The trivial decomposition: every vertex is its own anchor and counts as core. */
  static PendantTrees none(int n) {
    int[] parent = new int[n];
    Arrays.fill(parent, -1);
    boolean[] inCore = new boolean[n];
    Arrays.fill(inCore, true);
    return fromPeeling(parent, inCore, new int[0]);
  }

  private static PendantTrees fromPeeling(int[] parent, boolean[] inCore, int[] peelOrder) {
    int n = parent.length;
    int[] size = new int[n];
    Arrays.fill(size, 1);
    // Children are peeled before their parent, so each size is complete when it is passed up.
    for (int v : peelOrder) {
      size[parent[v]] += size[v];
    }
    int[] anchor = new int[n];
    int[] depth = new int[n];
    for (int v = 0; v < n; v++) {
      anchor[v] = v;
    }
    for (int i = peelOrder.length - 1; i >= 0; i--) {
      int v = peelOrder[i];
      anchor[v] = anchor[parent[v]];
      depth[v] = depth[parent[v]] + 1;
    }
    return new PendantTrees(parent, anchor, depth, size, inCore, peelOrder);
  }

  /** Number of vertices. */
  int vertexCount() {
    return parent.length;
  }

  /** Whether {@code v} anchors a tree. */
  boolean isAnchor(int v) {
    return parent[v] < 0;
  }
}
