package org.citynet.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.citynet.analysis.community.LeidenClustering;
import org.citynet.analysis.community.Partition;
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
 * {@link LeidenClustering} with the run's defaults (modularity, resolution 1, seed 42, 10 random
 * starts of at most 50 iterations) on G(n, 3n).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LeidenBenchmark {
  /** Vertices; the graph has three times as many edges. */
  @Param({"2000", "10000"})
  int n;

  private CompactGraph graph;

  @Setup
  public void buildGraph() {
    graph = SeededNetworks.graph(n, 3 * n);
  }

  @Benchmark
  public Partition defaults() {
    return LeidenClustering.withDefaults().cluster(graph);
  }
}
