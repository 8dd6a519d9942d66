package org.citynet.analysis.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.citynet.graph.CompactGraph;
import org.citynet.testing.ExternalTools;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DegreeAssortativityTest {
  @Nested
  class HandChecked {
    @Test
    void isMinusOneForAStarWhereEveryEdgeJoinsTheHubToALeaf() {
      assertThat(DegreeAssortativity.of(SampleGraphs.star(3))).isCloseTo(-1, within(1e-12));
    }

    @Test
    void isMinusOneHalfOnAPathOfFourVertices() {
      // Edge end degrees (1,2), (2,2), (2,1): Σjk/m = 8/3, mean 5/3, Σ(j²+k²)/2m = 3, so
      // r = (8/3 − 25/9) / (3 − 25/9) = −1/2.
      assertThat(DegreeAssortativity.of(SampleGraphs.path(4, false)))
          .isCloseTo(-0.5, within(1e-12));
    }

    @Test
    void isMinusFiveSeventhsOnATriangleWithAPendant() {
      // Degrees 3, 2, 2, 1; edges (3,2), (3,2), (2,2), (3,1): Σjk/m = 19/4, mean 9/4,
      // Σ(j²+k²)/2m = 11/2, so r = (19/4 − 81/16) / (11/2 − 81/16) = −5/7.
      CompactGraph paw = SampleGraphs.of(4, 0, 1, 0, 2, 1, 2, 0, 3);
      assertThat(DegreeAssortativity.of(paw)).isCloseTo(-5.0 / 7, within(1e-12));
    }

    @Test
    void isThreeSeventhsWhenHubsPartnerWithHubsAndLeavesWithLeaves() {
      // Two triangles joined at corners 0 and 3 (degree 3 each), and a lone edge 6-7: m = 8,
      // Σjk = 42, Σ(j+k) = 36, Σ(j²+k²) = 88, so r = (42/8 − 2.25²) / (88/16 − 2.25²) = 3/7.
      CompactGraph g = SampleGraphs.of(8, 0, 1, 1, 2, 2, 0, 0, 3, 3, 4, 4, 5, 5, 3, 6, 7);
      assertThat(DegreeAssortativity.of(g)).isCloseTo(3.0 / 7, within(1e-12));
    }

    @Test
    void isUndefinedOnARegularGraphAndWithoutEdges() {
      assertThat(DegreeAssortativity.of(SampleGraphs.path(5, true))).isNaN();
      assertThat(DegreeAssortativity.of(SampleGraphs.of(3))).isNaN();
    }

    @Test
    void ignoresIsolatedVerticesAndWeights() {
      CompactGraph path = SampleGraphs.path(4, false);
      CompactGraph withIsolated = SampleGraphs.of(6, 0, 1, 1, 2, 2, 3);
      CompactGraph weighted =
          CompactGraph.fromEdges(
              4,
              List.of(new int[] {0, 1}, new int[] {1, 2}, new int[] {2, 3}),
              new double[] {5, 0.5, 2});
      assertThat(DegreeAssortativity.of(withIsolated)).isEqualTo(DegreeAssortativity.of(path));
      assertThat(DegreeAssortativity.of(weighted)).isEqualTo(DegreeAssortativity.of(path));
    }
  }

  @Nested
  class AgainstNetworkX {
    @TempDir Path dir;

    @ParameterizedTest(name = "seed {0}: {1} vertices, {2} blocks, {3} isolated")
    @CsvSource({"21, 80, 2, 5", "22, 300, 5, 12", "23, 1000, 8, 40"})
    void equalsDegreeAssortativityCoefficient(long seed, int n, int blocks, int isolated)
        throws IOException {
      ExternalTools.requirePythonModule("networkx", "python3-networkx");
      CompactGraph g = SampleGraphs.random(seed, n, blocks, isolated, 1.5);
      StringBuilder edges = new StringBuilder();
      for (int v = 0; v < g.vertexCount(); v++) {
        for (int slot = g.firstSlot(v); slot < g.endSlot(v); slot++) {
          if (v < g.neighbour(slot)) {
            edges.append(v).append(' ').append(g.neighbour(slot)).append('\n');
          }
        }
      }
      Path file = Files.writeString(dir.resolve("edges.txt"), edges);
      ExternalTools.Result r =
          ExternalTools.run(
              List.of(
                  ExternalTools.PYTHON,
                  "src/test/python/degree_assortativity_oracle.py",
                  Integer.toString(g.vertexCount()),
                  file.toString()),
              120);
      assertThat(r.exitCode()).as(r.output()).isZero();
      double expected = Double.parseDouble(r.output().strip());
      assertThat(DegreeAssortativity.of(g)).isCloseTo(expected, within(1e-9));
    }
  }
}
