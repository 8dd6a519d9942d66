package org.citynet.analysis.centrality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntToDoubleFunction;
import org.citynet.graph.CityGraph;
import org.citynet.graph.CityGraphs;
import org.citynet.graph.CompactGraph;
import org.citynet.io.CityCsvReader;
import org.citynet.io.InputException;
import org.citynet.io.LinkCsvReader;
import org.citynet.model.City;
import org.citynet.model.CityTable;
import org.citynet.testing.ExternalTools;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Weighted betweenness, closeness and harmonic against NetworkX ({@code
 * src/test/python/weighted_paths_oracle.py}), under inverse-weight and kilometre lengths.
 */
class WeightedPathsOracleTest {
  private static final Path ORACLE = Path.of("src/test/python/weighted_paths_oracle.py");
  private static final double TOLERANCE = 1e-9;

  @TempDir Path dir;

  @BeforeAll
  static void requireNetworkX() {
    ExternalTools.requirePythonModule("networkx", "python3-networkx");
  }

  @ParameterizedTest(name = "seed {0}: {1} vertices, {2} blocks, {3} isolated")
  @CsvSource({"21, 80, 2, 4", "22, 200, 3, 10"})
  void matchesNetworkXOnRandomGraphsWithIntegerWeights(long seed, int n, int blocks, int isolated)
      throws IOException {
    // Weights 1-5 make inverse lengths 1, 1/2, ..., 1/5: many exact ties and some near ones.
    CompactGraph g = SampleGraphs.random(seed, n, blocks, isolated, 2.0);
    Random rng = new Random(seed);
    double[] lat = rng.doubles(n, -60, 70).toArray();
    double[] lon = rng.doubles(n, -180, 180).toArray();
    check(g, lat, lon);
  }

  @Test
  void matchesNetworkXOnTwinningOfPortugalAndIreland() throws IOException, InputException {
    // Statements listed from both ends merge into edges of weight 2, so inverse lengths tie often.
    Path folder = Path.of("src/test/resources/networks/wikidata-pt-ie");
    CityTable cities = new CityCsvReader(w -> {}).read(folder.resolve("cities.csv"));
    CityGraph graph =
        CityGraphs.build(
            cities,
            new LinkCsvReader(w -> {}).read(folder.resolve("links.csv")),
            "links.csv",
            false,
            w -> {});
    check(
        graph.compact(),
        cities.cities().stream().mapToDouble(City::lat).toArray(),
        cities.cities().stream().mapToDouble(City::lon).toArray());
  }

  private void check(CompactGraph g, double[] lat, double[] lon) throws IOException {
    double[] km = PathLengths.geodesicKm(g, lat, lon);
    Map<String, double[]> expected = networkX(g, lat, lon, km);
    compare(
        expected,
        "inverse-weight",
        WeightedShortestPathCentralities.of(g, PathLengths.inverseWeight(g)));
    compare(expected, "km", WeightedShortestPathCentralities.of(g, km));
  }

  private static void compare(
      Map<String, double[]> expected, String length, PathCentralities ours) {
    Map<String, IntToDoubleFunction> measures =
        Map.of(
            "betweenness", ours::betweenness,
            "closeness", ours::closeness,
            "harmonic", ours::harmonic);
    measures.forEach(
        (measure, score) -> {
          double[] want = expected.get(length + " " + measure);
          assertThat(want).as(length + " " + measure).hasSize(ours.vertexCount());
          for (int v = 0; v < want.length; v++) {
            assertThat(score.applyAsDouble(v))
                .as("%s %s of vertex %d", length, measure, v)
                .isCloseTo(want[v], within(TOLERANCE * Math.max(1, Math.abs(want[v]))));
          }
        });
  }

  private Map<String, double[]> networkX(CompactGraph g, double[] lat, double[] lon, double[] km)
      throws IOException {
    StringBuilder nodes = new StringBuilder();
    StringBuilder edges = new StringBuilder();
    for (int v = 0; v < g.vertexCount(); v++) {
      nodes.append(v).append(' ').append(lat[v]).append(' ').append(lon[v]).append('\n');
      for (int slot = g.firstSlot(v); slot < g.endSlot(v); slot++) {
        if (v < g.neighbour(slot)) {
          edges.append(v).append(' ').append(g.neighbour(slot)).append(' ');
          edges.append(g.weight(slot)).append(' ').append(km[slot]).append('\n');
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
    Map<String, double[]> measures = new HashMap<>();
    for (String line : r.output().split("\n")) {
      String[] fields = line.trim().split(" ");
      if (fields.length >= 2) {
        measures.put(
            fields[0] + " " + fields[1],
            Arrays.stream(fields, 2, fields.length).mapToDouble(Double::parseDouble).toArray());
      }
    }
    assertThat(measures).as(r.output()).hasSize(6);
    return measures;
  }
}
