package org.citynet.spark;

import java.util.List;
import java.util.stream.IntStream;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.graphx.Graph;
import org.apache.spark.graphx.lib.ConnectedComponents;
import org.apache.spark.storage.StorageLevel;
import org.citynet.analysis.GraphMeasures;
import org.citynet.analysis.MeasureEngine;
import org.citynet.analysis.centrality.ApproximateBetweenness;
import org.citynet.analysis.centrality.Components;
import org.citynet.analysis.centrality.PageRank;
import org.citynet.analysis.centrality.ShortestPathCentralities;
import org.citynet.graph.CompactGraph;
import org.citynet.model.AnalysisSettings.Betweenness;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;
import scala.reflect.ClassTag;
import scala.reflect.ClassTag$;

/**
 * The measures of {@link MeasureEngine} on Apache Spark, equal to the local engine's up to the
 * order of floating-point additions (PageRank, degree, strength and components exactly).
 *
 * <p>The graph's compressed rows are broadcast once (Kryo) and cut into {@link RowBlock}s of about
 * equal numbers of edges, one cached partition each:
 *
 * <ul>
 *   <li><b>degree, strength</b>: one pass over the blocks;
 *   <li><b>PageRank</b>: {@link PageRank}'s own power iteration (weighted, dangling mass spread
 *       uniformly, the same stopping rule), whose O(m) step each block does for its rows from a
 *       broadcast of the vector of shares; the driver keeps the O(n) vectors. GraphX's PageRank is
 *       not used: it neither normalises nor redistributes dangling mass, so it answers a different
 *       question. One Spark job per iteration, O(m / partitions) work per task;
 *   <li><b>components</b>: GraphX's connected components (label propagation of the lowest vertex
 *       id, as many supersteps as the largest component's diameter), renumbered by {@link
 *       Components#fromLabels} so that 0 is the largest;
 *   <li><b>betweenness, closeness, harmonic</b>, when exact (sampled betweenness stays on the
 *       driver): the searches of {@link ShortestPathCentralities} (Brandes 2001 with pendant trees
 *       peeled) split into ranges of sources, each range run on an executor against the broadcast
 *       graph and the partial sums added by a tree reduce. O(n·m / executors) time; each executor
 *       holds the whole graph.
 * </ul>
 */
public final class SparkEngine implements MeasureEngine {
  private static final Logger LOG = LoggerFactory.getLogger(SparkEngine.class);

  static {
    // Spark logs every job at INFO; through our simple logger only its warnings are worth seeing.
    for (String chatty : List.of("org.apache.spark", "org.sparkproject", "org.apache.hadoop")) {
      String key = "org.slf4j.simpleLogger.log." + chatty;
      if (System.getProperty(key) == null) {
        System.setProperty(key, "warn");
      }
    }
  }

  /** Ranges of sources per core at least: small ranges even out uneven searches. */
  private static final int RANGES_PER_CORE = 4;

  /**
   * Most arc visits one range of searches may take, about 100 minutes at the 20 ns per visit the
   * local kernel spends. Shorter ranges would cost less to redo when an executor is lost, but each
   * range sends back 24 bytes per city through the reduce (and its shuffle files): on a graph of 10
   * million cities, 6,700 ranges of this size already make 1.6 TB.
   */
  private static final double RANGE_WORK = 3e11;

  private final JavaSparkContext given;

  /**
   * The engine {@code --engine spark} loads: on the context {@code spark-submit} configures, or an
   * embedded one on {@code local[*]} (another master with {@code -Dspark.master=URL}).
   */
  public SparkEngine() {
    // Fails here, not mid-run, when the classes are on the class path without Spark's jars (a
    // stale target/classes): MeasureEngine.named then reports the engine as missing.
    this(null);
    SparkContext.class.getName();
  }

  private SparkEngine(JavaSparkContext spark) {
    this.given = spark;
  }

  /**
   * The engine on an existing context, which must serialize with Kryo ({@code
   * spark.serializer=org.apache.spark.serializer.KryoSerializer}): the graph is broadcast with it.
   */
  public static SparkEngine on(JavaSparkContext spark) {
    String serializer = spark.getConf().get("spark.serializer", "");
    if (!serializer.endsWith("KryoSerializer")) {
      throw new IllegalArgumentException(
          "the Spark engine needs spark.serializer=org.apache.spark.serializer.KryoSerializer");
    }
    return new SparkEngine(spark);
  }

  /** The settings the engine needs, where the user or {@code spark-submit} has not set them. */
  static SparkConf configure(SparkConf conf) {
    conf.setIfMissing("spark.master", "local[*]");
    if (conf.get("spark.master").startsWith("local")) {
      // Embedded in a batch run: no web UI, and no port open beyond this machine.
      conf.setIfMissing("spark.ui.enabled", "false")
          .setIfMissing("spark.driver.host", "127.0.0.1")
          .setIfMissing("spark.driver.bindAddress", "127.0.0.1");
    }
    return conf.setIfMissing("spark.app.name", "citynet")
        .setIfMissing("spark.serializer", "org.apache.spark.serializer.KryoSerializer")
        // A partial sum of betweenness is 8 bytes per vertex, 3 times: above Kryo's 64 MB default
        // from about 2.8 million cities.
        .setIfMissing("spark.kryoserializer.buffer.max", "1g")
        .setIfMissing("spark.ui.showConsoleProgress", "false");
  }

  @Override
  public String name() {
    return "spark";
  }

  @Override
  public GraphMeasures measure(CompactGraph g) {
    JavaSparkContext spark = context();
    long start = System.nanoTime();
    Broadcast<CompactGraph> graph = spark.broadcast(g);
    List<int[]> ranges = RowBlock.ranges(g, spark.defaultParallelism());
    JavaRDD<RowBlock> blocks =
        spark
            .parallelize(ranges, Math.max(1, ranges.size()))
            .map(r -> RowBlock.of(graph.value(), r[0], r[1]))
            .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      int n = g.vertexCount();
      int[] degree = new int[n];
      double[] strength = new double[n];
      for (Tuple2<Integer, Tuple2<int[], double[]>> rows :
          blocks
              .map(b -> new Tuple2<>(b.first(), new Tuple2<>(b.degrees(), b.strengths())))
              .collect()) {
        System.arraycopy(rows._2()._1(), 0, degree, rows._1(), rows._2()._1().length);
        System.arraycopy(rows._2()._2(), 0, strength, rows._1(), rows._2()._2().length);
      }
      start = lap("degree and strength", start);
      double[] pagerank = pageRank(spark, blocks, strength);
      start = lap("PageRank", start);
      Components components = components(blocks, n, g.edgeCount() == 0);
      lap("components", start);
      return new GraphMeasures(degree, strength, pagerank, components);
    } finally {
      blocks.unpersist(false);
      graph.destroy();
    }
  }

  @Override
  public ShortestPathCentralities hopPaths(
      CompactGraph g, Betweenness mode, ApproximateBetweenness approximation) {
    if (ShortestPathCentralities.resolve(mode, g, approximation) != Betweenness.EXACT) {
      // Sampling is cheap by design: it stays on the driver.
      return ShortestPathCentralities.of(g, mode, approximation);
    }
    JavaSparkContext spark = context();
    long start = System.nanoTime();
    Broadcast<CompactGraph> graph = spark.broadcast(g);
    try {
      return shortestPaths(spark, graph, g);
    } finally {
      lap("betweenness, closeness, harmonic", start);
      graph.destroy();
    }
  }

  private JavaSparkContext context() {
    if (given != null) {
      return given;
    }
    return JavaSparkContext.fromSparkContext(SparkContext.getOrCreate(configure(new SparkConf())));
  }

  private static long lap(String what, long since) {
    long now = System.nanoTime();
    LOG.info("spark engine: {} in {} s", what, String.format("%.2f", (now - since) / 1e9));
    return now;
  }

  /** {@link PageRank}'s iteration with each step spread over the blocks. */
  private static double[] pageRank(
      JavaSparkContext spark, JavaRDD<RowBlock> blocks, double[] strength) {
    int[] iterations = {0};
    PageRank.Propagation overBlocks =
        (share, in) -> {
          Broadcast<double[]> shares = spark.broadcast(share);
          try {
            for (Tuple2<Integer, double[]> rows :
                blocks.map(b -> new Tuple2<>(b.first(), b.spread(shares.value()))).collect()) {
              System.arraycopy(rows._2(), 0, in, rows._1(), rows._2().length);
            }
          } finally {
            shares.destroy();
          }
          iterations[0]++;
        };
    double[] pagerank =
        PageRank.compute(
            strength, overBlocks, PageRank.DAMPING, PageRank.TOLERANCE, PageRank.MAX_ITERATIONS);
    LOG.info("spark engine: PageRank converged in {} iterations", iterations[0]);
    return pagerank;
  }

  /** GraphX's connected components, numbered as {@link Components#of} numbers them. */
  private static Components components(JavaRDD<RowBlock> blocks, int n, boolean edgeless) {
    int[] label = new int[n];
    // Vertices without edges are not in GraphX's graph: each is its own component.
    for (int v = 0; v < n; v++) {
      label[v] = v;
    }
    if (edgeless) {
      return Components.fromLabels(label);
    }
    ClassTag<Object> any = ClassTag$.MODULE$.Any();
    Graph<Object, Object> graph =
        Graph.fromEdges(
            blocks.flatMap(b -> b.edges().iterator()).rdd(),
            0,
            StorageLevel.MEMORY_AND_DISK(),
            StorageLevel.MEMORY_AND_DISK(),
            any,
            any);
    Graph<Object, Object> labelled = ConnectedComponents.run(graph, any, any);
    for (Tuple2<Object, Object> vertex : labelled.vertices().toJavaRDD().collect()) {
      label[(int) (long) (Long) vertex._1()] = (int) (long) (Long) vertex._2();
    }
    labelled.unpersist(false);
    graph.unpersist(false);
    return Components.fromLabels(label);
  }

  /** The searches of {@link ShortestPathCentralities} in ranges over the executors. */
  private static ShortestPathCentralities shortestPaths(
      JavaSparkContext spark, Broadcast<CompactGraph> graph, CompactGraph g) {
    int sources = ShortestPathCentralities.sourceCount(g);
    if (sources == 0) {
      return ShortestPathCentralities.ofPartials(g, ShortestPathCentralities.partial(g, 0, 0));
    }
    double work = (double) sources * 2 * g.edgeCount();
    int count =
        (int)
            Math.min(
                sources,
                Math.max(
                    RANGES_PER_CORE * spark.defaultParallelism(), Math.ceil(work / RANGE_WORK)));
    List<int[]> ranges =
        IntStream.range(0, count)
            .mapToObj(
                i ->
                    new int[] {
                      (int) ((long) i * sources / count), (int) ((long) (i + 1) * sources / count)
                    })
            .toList();
    ShortestPathCentralities.Partial total =
        spark
            .parallelize(ranges, count)
            .map(r -> ShortestPathCentralities.partial(graph.value(), r[0], r[1]))
            .treeReduce(ShortestPathCentralities.Partial::plus);
    return ShortestPathCentralities.ofPartials(g, total);
  }
}
