package org.citynet.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;

class CompactGraphTest {
  @Test
  void edgeArraysGiveTheSnapshotOfTheGraphWithThoseEdgesAddedInOrder() {
    Random random = new Random(5);
    int n = 40;
    List<int[]> edges = new ArrayList<>();
    while (edges.size() < 150) {
      int u = random.nextInt(n);
      int v = random.nextInt(n);
      if (u != v) {
        edges.add(new int[] {u, v}); // repeated pairs too: the snapshot keeps them apart
      }
    }
    double[] weights = random.doubles(edges.size(), 0.5, 3).toArray();
    Graph<Integer, DefaultWeightedEdge> jgrapht = CityGraphs.emptyGraph(n);
    for (int i = 0; i < edges.size(); i++) {
      jgrapht.setEdgeWeight(jgrapht.addEdge(edges.get(i)[0], edges.get(i)[1]), weights[i]);
    }

    CompactGraph expected = CompactGraph.of(jgrapht);
    CompactGraph built = CompactGraph.fromEdges(n, edges, weights);

    assertThat(built.edgeCount()).isEqualTo(expected.edgeCount());
    for (int v = 0; v < n; v++) {
      assertThat(built.firstSlot(v)).isEqualTo(expected.firstSlot(v));
      assertThat(built.endSlot(v)).isEqualTo(expected.endSlot(v));
    }
    for (int s = 0; s < 2 * edges.size(); s++) {
      assertThat(built.neighbour(s)).as("slot %d", s).isEqualTo(expected.neighbour(s));
      assertThat(built.weight(s)).as("slot %d", s).isEqualTo(expected.weight(s));
    }
  }

  @Test
  void listsEachVertexsNeighboursInEdgeOrder() {
    CompactGraph g =
        CompactGraph.fromEdges(4, new int[] {2, 0, 3}, new int[] {0, 1, 0}, new double[] {5, 6, 7});

    assertThat(neighbours(g, 0)).containsExactly(2, 1, 3);
    assertThat(g.weight(g.firstSlot(0))).isEqualTo(5);
    assertThat(neighbours(g, 3)).containsExactly(0);
    assertThat(g.weight(g.firstSlot(3))).isEqualTo(7);
  }

  @Test
  void refusesLoopsAndVerticesOutOfRange() {
    assertThatThrownBy(
            () -> CompactGraph.fromEdges(3, new int[] {1}, new int[] {1}, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("self-loop at vertex 1");
    assertThatThrownBy(
            () -> CompactGraph.fromEdges(3, new int[] {0}, new int[] {3}, new double[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("vertex 3 outside 0..2");
  }

  private static List<Integer> neighbours(CompactGraph g, int v) {
    List<Integer> out = new ArrayList<>();
    for (int s = g.firstSlot(v); s < g.endSlot(v); s++) {
      out.add(g.neighbour(s));
    }
    return out;
  }
}
