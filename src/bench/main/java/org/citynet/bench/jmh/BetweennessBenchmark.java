package org.citynet.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.citynet.analysis.centrality.ShortestPathCentralities;
import org.citynet.graph.CompactGraph;
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
 * 3n), on the common ForkJoin pool (all cores).
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

  @Setup
  public void buildGraph() {
    graph = SeededNetworks.graph(n, 3 * n);
  }

  @Benchmark
  public ShortestPathCentralities exact() {
    return ShortestPathCentralities.of(graph);
  }

  @Benchmark
  public ShortestPathCentralities exactWithoutTreePeeling() {
    return ShortestPathCentralities.withoutTreePeeling(graph);
  }
}
