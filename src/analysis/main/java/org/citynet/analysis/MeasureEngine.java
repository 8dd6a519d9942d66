package org.citynet.analysis;

import java.util.Iterator;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.citynet.analysis.centrality.ApproximateBetweenness;
import org.citynet.analysis.centrality.ShortestPathCentralities;
import org.citynet.graph.CompactGraph;
import org.citynet.model.AnalysisSettings.Betweenness;

/**
 * Where the heavy per-city measures are computed (the command line's {@code --engine}): degree,
 * strength, PageRank, connected components, and betweenness with closeness and harmonic centrality
 * from the same searches. Every engine gives the same numbers up to the order of floating-point
 * additions.
 *
 * <p>{@link #local()} runs in this JVM's threads. Other engines are found through {@link
 * ServiceLoader} so that the core build does not depend on them: the Spark engine ({@code
 * org.citynet.spark.SparkEngine}) exists only in the build with Maven profile {@code spark}.
 */
public interface MeasureEngine {
  /** The name {@code --engine} selects this engine by, e.g. {@code local}. */
  String name();

  /** Degree, strength, PageRank and the connected components of every vertex of {@code g}. */
  GraphMeasures measure(CompactGraph g);

  /**
   * Betweenness, closeness and harmonic centrality over paths counted in hops, as {@link
   * ShortestPathCentralities#of(CompactGraph, Betweenness, ApproximateBetweenness)} computes them
   * for {@code mode}. Separate from {@link #measure} so that a run with weighted path lengths never
   * searches hop paths it would throw away.
   */
  ShortestPathCentralities hopPaths(
      CompactGraph g, Betweenness mode, ApproximateBetweenness approximation);

  /** The engine in this JVM, on the ForkJoin pool of the calling thread. */
  static MeasureEngine local() {
    return LocalEngine.INSTANCE;
  }

  /**
   * The engine named {@code name}: {@code local}, or one registered as a {@link ServiceLoader}
   * provider of this interface on the class path.
   *
   * @throws IllegalArgumentException if no such engine is in this build; the message says how to
   *     get it
   */
  static MeasureEngine named(String name) {
    if (name.equals(LocalEngine.INSTANCE.name())) {
      return LocalEngine.INSTANCE;
    }
    Iterator<MeasureEngine> engines =
        ServiceLoader.load(MeasureEngine.class, MeasureEngine.class.getClassLoader()).iterator();
    while (true) {
      try {
        if (!engines.hasNext()) {
          break;
        }
        MeasureEngine engine = engines.next();
        if (engine.name().equals(name)) {
          return engine;
        }
      } catch (ServiceConfigurationError | LinkageError e) {
        // Registered but not loadable: the Spark engine without Spark's jars, or a stale
        // registration in target/classes from an earlier build with -Pspark. The iterator goes on
        // with the next provider.
      }
    }
    if (name.equals("spark")) {
      throw new IllegalArgumentException(
          "the Spark engine is not in this build: build it with `mvn -B -Pspark package` and run"
              + " `java -jar target/citynet-spark.jar --engine spark ...` (or submit"
              + " target/citynet-spark.jar with spark-submit; see docs/spark.md)");
    }
    throw new IllegalArgumentException("unknown engine '" + name + "': choose local or spark");
  }
}
