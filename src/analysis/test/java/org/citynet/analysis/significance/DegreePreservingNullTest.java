package org.citynet.analysis.significance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.ToDoubleFunction;
import org.citynet.analysis.centrality.LocalClustering;
import org.citynet.analysis.community.LeidenClustering;
import org.citynet.graph.CompactGraph;
import org.citynet.model.AnalysisSettings;
import org.citynet.model.NullComparison;
import org.junit.jupiter.api.Test;

class DegreePreservingNullTest {
  @Test
  void rewiringKeepsEveryDegreeWithoutLoopsOrRepeatedLinks() {
    CompactGraph g = SmallGraphs.random(300, 900, new Random(1));

    CompactGraph rewired = DegreePreservingNull.rewire(g, 10, new SplittableRandom(2));

    assertThat(rewired.edgeCount()).isEqualTo(g.edgeCount());
    Set<Long> links = new HashSet<>();
    for (int v = 0; v < g.vertexCount(); v++) {
      assertThat(rewired.degree(v)).as("degree of %d", v).isEqualTo(g.degree(v));
      for (int s = rewired.firstSlot(v); s < rewired.endSlot(v); s++) {
        int u = rewired.neighbour(s);
        assertThat(u).isNotEqualTo(v);
        if (u > v) {
          assertThat(links.add((long) v * 300 + u)).isTrue();
        }
      }
    }
    // Ten swap attempts per link leave few of the original links in place.
    long kept =
        SmallGraphs.edges(g).stream().filter(e -> links.contains((long) e[0] * 300 + e[1])).count();
    assertThat(kept).isLessThan(g.edgeCount() / 10);
  }

  @Test
  void rewiringALargeSparseGraphKeepsItSimple() {
    // Enough links that the rewiring removes and adds links many thousand times.
    CompactGraph g = SmallGraphs.random(5_000, 20_000, new Random(8));

    CompactGraph rewired = DegreePreservingNull.rewire(g, 10, new SplittableRandom(9));

    Set<Long> links = new HashSet<>();
    for (int v = 0; v < g.vertexCount(); v++) {
      assertThat(rewired.degree(v)).isEqualTo(g.degree(v));
      for (int s = rewired.firstSlot(v); s < rewired.endSlot(v); s++) {
        int u = rewired.neighbour(s);
        assertThat(u).isNotEqualTo(v);
        if (u > v) {
          assertThat(links.add((long) v * 5_000 + u)).as("link %d-%d once", v, u).isTrue();
        }
      }
    }
    assertThat(links).hasSize(20_000);
  }

  @Test
  void linksKeepTheirWeights() {
    List<int[]> edges = SmallGraphs.randomEdges(50, 120, new Random(3));
    double[] weights = new Random(4).doubles(120, 1, 5).toArray();
    CompactGraph g = CompactGraph.fromEdges(50, edges, weights);

    CompactGraph rewired = DegreePreservingNull.rewire(g, 10, new SplittableRandom(5));

    assertThat(sortedWeights(rewired)).containsExactly(sortedWeights(g));
  }

  @Test
  void aGraphWithoutPossibleSwapsStaysTheSame() {
    // A triangle: every swap would repeat a link or make a loop.
    CompactGraph g = SmallGraphs.of(3, "0-1 1-2 0-2");

    CompactGraph rewired = DegreePreservingNull.rewire(g, 10, new SplittableRandom(1));

    assertThat(SmallGraphs.edges(rewired)).containsExactlyElementsOf(SmallGraphs.edges(g));
  }

  @Test
  void plantedClustersBeatRewiredNetworksAndRandomGraphsDoNot() {
    LeidenClustering leiden = LeidenClustering.of(AnalysisSettings.Quality.MODULARITY, 1, 1, 3, 50);
    List<ToDoubleFunction<CompactGraph>> statistics =
        List.of(
            g -> leiden.run(g).partition().modularity(),
            g -> Arrays.stream(LocalClustering.compute(g)).average().orElse(0));
    CompactGraph planted = SmallGraphs.planted(4, 25, 0.4, 0.02, new Random(6));
    CompactGraph random = SmallGraphs.random(100, planted.edgeCount(), new Random(7));

    List<NullComparison> p = compare(planted, statistics, leiden);
    List<NullComparison> r = compare(random, statistics, leiden);

    assertThat(p.get(0).z()).isGreaterThan(5);
    assertThat(p.get(1).z()).isGreaterThan(5);
    assertThat(p.get(0).samples()).isEqualTo(8);
    // A random graph is its own null model: its modularity is within the rewired ones' spread.
    assertThat(Math.abs(r.get(0).z())).isLessThan(4);
  }

  @Test
  void sameSeedSameNullNetworks() {
    CompactGraph g = SmallGraphs.random(100, 300, new Random(8));
    List<ToDoubleFunction<CompactGraph>> statistics =
        List.of(x -> Arrays.stream(LocalClustering.compute(x)).average().orElse(0));

    List<NullComparison> a = DegreePreservingNull.compare(g, statistics, new double[] {0}, 6, 42);
    List<NullComparison> b = DegreePreservingNull.compare(g, statistics, new double[] {0}, 6, 42);

    assertThat(a).isEqualTo(b);
  }

  private static List<NullComparison> compare(
      CompactGraph g, List<ToDoubleFunction<CompactGraph>> statistics, LeidenClustering leiden) {
    double[] observed = statistics.stream().mapToDouble(f -> f.applyAsDouble(g)).toArray();
    return DegreePreservingNull.compare(g, statistics, observed, 8, 11);
  }

  private static double[] sortedWeights(CompactGraph g) {
    double[] w = new double[g.edgeCount()];
    int k = 0;
    for (int v = 0; v < g.vertexCount(); v++) {
      for (int s = g.firstSlot(v); s < g.endSlot(v); s++) {
        if (g.neighbour(s) > v) {
          w[k++] = g.weight(s);
        }
      }
    }
    Arrays.sort(w);
    return w;
  }
}
