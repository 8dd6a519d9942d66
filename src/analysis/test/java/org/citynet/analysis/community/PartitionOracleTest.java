package org.citynet.analysis.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.citynet.graph.CompactGraph;
import org.citynet.model.AnalysisSettings.Quality;
import org.citynet.testing.ExternalTools;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compares CPM clustering and partition similarity with python-igraph ({@code
 * src/test/python/partition_oracle.py}): igraph's {@code compare_communities} for ARI and NMI, and
 * igraph's best of 10 CPM Leiden runs for the quality reached.
 */
class PartitionOracleTest {
  private static final Path ORACLE = Path.of("src/test/python/partition_oracle.py");

  @TempDir Path dir;

  @BeforeAll
  static void requireOracle() {
    ExternalTools.requirePythonModule("igraph", "python3-igraph");
  }

  @Test
  void similarityMatchesIgraphOnRandomPartitions() throws IOException {
    Random rng = new Random(11);
    List<int[][]> pairs = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      int n = 2 + rng.nextInt(300);
      int[] a = randomPartition(n, 2 + rng.nextInt(12), rng);
      // Half the pairs are noisy copies, so that high agreement is covered too.
      int[] b = i % 2 == 0 ? randomPartition(n, 2 + rng.nextInt(12), rng) : perturbed(a, rng);
      pairs.add(new int[][] {a, b});
    }
    Path file = dir.resolve("pairs.txt");
    Files.writeString(
        file,
        pairs.stream().map(p -> ids(p[0]) + " | " + ids(p[1])).collect(Collectors.joining("\n")));

    List<String> lines = oracle("similarity", file.toString());

    assertThat(lines).hasSize(pairs.size());
    for (int i = 0; i < pairs.size(); i++) {
      String[] ariNmi = lines.get(i).split(" ");
      int[] a = pairs.get(i)[0];
      int[] b = pairs.get(i)[1];
      assertThat(PartitionSimilarity.adjustedRandIndex(a, b))
          .as("pair %d", i)
          .isCloseTo(Double.parseDouble(ariNmi[0]), within(1e-12));
      assertThat(PartitionSimilarity.normalizedMutualInformation(a, b))
          .as("pair %d", i)
          .isCloseTo(Double.parseDouble(ariNmi[1]), within(1e-12));
    }
  }

  @Test
  void cpmMatchesIgraphOnPlantedPartition() throws IOException {
    checkCpm(PlantedPartitionGraphs.of(400, 8, 0.1, 0.01, 4), 0.05);
  }

  @Test
  void cpmMatchesIgraphOnCentralEuropeanSisterCities() throws IOException {
    // Unweighted, sparse: a threshold of 0.05 asks for clusters with at least 5% of pairs linked.
    checkCpm(LeidenOracleTest.sisterCities(), 0.05);
  }

  private void checkCpm(CompactGraph graph, double resolution) throws IOException {
    LeidenRun run = LeidenClustering.of(Quality.CPM, resolution, 42, 10, 50).run(graph);
    Partition ours = run.partition();
    Path edges = dir.resolve("edges.txt");
    Path partition = dir.resolve("partition.txt");
    Files.writeString(edges, LeidenOracleTest.edgeList(graph));
    Files.writeString(partition, ids(ours.clusterOf()).replace(' ', '\n'));

    Map<String, String> oracle = new HashMap<>();
    for (String line : oracle("cpm", edges.toString(), partition.toString(), "" + resolution)) {
      String[] kv = line.split("=", 2);
      oracle.put(kv[0], kv[1]);
    }
    double igraphBest = Double.parseDouble(oracle.get("igraph_best"));
    int[] igraphPartition =
        Arrays.stream(oracle.get("igraph_partition").split(" "))
            .mapToInt(Integer::parseInt)
            .toArray();
    String numbers =
        String.format(
            "n=%d m=%d: ours %.4f, igraph best %.4f, ARI to igraph %.3f",
            graph.vertexCount(),
            graph.edgeCount(),
            run.score(),
            igraphBest,
            PartitionSimilarity.adjustedRandIndex(ours.clusterOf(), igraphPartition));

    assertThat(run.score())
        .as(numbers)
        .isCloseTo(Double.parseDouble(oracle.get("ours")), within(1e-9));
    assertThat(run.score())
        .as(numbers)
        .isGreaterThanOrEqualTo(igraphBest - 1e-3 * Math.abs(igraphBest));
  }

  private List<String> oracle(String... args) {
    List<String> command = new ArrayList<>(List.of(ExternalTools.PYTHON, ORACLE.toString()));
    command.addAll(List.of(args));
    ExternalTools.Result r = ExternalTools.run(command, 120);
    assertThat(r.exitCode()).as(r.output()).isZero();
    return r.output().strip().lines().toList();
  }

  private static int[] randomPartition(int n, int k, Random rng) {
    return IntStream.range(0, n).map(v -> rng.nextInt(k)).toArray();
  }

  /** {@code a} with about one item in five moved to a random cluster. */
  private static int[] perturbed(int[] a, Random rng) {
    int[] b = a.clone();
    for (int i = 0; i < b.length; i++) {
      if (rng.nextInt(5) == 0) {
        b[i] = rng.nextInt(14);
      }
    }
    return b;
  }

  private static String ids(int[] labels) {
    return IntStream.of(labels).mapToObj(Integer::toString).collect(Collectors.joining(" "));
  }
}
