package org.citynet.analysis.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.citynet.analysis.centrality.Degrees;
import org.citynet.graph.CompactGraph;
import org.citynet.testing.ExternalTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GravityModularityTest {
  private static final Path ORACLE = Path.of("src/test/python/gravity_oracle.py");

  /**
   * Four cities on the equator at longitudes 0°, 1°, 10° and 11°, importance 1, 2, 2, 1, links 0-1,
   * 2-3 and 1-2 (m = 3). Largest distance 11° (1,223 km), two bins split at 5.5°: bin 0 holds the
   * pairs {0,1} and {2,3}, bin 1 the four pairs across.
   */
  private static final double[] LAT = {0, 0, 0, 0};

  private static final double[] LON = {0, 1, 10, 11};
  private static final double[] IMPORTANCE = {1, 2, 2, 1};

  private static CompactGraph fourCities() {
    return CompactGraph.fromEdges(
        4, List.of(new int[] {0, 1}, new int[] {2, 3}, new int[] {1, 2}), null);
  }

  private static GravityNullModel fourCitiesModel() {
    return GravityNullModel.estimate(fourCities(), LAT, LON, IMPORTANCE, 2);
  }

  @Test
  void estimatesDeterrencePerBinFromLinksAndImportance() {
    GravityNullModel model = fourCitiesModel();
    // Bin 0 (ordered pairs): links 2 (0-1) + 2 (2-3) = 4; N_i N_j 2 (1·2 + 2·1) = 8 -> f = 1/2.
    // Bin 1: links 2 (1-2); N_i N_j 2 (1·2 + 1·1 + 2·2 + 2·1) = 18 -> f = 1/9.
    assertThat(model.deterrence()[0]).isCloseTo(0.5, within(1e-15));
    assertThat(model.deterrence()[1]).isCloseTo(1.0 / 9, within(1e-15));
    double degree = Math.PI / 180 * GravityNullModel.EARTH_RADIUS_KM;
    assertThat(model.binEdgesKm())
        .containsExactly(new double[] {0, 5.5 * degree, 11 * degree}, within(1e-9));
    assertThat(model.binOf(0, 1)).isZero();
    assertThat(model.binOf(3, 2)).isZero();
    assertThat(model.binOf(0, 3)).isEqualTo(1);
    assertThat(model.expected(1, 2)).isCloseTo(4.0 / 9, within(1e-15));
    assertThat(model.expected(2, 2)).isZero();
  }

  @Test
  void expectedWeightSumsToTwiceTheLinkWeight() {
    GravityNullModel model = fourCitiesModel();
    double total = 0;
    for (int i = 0; i < 4; i++) {
      for (int j = 0; j < 4; j++) {
        total += model.expected(i, j);
      }
    }
    assertThat(total).isCloseTo(6, within(1e-12));
  }

  @Test
  void spatialPairsExplainedByDistanceScoreZero() {
    // Inside: links 4 (ordered) - P 2 (2·1/2) - P 2 (2·1/2) = 0.
    assertThat(GravityModularity.of(fourCities(), fourCitiesModel(), new int[] {0, 0, 1, 1}))
        .isCloseTo(0, within(1e-15));
  }

  @Test
  void longLinkAboveItsExpectationScoresPositive() {
    // {1,2} inside: links 2 - P 2 · 4/9 = 10/9; Q = (10/9) / 6 = 5/27.
    assertThat(GravityModularity.of(fourCities(), fourCitiesModel(), new int[] {0, 1, 1, 2}))
        .isCloseTo(5.0 / 27, within(1e-15));
  }

  @Test
  void oneClusterScoresZeroAndSingletonsToo() {
    assertThat(GravityModularity.of(fourCities(), fourCitiesModel(), new int[4]))
        .isCloseTo(0, within(1e-15));
    assertThat(GravityModularity.of(fourCities(), fourCitiesModel(), new int[] {0, 1, 2, 3}))
        .isZero();
  }

  @Test
  void strengthIsTheDefaultImportance() {
    CompactGraph g = fourCities();
    GravityNullModel byDefault = GravityNullModel.estimate(g, LAT, LON);
    GravityNullModel byStrength =
        GravityNullModel.estimate(g, LAT, LON, Degrees.strength(g), GravityNullModel.DEFAULT_BINS);
    assertThat(byDefault.deterrence()).containsExactly(byStrength.deterrence());
    assertThat(byDefault.importance(1)).isEqualTo(2);
  }

  @Test
  void pairTableGivesTheSameSumsAndClustersAsComputingEachPair() {
    SpatialGraphs net = SpatialGraphs.of(300, 4, 0.3, 150, 0.2, 11);
    double[] strength = Degrees.strength(net.graph());
    int bins = GravityNullModel.DEFAULT_BINS;
    GravityNullModel table =
        GravityNullModel.estimate(net.graph(), net.lat(), net.lon(), strength, bins, 300);
    GravityNullModel computed =
        GravityNullModel.estimate(net.graph(), net.lat(), net.lon(), strength, bins, 0);
    assertThat(table.deterrence()).isEqualTo(computed.deterrence());
    Random random = new Random(5);
    int[] members = new int[300];
    Arrays.setAll(members, v -> v);
    for (int trial = 0; trial < 200; trial++) {
      int i = random.nextInt(300);
      int from = random.nextInt(300);
      int to = from + random.nextInt(301 - from);
      double sum = 0;
      for (int k = from; k < to; k++) {
        int j = members[k];
        if (j != i) {
          sum += computed.importance(j) * computed.deterrence()[computed.binOf(i, j)];
        }
      }
      double expected = computed.importance(i) * sum;
      assertThat(table.expectedTo(i, members, from, to)).isEqualTo(expected);
      assertThat(computed.expectedTo(i, members, from, to)).isEqualTo(expected);
    }
    Partition fromTable = SpatialClustering.of(3, 4).cluster(net.graph(), table);
    Partition fromPairs = SpatialClustering.of(3, 4).cluster(net.graph(), computed);
    assertThat(fromTable.clusterOf()).isEqualTo(fromPairs.clusterOf());
    assertThat(fromTable.modularity()).isEqualTo(fromPairs.modularity());
  }

  @Test
  void graphWithoutLinksHasNoModularity() {
    CompactGraph g = CompactGraph.fromEdges(4, List.of(), null);
    GravityNullModel model = GravityNullModel.estimate(g, LAT, LON, IMPORTANCE, 2);
    assertThat(GravityModularity.of(g, model, new int[4])).isNaN();
  }

  @Test
  void rejectsBadInputs() {
    CompactGraph g = fourCities();
    assertThatThrownBy(() -> GravityNullModel.estimate(g, LAT, LON, IMPORTANCE, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> GravityNullModel.estimate(g, new double[] {0, 0, 91, 0}, LON, IMPORTANCE, 2))
        .hasMessageContaining("vertex 2");
    assertThatThrownBy(() -> GravityNullModel.estimate(g, LAT, LON, new double[] {1, -1, 1, 1}, 2))
        .hasMessageContaining("importance of vertex 1");
    assertThatThrownBy(() -> GravityNullModel.estimate(g, LAT, LON, new double[4], 2))
        .hasMessageContaining("no link joins");
    assertThatThrownBy(() -> GravityModularity.of(g, fourCitiesModel(), new int[3]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void matchesNumpyOracleOnRandomSpatialNetwork(@TempDir Path dir) throws IOException {
    ExternalTools.requirePythonModule("numpy", "python3-numpy");
    SpatialGraphs s = SpatialGraphs.of(120, 3, 0.8, 200, 0.3, 7);
    Random rng = new Random(3);
    double[] importance = new double[120];
    Arrays.setAll(importance, v -> 1 + rng.nextInt(1000));
    GravityNullModel model = GravityNullModel.estimate(s.graph(), s.lat(), s.lon(), importance, 7);
    int[] clusters = new int[120];
    Arrays.setAll(clusters, v -> rng.nextInt(4));

    StringBuilder in = new StringBuilder("120 7\n");
    for (int v = 0; v < 120; v++) {
      in.append(s.lat()[v]).append(' ').append(s.lon()[v]).append(' ');
      in.append(importance[v]).append(' ').append(clusters[v]).append('\n');
    }
    String edges = LeidenOracleTest.edgeList(s.graph());
    in.append(edges, edges.indexOf('\n') + 1, edges.length());
    Path input = dir.resolve("input.txt");
    Files.writeString(input, in);
    ExternalTools.Result r =
        ExternalTools.run(List.of(ExternalTools.PYTHON, ORACLE.toString(), input.toString()), 60);
    assertThat(r.exitCode()).as(r.output()).isZero();
    String[] lines = r.output().strip().split("\n");
    double q = Double.parseDouble(lines[0].substring("q=".length()));
    double[] f =
        Arrays.stream(lines[1].substring("f=".length()).split(" "))
            .mapToDouble(Double::parseDouble)
            .toArray();

    assertThat(GravityModularity.of(s.graph(), model, clusters)).isCloseTo(q, within(1e-9));
    assertThat(q).isNotZero();
    for (int b = 0; b < f.length; b++) {
      assertThat(model.deterrence()[b]).isCloseTo(f[b], within(1e-9 * f[0]));
    }
  }
}
