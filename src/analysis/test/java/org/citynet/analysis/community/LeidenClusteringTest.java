package org.citynet.analysis.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import org.citynet.analysis.SampleSeeds;
import org.citynet.graph.CompactGraph;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LeidenClusteringTest {
  private static final LeidenClustering LEIDEN = LeidenClustering.withDefaults();

  @Nested
  class HandChecked {
    @Test
    void splitsTwoTrianglesJoinedByOneEdge() {
      Partition p = LEIDEN.cluster(ModularityTest.twoTriangles());

      assertThat(p.clusterOf()).containsExactly(0, 0, 0, 1, 1, 1);
      assertThat(p.clusterCount()).isEqualTo(2);
      assertThat(p.modularity()).isCloseTo(5.0 / 14, within(1e-12));
    }

    @Test
    void givesAnIsolatedVertexItsOwnCluster() {
      List<int[]> edges = new ArrayList<>(List.of(new int[] {1, 2}, new int[] {2, 3}));
      edges.addAll(List.of(new int[] {1, 3}, new int[] {4, 5}, new int[] {5, 6}));
      edges.addAll(List.of(new int[] {4, 6}, new int[] {3, 4}));
      // Vertex 0 has no edge; the two triangles are 1-2-3 and 4-5-6.
      Partition p = LEIDEN.cluster(CompactGraph.fromEdges(7, edges, null));

      assertThat(p.clusterOf()).containsExactly(2, 0, 0, 0, 1, 1, 1);
      assertThat(p.clusterSizes()).containsExactly(3, 3, 1);
      assertThat(p.modularity()).isCloseTo(5.0 / 14, within(1e-12));
    }

    @Test
    void numbersClustersBySizeNotByVertexOrder() {
      // A triangle on 0..2, then a 5-clique on 3..7, not connected.
      List<int[]> edges = new ArrayList<>(List.of(new int[] {0, 1}, new int[] {1, 2}));
      edges.add(new int[] {0, 2});
      for (int u = 3; u < 8; u++) {
        for (int v = u + 1; v < 8; v++) {
          edges.add(new int[] {u, v});
        }
      }
      Partition p = LEIDEN.cluster(CompactGraph.fromEdges(8, edges, null));

      assertThat(p.clusterOf()).containsExactly(1, 1, 1, 0, 0, 0, 0, 0);
    }

    @Test
    void resolutionZeroMergesEachComponent() {
      Partition p = LeidenClustering.of(0, 42, 1, 50).cluster(ModularityTest.twoTriangles());

      assertThat(p.clusterOf()).containsOnly(0);
      assertThat(p.modularity()).isCloseTo(1.0, within(1e-12)); // all weight inside, no penalty
    }

    @Test
    void leavesAGraphWithoutEdgesAsSingletonsWithUndefinedModularity() {
      Partition p = LEIDEN.cluster(CompactGraph.fromEdges(3, List.of(), null));

      assertThat(p.clusterOf()).containsExactly(0, 1, 2);
      assertThat(p.clusterCount()).isEqualTo(3);
      assertThat(p.modularity()).isNaN();
    }
  }

  @Nested
  class OnPlantedPartitions {
    private final CompactGraph graph = PlantedPartitionGraphs.of(300, 6, 0.2, 0.005, 7);

    @Test
    void sameSeedGivesIdenticalPartition() {
      Partition first = LeidenClustering.of(1, 123, 3, 50).cluster(graph);
      Partition second = LeidenClustering.of(1, 123, 3, 50).cluster(graph);

      assertThat(second).isEqualTo(first);
    }

    @Test
    void givesTheSamePartitionOnOneThreadAsOnSeveral() throws Exception {
      // A looser graph than the planted blocks, so that the starts disagree and order matters.
      CompactGraph fuzzy = PlantedPartitionGraphs.of(300, 6, 0.05, 0.02, 11);
      LeidenClustering leiden = LeidenClustering.of(1, 123, 8, 50);

      LeidenRun one = inPool(1, () -> leiden.run(fuzzy));
      LeidenRun four = inPool(4, () -> leiden.run(fuzzy));

      assertThat(four.partition()).isEqualTo(one.partition());
      assertThat(four.stability()).isEqualTo(one.stability());
      assertThat(one.stability().minAdjustedRandIndex()).isLessThan(1.0);
    }

    @Test
    void givesEachStartItsOwnSeed() {
      assertThat(SampleSeeds.of(42, 0))
          .isNotEqualTo(SampleSeeds.of(42, 1))
          .isNotEqualTo(SampleSeeds.of(43, 0));
    }

    @Test
    void labelsClustersLargestFirstWithTiesByLowestVertex() {
      Partition p = LEIDEN.cluster(graph);
      int[] sizes = p.clusterSizes();
      int[] firstVertex = new int[p.clusterCount()];
      Arrays.fill(firstVertex, -1);
      for (int v = 0; v < graph.vertexCount(); v++) {
        if (firstVertex[p.clusterOf(v)] < 0) {
          firstVertex[p.clusterOf(v)] = v;
        }
      }

      for (int c = 1; c < p.clusterCount(); c++) {
        assertThat(sizes[c]).isLessThanOrEqualTo(sizes[c - 1]);
        if (sizes[c] == sizes[c - 1]) {
          assertThat(firstVertex[c]).isGreaterThan(firstVertex[c - 1]);
        }
      }
      assertThat(sizes[sizes.length - 1]).isPositive();
    }

    @Test
    void reportsTheNewmanGirvanModularityOfItsPartition() {
      for (double gamma : new double[] {0.5, 1, 2}) {
        Partition p = LeidenClustering.of(gamma, 42, 2, 50).cluster(graph);

        assertThat(p.modularity())
            .as("resolution %s", gamma)
            .isCloseTo(Modularity.of(graph, p.clusterOf(), gamma), within(1e-12));
      }
    }

    @Test
    void findsThePlantedBlocks() {
      Partition p = LEIDEN.cluster(graph);

      assertThat(p.clusterCount()).isEqualTo(6);
      for (int v = 0; v < graph.vertexCount(); v++) {
        assertThat(p.clusterOf(v)).as("vertex %d", v).isEqualTo(p.clusterOf(v % 6));
      }
    }
  }

  private static <T> T inPool(int threads, Callable<T> work) throws Exception {
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      return pool.submit(work).get();
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void rejectsParametersOutOfRange() {
    assertThatThrownBy(() -> LeidenClustering.of(-1, 42, 10, 50))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("resolution");
    assertThatThrownBy(() -> LeidenClustering.of(Double.NaN, 42, 10, 50))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LeidenClustering.of(1, 42, 0, 50))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("random starts");
    assertThatThrownBy(() -> LeidenClustering.of(1, 42, 10, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("iterations");
  }

  @Test
  void rejectsNonPositiveWeights() {
    CompactGraph g =
        CompactGraph.fromEdges(3, List.of(new int[] {0, 1}, new int[] {1, 2}), new double[] {1, 0});

    assertThatThrownBy(() -> LEIDEN.cluster(g))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("weight 0");
  }
}
