package org.citynet.analysis.regions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.citynet.graph.CityGraph;
import org.citynet.graph.CompactGraph;
import org.citynet.model.City;
import org.citynet.model.DistanceDecayCurve;
import org.citynet.model.DistanceDecayCurve.Band;
import org.citynet.testing.ExternalTools;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Regional mixing against NetworkX and distance decay against numpy/scipy ({@code
 * src/test/python/regions_oracle.py}) on the real networks of {@code src/test/resources/networks}.
 */
class RegionsOracleTest {
  private static final Path ORACLE = Path.of("src/test/python/regions_oracle.py");

  @TempDir Path dir;

  @BeforeAll
  static void requireOracle() {
    ExternalTools.requirePythonModule("networkx", "python3-networkx");
    ExternalTools.requirePythonModule("scipy", "python3-scipy");
  }

  @ParameterizedTest
  @ValueSource(strings = {"wikidata-pt-ie", "wikipedia-latin-america"})
  void mixingMatchesNetworkXForCountriesRegionsAndSubregions(String network) throws IOException {
    CityGraph g = FixtureNetworks.load(network);
    Path edges = dir.resolve("edges.txt");
    Files.writeString(edges, edgeList(g.compact()));
    Map<String, List<String>> attributes =
        new LinkedHashMap<>(
            Map.of(
                "country", FixtureNetworks.countries(g),
                "region", FixtureNetworks.regions(g),
                "subregion", FixtureNetworks.subregions(g)));
    StringBuilder nodes = new StringBuilder(String.join("\t", attributes.keySet())).append('\n');
    for (int v = 0; v < g.cities().size(); v++) {
      int city = v;
      nodes
          .append(
              attributes.values().stream()
                  .map(units -> units.get(city))
                  .collect(Collectors.joining("\t")))
          .append('\n');
    }
    Path nodesFile = dir.resolve("nodes.tsv");
    Files.writeString(nodesFile, nodes, StandardCharsets.UTF_8);

    Map<String, String> nx = oracle("mixing", nodesFile.toString(), edges.toString());

    for (Map.Entry<String, List<String>> attribute : attributes.entrySet()) {
      RegionalMixing ours = RegionalMixing.of(g.compact(), attribute.getValue());
      String name = attribute.getKey();
      String what = network + " by " + name;
      assertClose(ours.assortativity(), number(nx, name + ".assortativity"), what);
      assertClose(ours.withinShare(), number(nx, name + ".within"), what);
      assertClose(ours.expectedWithinShare(), number(nx, name + ".expected"), what);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"wikidata-pt-ie", "wikipedia-latin-america"})
  void distanceDecayMatchesNumpyAndScipy(String network) throws IOException {
    CityGraph g = FixtureNetworks.load(network);
    Path cities = dir.resolve("cities.txt");
    Path edges = dir.resolve("edges.txt");
    Files.writeString(
        cities,
        g.cities().stream().map(c -> c.lat() + " " + c.lon()).collect(Collectors.joining("\n")));
    Files.writeString(edges, edgeList(g.compact()));
    double[] lat = g.cities().stream().mapToDouble(City::lat).toArray();
    double[] lon = g.cities().stream().mapToDouble(City::lon).toArray();

    DistanceDecayCurve ours = DistanceDecay.withDefaults().measure(g.compact(), lat, lon);
    Map<String, String> scipy = oracle("decay", cities.toString(), edges.toString(), "10", "5");

    assertThat(ours.bands().stream().map(b -> Long.toString(b.links())).toList())
        .containsExactly(scipy.get("links").split(" "));
    assertThat(ours.bands().stream().map(b -> Long.toString((long) b.pairs())).toList())
        .containsExactly(scipy.get("pairs").split(" "));
    assertThat(ours.fittedBands()).isEqualTo(Integer.parseInt(scipy.get("bins")));
    assertThat(ours.exponent()).isCloseTo(number(scipy, "slope"), within(1e-9));
    assertThat(ours.standardError()).isCloseTo(number(scipy, "stderr"), within(1e-9));
    assertThat(ours.lower95()).isCloseTo(number(scipy, "lower"), within(1e-9));
    assertThat(ours.upper95()).isCloseTo(number(scipy, "upper"), within(1e-9));
    assertThat(ours.intercept()).isCloseTo(number(scipy, "intercept"), within(1e-9));
    assertThat(ours.rSquared()).isCloseTo(number(scipy, "rsquared"), within(1e-9));
    assertThat(ours.bands()).extracting(Band::rate).isNotEmpty();
  }

  private static void assertClose(double actual, double expected, String what) {
    if (Double.isNaN(expected)) {
      assertThat(actual).as(what).isNaN();
    } else {
      assertThat(actual).as(what).isCloseTo(expected, within(1e-12));
    }
  }

  private static double number(Map<String, String> values, String key) {
    return Double.parseDouble(values.get(key));
  }

  private Map<String, String> oracle(String... args) {
    List<String> command = new ArrayList<>(List.of(ExternalTools.PYTHON, ORACLE.toString()));
    command.addAll(Arrays.asList(args));
    ExternalTools.Result r = ExternalTools.run(command, 120);
    assertThat(r.exitCode()).as(r.output()).isZero();
    Map<String, String> values = new HashMap<>();
    for (String line : r.output().strip().split("\n")) {
      String[] kv = line.split("=", 2);
      values.put(kv[0], kv[1]);
    }
    return values;
  }

  private static String edgeList(CompactGraph g) {
    StringBuilder out = new StringBuilder();
    for (int v = 0; v < g.vertexCount(); v++) {
      for (int s = g.firstSlot(v); s < g.endSlot(v); s++) {
        if (v < g.neighbour(s)) {
          out.append(v).append(' ').append(g.neighbour(s)).append('\n');
        }
      }
    }
    return out.toString();
  }
}
