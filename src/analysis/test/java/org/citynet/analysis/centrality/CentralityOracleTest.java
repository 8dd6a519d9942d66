package org.citynet.analysis.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.citynet.graph.CompactGraph;
import org.citynet.testing.ExternalTools;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every measure against NetworkX/numpy ({@code src/test/python/centrality_oracle.py}). */
class CentralityOracleTest {
  private static final Path ORACLE = Path.of("src/test/python/centrality_oracle.py");

  /** Python's json.dumps writes NaN and Infinity as bare words. */
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

  /** Exact measures must agree to rounding; the iterative ones to their convergence tolerance. */
  private static final Set<String> EXACT = Set.of("betweenness", "closeness", "harmonic");

  @TempDir Path dir;

  @BeforeAll
  static void requireNetworkX() {
    ExternalTools.requirePythonModule("networkx", "python3-networkx");
    ExternalTools.requirePythonModule("numpy", "python3-numpy");
  }

  @ParameterizedTest(name = "seed {0}: {1} vertices, {2} blocks, {3} isolated")
  @CsvSource({"11, 60, 2, 4", "12, 150, 4, 10", "13, 300, 6, 20"})
  void matchesNetworkXOnRandomGraphs(long seed, int n, int blocks, int isolated)
      throws IOException {
    check(SampleGraphs.random(seed, n, blocks, isolated, 1.5));
  }

  @Test
  void matchesNetworkXOnSisterCitiesOfGermanyPolandAndUkraine() throws IOException {
    check(sisterCities("sister-cities-de-pl-ua"));
  }

  private void check(CompactGraph g) throws IOException {
    Map<String, double[]> expected = networkX(g);
    compare(expected, ours(g, ShortestPathCentralities.of(g)));
    compare(expected, ours(g, ShortestPathCentralities.withoutTreePeeling(g)));
  }

  private static void compare(Map<String, double[]> expected, Map<String, double[]> actual) {
    assertThat(actual.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
    for (Map.Entry<String, double[]> measure : expected.entrySet()) {
      double[] want = measure.getValue();
      double[] got = actual.get(measure.getKey());
      assertThat(got).as(measure.getKey()).hasSameSizeAs(want);
      double tolerance = EXACT.contains(measure.getKey()) ? 1e-9 : 1e-6;
      for (int v = 0; v < want.length; v++) {
        assertThat(got[v])
            .as("%s of vertex %d", measure.getKey(), v)
            .isCloseTo(want[v], within(tolerance * Math.max(1, Math.abs(want[v]))));
      }
    }
  }

  private static Map<String, double[]> ours(CompactGraph g, ShortestPathCentralities paths) {
    int n = g.vertexCount();
    Components components = Components.of(g);
    Map<String, double[]> measures = new LinkedHashMap<>();
    measures.put("degree", Arrays.stream(Degrees.degree(g)).asDoubleStream().toArray());
    measures.put("strength", Degrees.strength(g));
    measures.put("betweenness", IntStream.range(0, n).mapToDouble(paths::betweenness).toArray());
    measures.put("closeness", IntStream.range(0, n).mapToDouble(paths::closeness).toArray());
    measures.put("harmonic", IntStream.range(0, n).mapToDouble(paths::harmonic).toArray());
    measures.put("pagerank", PageRank.compute(g));
    measures.put("eigenvector", EigenvectorCentrality.compute(g));
    measures.put("coreness", Arrays.stream(Coreness.compute(g)).asDoubleStream().toArray());
    measures.put("clustering", LocalClustering.compute(g));
    measures.put("component", IntStream.range(0, n).mapToDouble(components::componentOf).toArray());
    return measures;
  }

  private Map<String, double[]> networkX(CompactGraph g) throws IOException {
    StringBuilder nodes = new StringBuilder();
    StringBuilder edges = new StringBuilder();
    for (int v = 0; v < g.vertexCount(); v++) {
      nodes.append(v).append('\n');
      for (int slot = g.firstSlot(v); slot < g.endSlot(v); slot++) {
        if (v < g.neighbour(slot)) {
          edges.append(v).append(' ').append(g.neighbour(slot)).append(' ');
          edges.append(g.weight(slot)).append('\n');
        }
      }
    }
    Path nodeFile = Files.writeString(dir.resolve("nodes.txt"), nodes);
    Path edgeFile = Files.writeString(dir.resolve("edges.txt"), edges);
    ExternalTools.Result r =
        ExternalTools.run(
            List.of(
                ExternalTools.PYTHON, ORACLE.toString(), nodeFile.toString(), edgeFile.toString()),
            300);
    assertThat(r.exitCode()).as(r.output()).isZero();
    // The oracle prints one JSON object {measure: [value of each vertex]}; Python's warnings, if
    // any, come on other lines of the same stream.
    String line =
        r.output().lines().filter(l -> l.startsWith("{")).reduce((a, b) -> b).orElse("{}");
    Map<String, double[]> measures = new LinkedHashMap<>();
    JSON.readTree(line)
        .fields()
        .forEachRemaining(
            e -> {
              double[] values = new double[e.getValue().size()];
              Arrays.setAll(values, v -> e.getValue().get(v).asDouble());
              measures.put(e.getKey(), values);
            });
    assertThat(measures).as(r.output()).isNotEmpty();
    return measures;
  }

  /** The fixture {@code oracle/<name>-nodes.csv} and {@code -links.csv}, vertices in file order. */
  private static CompactGraph sisterCities(String name) throws IOException {
    Map<String, Integer> index = new HashMap<>();
    for (NamedCsvRecord row : rows(name + "-nodes.csv")) {
      index.put(row.getField("id"), index.size());
    }
    List<int[]> edges = new ArrayList<>();
    for (NamedCsvRecord row : rows(name + "-links.csv")) {
      edges.add(new int[] {index.get(row.getField("source")), index.get(row.getField("target"))});
    }
    return CompactGraph.fromEdges(index.size(), edges, null);
  }

  private static List<NamedCsvRecord> rows(String resource) throws IOException {
    try (InputStream in = CentralityOracleTest.class.getResourceAsStream("/oracle/" + resource);
        CsvReader<NamedCsvRecord> csv =
            CsvReader.builder().ofNamedCsvRecord(in, StandardCharsets.UTF_8)) {
      return csv.stream().toList();
    }
  }
}
