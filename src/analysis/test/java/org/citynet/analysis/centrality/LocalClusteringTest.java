package org.citynet.analysis.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.citynet.graph.CompactGraph;
import org.citynet.graph.RandomGraphs;
import org.junit.jupiter.api.Test;

class LocalClusteringTest {
  @Test
  void countsClosedNeighbourPairsOfTriangleWithTail() {
    // Triangle 0-1-2 with tail 2-3: vertex 2's neighbours 0, 1, 3 form one linked pair of three.
    double[] clustering = LocalClustering.compute(SampleGraphs.of(4, 0, 1, 1, 2, 2, 0, 2, 3));

    assertThat(clustering).containsExactly(new double[] {1, 1, 1 / 3.0, 0}, within(1e-15));
  }

  @Test
  void givesZeroBelowDegreeTwoAndWithoutTriangles() {
    assertThat(LocalClustering.compute(SampleGraphs.star(4))).containsOnly(0);
    assertThat(LocalClustering.compute(SampleGraphs.of(3, 0, 1))).containsOnly(0);
  }

  @Test
  void givesOneInACompleteGraph() {
    assertThat(LocalClustering.compute(SampleGraphs.of(4, 0, 1, 0, 2, 0, 3, 1, 2, 1, 3, 2, 3)))
        .containsOnly(1);
  }

  @Test
  void matchesNeighbourPairCountingOnRandomGraphWithHubs() {
    // Hubs joined to a third of the vertices: oriented lists must still see every triangle once.
    int n = 600;
    List<int[]> edges = new ArrayList<>(RandomGraphs.erdosRenyi(n, 3_000, 7));
    Set<Long> present = new HashSet<>();
    edges.forEach(e -> present.add(key(e[0], e[1])));
    for (int hub = 0; hub < 3; hub++) {
      for (int v = 3; v < n; v += 3 + hub) {
        if (present.add(key(hub, v))) {
          edges.add(new int[] {hub, v});
        }
      }
    }
    CompactGraph g = CompactGraph.fromEdges(n, edges, null);

    double[] clustering = LocalClustering.compute(g);

    for (int v = 0; v < n; v++) {
      long d = g.degree(v);
      long linkedPairs = 0;
      for (int a = g.firstSlot(v); a < g.endSlot(v); a++) {
        for (int b = a + 1; b < g.endSlot(v); b++) {
          if (present.contains(key(g.neighbour(a), g.neighbour(b)))) {
            linkedPairs++;
          }
        }
      }
      double expected = d < 2 ? 0 : linkedPairs / (d * (d - 1) / 2.0);
      assertThat(clustering[v]).as("vertex %d", v).isCloseTo(expected, within(1e-15));
    }
  }

  private static long key(int u, int v) {
    return ((long) Math.min(u, v) << 32) | Math.max(u, v);
  }
}
