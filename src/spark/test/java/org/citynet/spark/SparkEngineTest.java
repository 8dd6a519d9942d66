package org.citynet.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.citynet.analysis.GraphMeasures;
import org.citynet.analysis.MeasureEngine;
import org.citynet.analysis.centrality.ApproximateBetweenness;
import org.citynet.analysis.centrality.ShortestPathCentralities;
import org.citynet.cli.CitynetCommand;
import org.citynet.graph.CityGraphs;
import org.citynet.graph.CompactGraph;
import org.citynet.graph.RandomGraphs;
import org.citynet.io.CityCsvReader;
import org.citynet.io.LinkCsvReader;
import org.citynet.model.AnalysisSettings.Betweenness;
import org.citynet.model.CityTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark engine in local[2] mode against the local engine on the same graphs. */
class SparkEngineTest {
  private static final double TOLERANCE = 1e-9;

  private static JavaSparkContext spark;

  @BeforeAll
  static void startSpark() {
    spark =
        new JavaSparkContext(
            SparkEngine.configure(new SparkConf().setMaster("local[2]").setAppName("test")));
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  @Test
  void equalsTheLocalEngineOnARealNetwork() throws Exception {
    Path dir = Path.of("src/test/resources/networks/wikidata-pt-ie");
    List<String> warnings = new ArrayList<>();
    CityTable cities = new CityCsvReader(warnings::add).read(dir.resolve("cities.csv"));
    CompactGraph g =
        CityGraphs.build(
                cities,
                new LinkCsvReader(warnings::add).read(dir.resolve("links.csv")),
                "links.csv",
                false,
                warnings::add)
            .compact();

    assertSameMeasures(g);
  }

  @Test
  void equalsTheLocalEngineOnAWeightedRandomGraphWithTreesAndIsolatedCities() {
    // G(n, m) of mean degree 3: a giant component with a core and trees, small components and
    // about 5% isolated vertices.
    int n = 2_000;
    List<int[]> edges = RandomGraphs.erdosRenyi(n, 3_000, 7);
    Random rng = new Random(8);
    double[] weights = new double[edges.size()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = 0.5 + 2.5 * rng.nextDouble();
    }
    CompactGraph g = CompactGraph.fromEdges(n, edges, weights);

    assertSameMeasures(g);
  }

  @Test
  void measuresTheEmptyGraphAndASingleCity() {
    assertSameMeasures(CompactGraph.fromEdges(0, List.of(), null));
    assertSameMeasures(CompactGraph.fromEdges(1, List.of(), null));
  }

  @Test
  void commandLineFindsTheEngineAndWritesWhatTheLocalEngineWrites(@TempDir Path out) {
    assertThat(MeasureEngine.named("spark")).isInstanceOf(SparkEngine.class);
    Path dir = Path.of("src/test/resources/networks/wikipedia-latin-america");

    String local = summary(dir, out.resolve("local"), "local");
    String onSpark = summary(dir, out.resolve("spark"), "spark");

    assertThat(onSpark).isEqualTo(local).contains("Top cities by betweenness");
  }

  /** What the command prints, without the output paths and the time taken. */
  private static String summary(Path network, Path out, String engine) {
    StringWriter text = new StringWriter();
    StringWriter errors = new StringWriter();
    int code =
        CitynetCommand.execute(
            new String[] {
              "--cities", network.resolve("cities.csv").toString(),
              "--links", network.resolve("links.csv").toString(),
              "--out", out.toString(),
              "--engine", engine
            },
            new PrintWriter(text, true),
            new PrintWriter(errors, true));
    assertThat(code).as(errors.toString()).isZero();
    String printed = text.toString();
    return printed.substring(0, printed.indexOf("Wrote:"));
  }

  private static void assertSameMeasures(CompactGraph g) {
    ApproximateBetweenness unused = ApproximateBetweenness.of(0.01, 0.1, 42);
    GraphMeasures local = MeasureEngine.local().measure(g);
    SparkEngine engine = SparkEngine.on(spark);
    GraphMeasures distributed = engine.measure(g);
    ShortestPathCentralities localPaths =
        MeasureEngine.local().hopPaths(g, Betweenness.EXACT, unused);
    ShortestPathCentralities distributedPaths = engine.hopPaths(g, Betweenness.EXACT, unused);
    int n = g.vertexCount();

    assertThat(distributed.degree()).containsExactly(local.degree());
    assertThat(distributed.strength()).containsExactly(local.strength());
    assertThat(distributed.pagerank()).containsExactly(local.pagerank(), within(TOLERANCE));
    assertThat(componentsOf(distributed, n)).containsExactly(componentsOf(local, n));
    assertThat(distributed.components().count()).isEqualTo(local.components().count());
    for (int v = 0; v < n; v++) {
      assertThat(distributedPaths.betweenness(v))
          .as("betweenness of %d", v)
          .isCloseTo(localPaths.betweenness(v), within(TOLERANCE));
      assertThat(distributedPaths.closeness(v))
          .as("closeness of %d", v)
          .isCloseTo(localPaths.closeness(v), within(TOLERANCE));
      assertThat(distributedPaths.harmonic(v))
          .as("harmonic of %d", v)
          .isCloseTo(localPaths.harmonic(v), within(TOLERANCE));
    }
  }

  private static int[] componentsOf(GraphMeasures measures, int n) {
    return IntStream.range(0, n).map(measures.components()::componentOf).toArray();
  }
}
