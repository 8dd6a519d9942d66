package org.citynet.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.citynet.analysis.community.GravityNullModel;
import org.citynet.analysis.community.Partition;
import org.citynet.analysis.community.SpatialClustering;
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
 * The gravity null model (Expert et al. 2011): estimating its deterrence function ({@link
 * GravityNullModel#estimate}), and one Leiden run maximising the gravity modularity ({@link
 * SpatialClustering} with one random start, that is one pass of its {@code GravityLeiden}), on G(n,
 * 3n) with the cities of {@link org.citynet.bench.RandomCityNetworks}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GravityBenchmark {
  /** Vertices; the graph has three times as many edges. */
  @Param({"1000", "3000"})
  int n;

  private CompactGraph graph;
  private double[] lat;
  private double[] lon;
  private GravityNullModel model;

  @Setup
  public void buildGraph() {
    graph = SeededNetworks.graph(n, 3 * n);
    double[][] positions = SeededNetworks.positions(n);
    lat = positions[0];
    lon = positions[1];
    model = GravityNullModel.estimate(graph, lat, lon);
  }

  @Benchmark
  public GravityNullModel estimateNullModel() {
    return GravityNullModel.estimate(graph, lat, lon);
  }

  @Benchmark
  public Partition gravityLeidenOneStart() {
    return SpatialClustering.of(SeededNetworks.SEED, 1).cluster(graph, model);
  }
}
