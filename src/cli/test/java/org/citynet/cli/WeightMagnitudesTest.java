package org.citynet.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntToDoubleFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Whole runs whose link weights lie at the ends of the double range: PageRank, eigenvector
 * centrality and the clusters depend only on weight ratios, so a network whose weights are all
 * multiplied by one factor must give the same figures as the network itself.
 */
class WeightMagnitudesTest {
  /** Two triangles joined by one weak link, and a pendant city: two clear clusters. */
  private static final List<int[]> EDGES =
      List.of(
          new int[] {0, 1, 3},
          new int[] {1, 2, 3},
          new int[] {0, 2, 2},
          new int[] {2, 3, 1},
          new int[] {3, 4, 3},
          new int[] {4, 5, 3},
          new int[] {3, 5, 2},
          new int[] {5, 6, 1});

  @TempDir static Path dir;

  private static Map<String, Map<String, String>> base;

  @BeforeAll
  static void runTheNetworkAsGiven() throws Exception {
    base = run("base", e -> EDGES.get(e)[2]);
  }

  private static Map<String, Map<String, String>> run(String name, IntToDoubleFunction weightOfEdge)
      throws Exception {
    Path in = Files.createDirectories(dir.resolve(name));
    StringBuilder cities = new StringBuilder("id,name,country,lat,lon\n");
    for (int i = 0; i < 7; i++) {
      cities.append(
          String.format(Locale.ROOT, "c%d,City %d,PT,%d.5,%d.25%n", i, i, 38 + i, -9 + i));
    }
    StringBuilder links = new StringBuilder("source,target,weight\n");
    for (int e = 0; e < EDGES.size(); e++) {
      links.append(
          "c"
              + EDGES.get(e)[0]
              + ",c"
              + EDGES.get(e)[1]
              + ","
              + weightOfEdge.applyAsDouble(e)
              + "\n");
    }
    Files.writeString(in.resolve("cities.csv"), cities, UTF_8);
    Files.writeString(in.resolve("links.csv"), links, UTF_8);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        CitynetCommand.execute(
            new String[] {
              "--cities", in.resolve("cities.csv").toString(),
              "--links", in.resolve("links.csv").toString(),
              "--out", in.resolve("out").toString(),
              "--name", "net"
            },
            new PrintWriter(out, true),
            new PrintWriter(err, true));
    assertThat(code).as("exit code; stderr: %s", err).isEqualTo(ExitCodes.OK);
    Map<String, Map<String, String>> rows = new HashMap<>();
    try (CsvReader<NamedCsvRecord> csv =
        CsvReader.builder().ofNamedCsvRecord(in.resolve("out/net-cities.csv"))) {
      csv.forEach(r -> rows.put(r.getField("id"), r.getFieldsAsMap()));
    }
    return rows;
  }

  private static void assertSameRatioMeasures(
      Map<String, Map<String, String>> expected, Map<String, Map<String, String>> actual) {
    assertThat(actual.keySet()).isEqualTo(expected.keySet());
    for (String id : expected.keySet()) {
      for (String measure : List.of("pagerank", "eigenvector")) {
        double e = Double.parseDouble(expected.get(id).get(measure));
        double a = Double.parseDouble(actual.get(id).get(measure));
        assertThat(a).as("%s of %s", measure, id).isCloseTo(e, within(1e-9));
      }
      assertThat(actual.get(id).get("cluster"))
          .as("cluster of %s", id)
          .isEqualTo(expected.get(id).get("cluster"));
    }
  }

  /** Factors down to 2^-1070, where the weights 1, 2 and 3 are exact subnormal numbers. */
  @ParameterizedTest
  @ValueSource(doubles = {1e-300, 0x1p-1070, 1e154, 1e300})
  void weightsScaledByAnyFactorGiveTheSamePageRankEigenvectorAndClusters(double factor)
      throws Exception {
    var scaled = run("scaled" + factor, e -> EDGES.get(e)[2] * factor);
    assertSameRatioMeasures(base, scaled);
    double strength = Double.parseDouble(scaled.get("c0").get("strength"));
    assertThat(strength).isCloseTo(5 * factor, within(5 * factor * 1e-15));
  }

  @Test
  void weightsSpanningSixHundredOrdersOfMagnitudeRunToTheEnd() throws Exception {
    var mixed = run("mixed", e -> e % 2 == 0 ? 1e300 : 1e-300);
    double total = 0;
    for (var row : mixed.values()) {
      double pagerank = Double.parseDouble(row.get("pagerank"));
      assertThat(pagerank).isFinite().isPositive();
      total += pagerank;
    }
    assertThat(total).isCloseTo(1, within(1e-9));
  }

  @Test
  void weightsSummingBeyondTheLargestDoubleAreRefusedNamingTheRange() throws Exception {
    Path in = Files.createDirectories(dir.resolve("huge"));
    Files.writeString(
        in.resolve("cities.csv"), "id,name,country,lat,lon\na,A,PT,38,-9\nb,B,PT,39,-8\n", UTF_8);
    Files.writeString(
        in.resolve("links.csv"), "source,target,weight\na,b,1e308\nb,a,1.5e308\n", UTF_8);
    StringWriter err = new StringWriter();
    int code =
        CitynetCommand.execute(
            new String[] {
              "--cities", in.resolve("cities.csv").toString(),
              "--links", in.resolve("links.csv").toString(),
              "--out", in.resolve("out").toString()
            },
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(err, true));
    assertThat(code).isEqualTo(ExitCodes.INPUT);
    assertThat(err.toString())
        .contains("sum to more than 1.7976931348623157E308")
        .doesNotContain("Exception");
  }

  @Test
  void subnormalWeightsAreRefusedBeforeAnyWorkWhenPathsAreInverseWeights() throws Exception {
    Path in = Files.createDirectories(dir.resolve("inverse"));
    Files.writeString(
        in.resolve("cities.csv"), "id,name,country,lat,lon\na,A,PT,38,-9\nb,B,PT,39,-8\n", UTF_8);
    Files.writeString(in.resolve("links.csv"), "source,target,weight\na,b,1e-320\n", UTF_8);
    StringWriter err = new StringWriter();
    int code =
        CitynetCommand.execute(
            new String[] {
              "--cities", in.resolve("cities.csv").toString(),
              "--links", in.resolve("links.csv").toString(),
              "--out", in.resolve("out").toString(),
              "--path-length", "inverse-weight"
            },
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(err, true));
    assertThat(code).as("stderr: %s", err).isEqualTo(ExitCodes.INPUT);
    assertThat(err.toString())
        .contains("links.csv:2", "at least 5.562684646268003E-309", "--path-length hops")
        .doesNotContain("Exception");
    assertThat(in.resolve("out/citynet-cities.csv")).doesNotExist();
  }
}
