package org.citynet.analysis.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.citynet.graph.CompactGraph;
import org.citynet.graph.RandomGraphs;
import org.citynet.model.AnalysisSettings.Quality;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class LeidenRunTest {
  private static LeidenClustering cpm(double resolution) {
    return LeidenClustering.of(Quality.CPM, resolution, 42, 10, 50);
  }

  @Nested
  class ConstantPottsModelQuality {
    @Test
    void splitsTwoTrianglesAtHalfDensity() {
      LeidenRun run = cpm(0.5).run(ModularityTest.twoTriangles());

      assertThat(run.partition().clusterOf()).containsExactly(0, 0, 0, 1, 1, 1);
      assertThat(run.quality()).isEqualTo(Quality.CPM);
      assertThat(run.score()).isCloseTo(3.0, within(1e-12));
      // The partition still reports classic modularity, for comparison with modularity runs.
      assertThat(run.partition().modularity()).isCloseTo(5.0 / 14, within(1e-12));
    }

    @Test
    void resolutionZeroMergesEachComponent() {
      LeidenRun run = cpm(0).run(ModularityTest.twoTriangles());

      assertThat(run.partition().clusterOf()).containsOnly(0);
      assertThat(run.score()).isCloseTo(7.0, within(1e-12));
    }

    @Test
    void resolutionAboveEveryEdgeWeightLeavesSingletons() {
      // A triangle earns 3 but costs 3 * 1.5; a pair earns 1 but costs 1.5.
      LeidenRun run = cpm(1.5).run(ModularityTest.twoTriangles());

      assertThat(run.partition().clusterCount()).isEqualTo(6);
      assertThat(run.score()).isEqualTo(0.0);
    }

    @Test
    void findsPlantedBlocksThatAreDenserThanTheResolution() {
      // Inside a block the expected weight per pair is 0.2 * 3 = 0.6, across 0.005 * 3 = 0.015.
      // A city stays in its block of 50 while its weight there exceeds 49 γ: at γ = 0.05 every
      // city does (at 0.1 one with 8 light links would leave).
      CompactGraph g = PlantedPartitionGraphs.of(300, 6, 0.2, 0.005, 7);
      Partition p = cpm(0.05).cluster(g);

      assertThat(p.clusterCount()).isEqualTo(6);
      for (int v = 0; v < g.vertexCount(); v++) {
        assertThat(p.clusterOf(v)).as("vertex %d", v).isEqualTo(p.clusterOf(v % 6));
      }
    }

    @Test
    void noSingleCityMoveImprovesTheQuality() {
      CompactGraph g = PlantedPartitionGraphs.of(200, 5, 0.1, 0.02, 3);
      for (double gamma : new double[] {0.02, 0.3}) {
        LeidenRun run = cpm(gamma).run(g);
        int[] labels = run.partition().clusterOf();
        double h = ConstantPottsModel.of(g, labels, gamma);
        assertThat(run.score()).isCloseTo(h, within(1e-9));
        assertThat(run.partition().modularity())
            .isCloseTo(Modularity.of(g, labels, 1.0), within(1e-12));

        // Try each city in each neighbour's cluster and alone (a fresh id).
        for (int v = 0; v < g.vertexCount(); v++) {
          int own = labels[v];
          for (int s = g.firstSlot(v); s <= g.endSlot(v); s++) {
            labels[v] = s < g.endSlot(v) ? labels[g.neighbour(s)] : g.vertexCount();
            assertThat(ConstantPottsModel.of(g, labels, gamma))
                .as("γ=%s, city %d to cluster %d", gamma, v, labels[v])
                .isLessThanOrEqualTo(h + 1e-9);
          }
          labels[v] = own;
        }
      }
    }
  }

  @Nested
  class Stability {
    @Test
    void startsAgreeFullyOnClearBlocks() {
      StartStability s =
          LeidenClustering.withDefaults()
              .run(PlantedPartitionGraphs.of(300, 6, 0.2, 0.005, 7))
              .stability();

      assertThat(s.starts()).isEqualTo(10);
      assertThat(s.meanAdjustedRandIndex()).isCloseTo(1.0, within(1e-12));
      assertThat(s.minAdjustedRandIndex()).isCloseTo(1.0, within(1e-12));
      assertThat(s.meanNormalizedMutualInformation()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void startsDisagreeOnARandomGraphWithoutBlocks() {
      StartStability s = LeidenClustering.withDefaults().run(randomGraph(400, 800, 5)).stability();

      assertThat(s.meanAdjustedRandIndex()).isBetween(0.0, 0.9);
      assertThat(s.minAdjustedRandIndex()).isLessThanOrEqualTo(s.meanAdjustedRandIndex());
      assertThat(s.meanNormalizedMutualInformation()).isBetween(0.0, 0.95);
    }

    @Test
    void isUndefinedForOneStart() {
      StartStability s =
          LeidenClustering.of(1, 42, 1, 50).run(ModularityTest.twoTriangles()).stability();

      assertThat(s.starts()).isEqualTo(1);
      assertThat(s.meanAdjustedRandIndex()).isNaN();
      assertThat(s.minAdjustedRandIndex()).isNaN();
      assertThat(s.meanNormalizedMutualInformation()).isNaN();
    }

    @Test
    void averagesEveryPairOfStarts() {
      int[] a = {0, 0, 0, 1, 1, 1};
      int[] b = {0, 0, 1, 1, 2, 2};
      // Pairs (a,a) = 1, (a,b) = 8/33 twice.
      StartStability s = StartStability.of(List.of(a, a, b));

      assertThat(s.meanAdjustedRandIndex()).isCloseTo((1 + 16.0 / 33) / 3, within(1e-15));
      assertThat(s.minAdjustedRandIndex()).isCloseTo(8.0 / 33, within(1e-15));
    }
  }

  @Test
  void runAndClusterGiveTheSamePartition() {
    CompactGraph g = PlantedPartitionGraphs.of(300, 6, 0.1, 0.02, 3);
    LeidenClustering leiden = LeidenClustering.of(Quality.MODULARITY, 1.2, 9, 4, 50);

    LeidenRun run = leiden.run(g);
    assertThat(run.partition()).isEqualTo(leiden.cluster(g));
    assertThat(run.score()).isEqualTo(run.partition().modularity());
    assertThat(run.resolution()).isEqualTo(1.2);
  }

  @Test
  void rejectsAMissingQuality() {
    assertThatThrownBy(() -> LeidenClustering.of(null, 1, 42, 10, 50))
        .isInstanceOf(NullPointerException.class);
  }

  /** An Erdős–Rényi graph with {@code m} distinct random edges on {@code n} vertices. */
  private static CompactGraph randomGraph(int n, int m, long seed) {
    return CompactGraph.fromEdges(n, RandomGraphs.erdosRenyi(n, m, seed), null);
  }
}
