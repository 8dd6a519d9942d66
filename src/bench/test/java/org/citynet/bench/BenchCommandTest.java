package org.citynet.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.citynet.testing.ExternalTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BenchCommandTest {
  private static final String FIXTURE = "src/test/resources/networks/wikipedia-latin-america";

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void timesEveryStageOfADatasetAndOfASyntheticGraphAndChecksTheApproximation() {
    int code =
        run(
            "--data",
            FIXTURE,
            "--synthetic",
            "300,900",
            "--threads",
            "1,2",
            "--without-peeling",
            "--epsilon",
            "0.05",
            "--no-python");

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("machine: ")
        .contains("== wikipedia-latin-america")
        .contains("== random G(n=300, m=900), seed 1: 300 vertices, 900 edges")
        .contains("read cities.csv", "read links.csv", "build graph", "snapshot (CSR)")
        .contains("exact betweenness+closeness+harmonic, 1 thread(s)")
        .contains("exact betweenness+closeness+harmonic, 2 thread(s)")
        .contains("exact, without tree peeling, 2 thread(s)", "approx betweenness ε=0.05 δ=0.1")
        .contains("pagerank", "eigenvector", "coreness", "local clustering", "leiden")
        .contains("exact, 1 -> 2 threads: ")
        .contains("--betweenness auto picks exact")
        .doesNotContain("WARNING", "python");
    assertThat(
            out.toString()
                .lines()
                .filter(l -> l.startsWith("approx betweenness: largest error "))
                .map(l -> Double.parseDouble(l.replaceAll(".*largest error ([0-9.]+).*", "$1"))))
        .hasSize(2)
        .allSatisfy(error -> assertThat(error).isLessThanOrEqualTo(0.05));
  }

  @Test
  void comparesWithIgraphAndNetworkXOnTheSameGraph() {
    ExternalTools.requirePythonModule("igraph", "python3-igraph");
    ExternalTools.requirePythonModule("networkx", "python3-networkx");

    int code =
        run(
            "--synthetic",
            "300,600",
            "--threads",
            "1",
            "--networkx-max-nodes",
            "100",
            "--networkx-sample",
            "30",
            "--epsilon",
            "0.1",
            "--python",
            ExternalTools.PYTHON);

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString())
        .containsPattern("igraph [0-9.]+ betweenness +[0-9.]+ +[0-9.]+ +[0-9.]+x +[0-9.]+x")
        .containsPattern("igraph [0-9.]+ closeness ")
        .containsPattern("networkx [0-9.]+ betweenness \\(sampled 30 sources, scaled\\)")
        .doesNotContain("python: ");
  }

  @Test
  void rejectsASyntheticSizeWithoutEdgeCount() {
    int code = run("--synthetic", "1000", "--no-python");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("--synthetic takes N,M");
  }

  @Test
  void generatesASyntheticGravityNetworkThatItCanThenTime(@TempDir Path dir) {
    int generated =
        run(
            "--generate",
            "gravity",
            "--cities-count",
            "400",
            "--links-count",
            "1200",
            "--out",
            dir.toString(),
            "--geonames",
            "datasets/geonames/geonames_cities15000.csv");

    assertThat(generated).as(err.toString()).isZero();
    assertThat(out.toString()).contains("wrote 400 synthetic cities and 1,200 links");
    assertThat(dir.resolve("cities.csv")).exists();
    assertThat(dir.resolve("ATTRIBUTION.txt")).exists();

    int timed = run("--data", dir.toString(), "--threads", "1", "--no-python");

    assertThat(timed).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("400 vertices, 1,200 edges", "exact betweenness+closeness+harmonic");
  }

  @Test
  void skipsAnAbsentDatasetWithAMessage(@TempDir Path dir) {
    int code = run("--data", dir.resolve("openflights").toString(), "--no-python");

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString()).contains("(skipped ", "openflights: no cities.csv there)");
  }

  @Test
  void refusesToGenerateWithoutAnOutputFolder() {
    int code = run("--generate", "gravity", "--cities-count", "10", "--links-count", "5");

    assertThat(code).isEqualTo(2);
    assertThat(err.toString()).contains("--generate needs --out DIR");
  }

  private int run(String... args) {
    return new CommandLine(new BenchCommand())
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .execute(args);
  }
}
