package org.citynet.bench.jmh;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.citynet.analysis.centrality.ShortestPathCentralities;
import org.citynet.graph.CompactGraph;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The exact shortest-path kernel ({@link ShortestPathCentralities#of}: Brandes betweenness with
 * closeness and harmonic centrality from the same searches, pendant trees peeled first) on G(n,
 * 3n), on the common ForkJoin pool (all cores), and JGraphT's {@link BetweennessCentrality} on the
 * same graph for comparison.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BetweennessBenchmark {
  /** Vertices; the graph has three times as many edges. */
  @Param({"2000", "10000"})
  int n;

  private CompactGraph graph;

  /** The same graph as a JGraphT graph, for JGraphT's own betweenness. */
  private Graph<Integer, DefaultEdge> jgraphtGraph;

  @Setup
  public void buildGraph() {
    graph = SeededNetworks.graph(n, 3 * n);
    jgraphtGraph = new SimpleGraph<>(DefaultEdge.class);
    for (int v = 0; v < graph.vertexCount(); v++) {
      jgraphtGraph.addVertex(v);
    }
    for (int v = 0; v < graph.vertexCount(); v++) {
      for (int slot = graph.firstSlot(v); slot < graph.endSlot(v); slot++) {
        if (v < graph.neighbour(slot)) {
          jgraphtGraph.addEdge(v, graph.neighbour(slot));
        }
      }
    }
  }

  @Benchmark
  public ShortestPathCentralities exact() {
    return ShortestPathCentralities.of(graph);
  }

  @Benchmark
  public ShortestPathCentralities exactWithoutTreePeeling() {
    return ShortestPathCentralities.withoutTreePeeling(graph);
  }

  /**
   * JGraphT's Brandes betweenness on the JGraphT graph (one thread, hop lengths): why the measures
   * run on the int-array snapshot instead (docs/design.md).
   */
  @Benchmark
  public Map<Integer, Double> jgraphtBetweenness() {
    return new BetweennessCentrality<>(jgraphtGraph, true).getScores();
  }
}
