package org.citynet.analysis.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.citynet.graph.CompactGraph;
import org.citynet.testing.ExternalTools;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compares our Leiden clustering with python-igraph's best of 10 Leiden runs, and our reported
 * modularity with NetworkX's modularity of our partition ({@code
 * src/test/python/leiden_oracle.py}).
 */
class LeidenOracleTest {
  private static final Path ORACLE = Path.of("src/test/python/leiden_oracle.py");

  @TempDir Path dir;

  @BeforeAll
  static void requireOracle() {
    ExternalTools.requirePythonModule("igraph", "python3-igraph");
    ExternalTools.requirePythonModule("networkx", "python3-networkx");
  }

  @Test
  void matchesIgraphOnSmallPlantedPartition() throws IOException {
    check(PlantedPartitionGraphs.of(200, 4, 0.08, 0.01, 1));
  }

  @Test
  void matchesIgraphOnLargerNoisyPlantedPartition() throws IOException {
    // About 4 links inside and 2 across per vertex: the blocks are only weakly visible.
    check(PlantedPartitionGraphs.of(1000, 10, 0.04, 0.0022, 2));
  }

  @Test
  void matchesIgraphOnCentralEuropeanSisterCities() throws IOException {
    check(sisterCities());
  }

  private void check(CompactGraph graph) throws IOException {
    Partition ours = LeidenClustering.withDefaults().cluster(graph);
    Path edges = dir.resolve("edges.txt");
    Path partition = dir.resolve("partition.txt");
    Files.writeString(edges, edgeList(graph));
    Files.writeString(
        partition,
        IntStream.of(ours.clusterOf())
            .mapToObj(Integer::toString)
            .collect(Collectors.joining("\n")));

    ExternalTools.Result r =
        ExternalTools.run(
            List.of(
                ExternalTools.PYTHON, ORACLE.toString(), edges.toString(), partition.toString()),
            120);
    assertThat(r.exitCode()).as(r.output()).isZero();
    Map<String, Double> oracle = new HashMap<>();
    for (String line : r.output().strip().split("\n")) {
      String[] kv = line.split("=", 2);
      oracle.put(kv[0], Double.parseDouble(kv[1]));
    }
    String numbers =
        String.format(
            "n=%d m=%d: ours %.6f, igraph best %.6f",
            graph.vertexCount(), graph.edgeCount(), ours.modularity(), oracle.get("igraph_best"));

    assertThat(ours.modularity()).as(numbers).isCloseTo(oracle.get("networkx"), within(1e-9));
    assertThat(ours.modularity())
        .as(numbers)
        .isGreaterThanOrEqualTo(oracle.get("igraph_best") - 0.002);
  }

  static String edgeList(CompactGraph g) {
    StringBuilder out = new StringBuilder().append(g.vertexCount()).append('\n');
    for (int v = 0; v < g.vertexCount(); v++) {
      for (int s = g.firstSlot(v); s < g.endSlot(v); s++) {
        if (v < g.neighbour(s)) {
          out.append(v).append(' ').append(g.neighbour(s)).append(' ').append(g.weight(s));
          out.append('\n');
        }
      }
    }
    return out.toString();
  }

  /** The fixture's links, with node ids numbered 0.. in order of first appearance. */
  static CompactGraph sisterCities() {
    String csv;
    try (InputStream in =
        LeidenOracleTest.class.getResourceAsStream("/community/sister-cities-cz-hu-pl-sk-ua.csv")) {
      csv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Integer> index = new HashMap<>();
    List<int[]> edges = new ArrayList<>();
    csv.lines()
        .skip(1)
        .map(line -> line.split(","))
        .forEach(
            row ->
                edges.add(
                    new int[] {
                      index.computeIfAbsent(row[0], id -> index.size()),
                      index.computeIfAbsent(row[1], id -> index.size())
                    }));
    return CompactGraph.fromEdges(index.size(), edges, null);
  }
}
