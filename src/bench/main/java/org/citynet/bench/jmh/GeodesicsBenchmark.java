package org.citynet.bench.jmh;

import java.util.concurrent.TimeUnit;
import org.citynet.geo.Geodesics;
import org.locationtech.jts.geom.Geometry;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Geodesic densification ({@link Geodesics#line}: the WGS84 geodesic as a line whose chords stay
 * within 1 km of it, split at the antimeridian) for the links of a random city network: long links
 * between uniformly placed cities, the writers' hardest case. Time per link.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class GeodesicsBenchmark {
  /** Links per invocation: city {@code 2i} to city {@code 2i + 1}. */
  static final int LINKS = 1000;

  private double[] lat;
  private double[] lon;

  @Setup
  public void placeCities() {
    double[][] positions = SeededNetworks.positions(2 * LINKS);
    lat = positions[0];
    lon = positions[1];
  }

  @Benchmark
  @OperationsPerInvocation(LINKS)
  public void line(Blackhole sink) {
    for (int i = 0; i < LINKS; i++) {
      Geometry line = Geodesics.line(lat[2 * i], lon[2 * i], lat[2 * i + 1], lon[2 * i + 1]);
      sink.consume(line);
    }
  }
}
