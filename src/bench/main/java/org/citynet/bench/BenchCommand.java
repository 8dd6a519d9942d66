package org.citynet.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ForkJoinPool;
import java.util.function.Consumer;
import org.citynet.analysis.NetworkAnalyzer;
import org.citynet.analysis.centrality.ApproximateBetweenness;
import org.citynet.analysis.centrality.Components;
import org.citynet.analysis.centrality.Coreness;
import org.citynet.analysis.centrality.Degrees;
import org.citynet.analysis.centrality.EigenvectorCentrality;
import org.citynet.analysis.centrality.LocalClustering;
import org.citynet.analysis.centrality.PageRank;
import org.citynet.analysis.centrality.ShortestPathCentralities;
import org.citynet.analysis.community.GravityNullModel;
import org.citynet.analysis.community.LeidenClustering;
import org.citynet.analysis.community.SpatialClustering;
import org.citynet.graph.CityGraph;
import org.citynet.graph.CityGraphs;
import org.citynet.graph.CompactGraph;
import org.citynet.graph.RandomGraphs;
import org.citynet.io.CityCsvReader;
import org.citynet.io.LinkCsvReader;
import org.citynet.model.AnalysisSettings.Betweenness;
import org.citynet.model.City;
import org.citynet.model.CityTable;
import org.citynet.model.LinkTable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code citynet bench}: per stage wall time, CPU time and peak memory on the shipped datasets and
 * on seeded G(n, m) random graphs, then python-igraph's and NetworkX's time for the same
 * shortest-path measures on the same edge lists, and the ratios.
 *
 * <p>With {@code --generate gravity} it instead writes a seeded synthetic network of {@code
 * --cities-count} cities and {@code --links-count} links into {@code --out} ({@link
 * GravityNetworks}), which {@code citynet} and {@code citynet bench --data} can then read.
 *
 * <p>The exact shortest-path measures run once per thread count of {@code --threads} (each in its
 * own ForkJoin pool) to show the scaling; the results must be bit-identical, which is checked. The
 * approximate betweenness is compared with the exact one. NetworkX runs exactly only up to {@code
 * --networkx-max-nodes} vertices; above, its betweenness is timed on a sample of sources and scaled
 * to all of them, and the line says so. Output goes to the writer of the picocli {@code
 * CommandLine} that runs the command.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Times each stage (reading, graph, every measure, Leiden) with wall time, CPU time and peak"
          + " memory, and compares with python-igraph and NetworkX on the same graphs."
    })
public final class BenchCommand implements Callable<Integer> {
  /**
   * Datasets timed when no {@code --data} is given, relative to the working directory; absent ones
   * are skipped with a message.
   */
  static final List<Path> DEFAULT_DATA =
      List.of(
          Path.of("datasets/mayoral-forum-twinning"),
          Path.of("datasets/twin-cities-world"),
          Path.of("datasets/openflights"));

  /** The real cities synthetic networks are placed at, relative to the citynet home. */
  static final Path GEONAMES = Path.of("datasets/geonames/geonames_cities15000.csv");

  /** Kinds of synthetic network {@code --generate} writes. */
  enum Generator {
    gravity,
    random
  }

  @Spec private CommandSpec spec;

  @Option(
      names = "--data",
      paramLabel = "DIR",
      description =
          "Folder with cities.csv and links.csv (repeatable; default, when neither --data nor"
              + " --synthetic is given: the shipped mayoral-forum-twinning and twin-cities-world).")
  private List<Path> data = new ArrayList<>();

  @Option(
      names = "--synthetic",
      paramLabel = "N,M",
      description = "Also a seeded random graph with N vertices and M edges (repeatable).")
  private List<String> synthetic = new ArrayList<>();

  @Option(
      names = "--seed",
      defaultValue = "1",
      description = "Seed of the synthetic graphs (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Option(
      names = "--threads",
      split = ",",
      defaultValue = "1,2",
      paramLabel = "T",
      description = "Thread counts for the exact shortest-path measures (default: 1,2).")
  private List<Integer> threads;

  @Option(
      names = "--without-peeling",
      description = "Also time the exact kernel without tree peeling (the plain Brandes baseline).")
  private boolean withoutPeeling;

  @Option(
      names = "--epsilon",
      defaultValue = "0.01",
      description = "ε of the approximate betweenness (default: ${DEFAULT-VALUE}).")
  private double epsilon;

  @Option(
      names = "--delta",
      defaultValue = "0.1",
      description = "δ of the approximate betweenness (default: ${DEFAULT-VALUE}).")
  private double delta;

  @Option(
      names = "--python",
      defaultValue = "/usr/bin/python3",
      paramLabel = "FILE",
      description = "Python with python-igraph and NetworkX (default: ${DEFAULT-VALUE}).")
  private Path python;

  @Option(
      names = "--generate",
      paramLabel = "KIND",
      description =
          "Instead of timing, write a synthetic network of this kind into --out (gravity:"
              + " GeoNames-placed cities, gravity-model links; random: G(n, m) with cities at"
              + " uniform latitudes -60..70 and longitudes, for bench/whole-run.sh).")
  private Generator generate;

  @Option(
      names = "--cities-count",
      defaultValue = "100000",
      paramLabel = "N",
      description = "Cities of the generated network (default: ${DEFAULT-VALUE}).")
  private int citiesCount;

  @Option(
      names = "--links-count",
      defaultValue = "500000",
      paramLabel = "M",
      description = "Distinct links of the generated network (default: ${DEFAULT-VALUE}).")
  private int linksCount;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Folder the generated cities.csv and links.csv are written to.")
  private Path out;

  @Option(
      names = "--geonames",
      paramLabel = "FILE",
      description =
          "GeoNames cities the generated network is placed at (default:"
              + " datasets/geonames/geonames_cities15000.csv in the citynet folder).")
  private Path geonames;

  @Option(
      names = "--force-exact",
      description =
          "Run the exact shortest-path measures even where --betweenness auto would sample"
              + " (hours on a network of 100,000 cities).")
  private boolean forceExact;

  @Option(
      names = "--graph-tool",
      description =
          "Also time graph-tool's betweenness (Debian python3-graph-tool, OpenMP on all cores).")
  private boolean graphTool;

  @Option(names = "--no-python", description = "Skip the python-igraph and NetworkX timings.")
  private boolean noPython;

  @Option(
      names = "--networkx-max-nodes",
      defaultValue = "3000",
      paramLabel = "N",
      description =
          "Largest graph NetworkX runs on exactly; above, its betweenness is sampled"
              + " (default: ${DEFAULT-VALUE}).")
  private int networkxMaxNodes;

  @Option(
      names = "--networkx-sample",
      defaultValue = "100",
      paramLabel = "K",
      description =
          "Sources NetworkX samples above that size; 0 skips NetworkX there (default:"
              + " ${DEFAULT-VALUE}).")
  private int networkxSample;

  @Option(
      names = "--python-timeout",
      defaultValue = "3600",
      paramLabel = "SECONDS",
      description = "Limit for the Python timings of one graph (default: ${DEFAULT-VALUE}).")
  private long pythonTimeout;

  @Override
  public Integer call() throws Exception {
    if (threads.stream().anyMatch(t -> t < 1)) {
      throw new ParameterException(spec.commandLine(), "--threads must all be 1 or more");
    }
    PrintWriter out = spec.commandLine().getOut();
    if (generate != null) {
      return generateNetwork(out);
    }
    ApproximateBetweenness approximation = ApproximateBetweenness.of(epsilon, delta, seed);
    Machine.describe(out);
    List<Path> folders = data.isEmpty() && synthetic.isEmpty() ? DEFAULT_DATA : data;
    for (Path folder : folders) {
      if (!Files.isRegularFile(folder.resolve("cities.csv"))) {
        out.println("(skipped " + folder + ": no cities.csv there)");
        continue;
      }
      StageClock clock = new StageClock();
      Dataset dataset = readDataset(folder, clock);
      benchmark(
          folder.getFileName() + " (" + folder + ")",
          dataset.graph(),
          dataset.positions(),
          clock,
          approximation,
          out);
    }
    for (String size : synthetic) {
      int[] nm = parseSize(size);
      StageClock clock = new StageClock();
      List<int[]> edges =
          clock.time("generate G(n, m)", () -> RandomGraphs.erdosRenyi(nm[0], nm[1], seed));
      CompactGraph g = clock.time("build graph", () -> CompactGraph.fromEdges(nm[0], edges, null));
      benchmark(
          "random G(n=" + nm[0] + ", m=" + nm[1] + "), seed " + seed,
          g,
          null,
          clock,
          approximation,
          out);
    }
    return 0;
  }

  private int generateNetwork(PrintWriter out) throws Exception {
    if (this.out == null) {
      throw new ParameterException(spec.commandLine(), "--generate needs --out DIR");
    }
    if (generate == Generator.random) {
      return generateRandom(out);
    }
    Path source = geonames != null ? geonames : home().resolve(GEONAMES);
    if (!Files.isRegularFile(source)) {
      throw new ParameterException(
          spec.commandLine(), "no GeoNames cities at " + source + "; give --geonames FILE");
    }
    StageClock clock = new StageClock();
    List<GravityNetworks.RealCity> real =
        clock.time("read GeoNames", () -> GravityNetworks.readGeoNames(source));
    GravityNetworks.Network network;
    try {
      network =
          clock.time(
              "generate gravity network",
              () -> GravityNetworks.generate(real, citiesCount, linksCount, seed));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    String command =
        String.format(
            Locale.ROOT,
            "citynet bench --generate gravity --cities-count %d --links-count %d --seed %d",
            citiesCount,
            linksCount,
            seed);
    clock.time(
        "write cities.csv, links.csv",
        () -> {
          GravityNetworkWriter.write(network, real, command, this.out);
          return null;
        });
    out.printf(
        Locale.ROOT,
        "wrote %,d synthetic cities and %,d links to %s (seed %d)%n",
        network.cityCount(),
        network.links().length,
        this.out,
        seed);
    printStages(clock.timings(), out);
    out.flush();
    return 0;
  }

  private int generateRandom(PrintWriter out) throws Exception {
    String command =
        String.format(
            Locale.ROOT,
            "citynet bench --generate random --cities-count %d --links-count %d --seed %d",
            citiesCount,
            linksCount,
            seed);
    StageClock clock = new StageClock();
    try {
      clock.time(
          "write random cities.csv, links.csv",
          () -> {
            RandomCityNetworks.write(citiesCount, linksCount, seed, command, this.out);
            return null;
          });
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    out.printf(
        Locale.ROOT,
        "wrote %,d random cities and %,d links to %s (seed %d)%n",
        citiesCount,
        linksCount,
        this.out,
        seed);
    out.flush();
    return 0;
  }

  /** The citynet folder the launcher passes as {@code citynet.home}, else the working folder. */
  private static Path home() {
    return Path.of(System.getProperty("citynet.home", "."));
  }

  private int[] parseSize(String size) {
    String[] parts = size.split(",");
    try {
      if (parts.length == 2) {
        return new int[] {Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim())};
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ParameterException(
        spec.commandLine(), "--synthetic takes N,M (vertices,edges), was '" + size + "'");
  }

  /** A dataset's snapshot with the latitude and longitude of each vertex. */
  private record Dataset(CompactGraph graph, Positions positions) {}

  /** Where the vertices lie, for the gravity clustering. */
  private record Positions(double[] lat, double[] lon) {}

  private Dataset readDataset(Path folder, StageClock clock) throws Exception {
    // Input warnings are the other commands' business; the benchmark only times the reading.
    Consumer<String> ignore = w -> {};
    CityTable cities =
        clock.time(
            "read cities.csv", () -> new CityCsvReader(ignore).read(folder.resolve("cities.csv")));
    LinkTable links =
        clock.time(
            "read links.csv", () -> new LinkCsvReader(ignore).read(folder.resolve("links.csv")));
    CityGraph graph =
        clock.time("build graph", () -> CityGraphs.build(cities, links, "links.csv", true, ignore));
    CompactGraph g = clock.time("snapshot (CSR)", graph::compact);
    double[] lat = graph.cities().stream().mapToDouble(City::lat).toArray();
    double[] lon = graph.cities().stream().mapToDouble(City::lon).toArray();
    return new Dataset(g, new Positions(lat, lon));
  }

  /**
   * Times the measures on {@code g}; with {@code positions} (null for a synthetic graph) also the
   * gravity clustering, where {@code --null-model auto} would run it.
   */
  private void benchmark(
      String name,
      CompactGraph g,
      Positions positions,
      StageClock clock,
      ApproximateBetweenness approximation,
      PrintWriter out)
      throws Exception {
    Components components = Components.of(g);
    out.printf(
        Locale.ROOT,
        "%n== %s: %,d vertices, %,d edges, %,d components (largest %,d)%n",
        name,
        g.vertexCount(),
        g.edgeCount(),
        components.count(),
        components.count() == 0 ? 0 : components.size(0));
    clock.time("degree + strength", () -> Degrees.strength(g));
    Betweenness auto = ShortestPathCentralities.resolve(Betweenness.AUTO, g, approximation);
    if (auto == Betweenness.APPROX && !forceExact) {
      out.println(
          "(exact shortest-path measures and the Python references skipped: --betweenness auto"
              + " samples on this network; --force-exact runs them)");
      clock.time(approximateStage(approximation, g, most()), () -> sampled(g, approximation));
      timeTheOtherMeasures(g, positions, clock);
      printStages(clock.timings(), out);
      out.flush();
      return;
    }
    ShortestPathCentralities reference = null;
    double oneThread = 0;
    for (int t : threads) {
      ShortestPathCentralities exact =
          clock.time(exactStage(t), () -> inPool(t, () -> ShortestPathCentralities.of(g)));
      oneThread = t == 1 ? clock.last().wallSeconds() : oneThread;
      if (reference != null && !sameResults(reference, exact)) {
        out.println("  WARNING: results differ between thread counts");
      }
      reference = reference == null ? exact : reference;
    }
    int most = most();
    StageTiming exactTiming =
        clock.timings().stream()
            .filter(s -> s.stage().equals(exactStage(most)))
            .findFirst()
            .orElseThrow();
    if (withoutPeeling) {
      clock.time(
          "exact, without tree peeling, " + most + " thread(s)",
          () -> inPool(most, () -> ShortestPathCentralities.withoutTreePeeling(g)));
    }
    ShortestPathCentralities approximate =
        clock.time(approximateStage(approximation, g, most), () -> sampled(g, approximation));
    timeTheOtherMeasures(g, positions, clock);
    printStages(clock.timings(), out);
    double worst = 0;
    for (int v = 0; v < g.vertexCount(); v++) {
      worst = Math.max(worst, Math.abs(approximate.betweenness(v) - reference.betweenness(v)));
    }
    out.printf(
        Locale.ROOT,
        "approx betweenness: largest error %.5f (ε = %s); --betweenness auto picks %s%n",
        worst,
        approximation.epsilon(),
        auto.name().toLowerCase(Locale.ROOT));
    if (threads.contains(1) && most > 1) {
      out.printf(
          Locale.ROOT,
          "exact, 1 -> %d threads: %.2fx faster (wall)%n",
          most,
          oneThread / exactTiming.wallSeconds());
    }
    if (!noPython) {
      compareWithPython(g, exactTiming, out);
    }
    out.flush();
  }

  private int most() {
    return threads.stream().mapToInt(Integer::intValue).max().orElse(1);
  }

  /** Sampled betweenness, and closeness and harmonic where affordable, on the most threads. */
  private ShortestPathCentralities sampled(CompactGraph g, ApproximateBetweenness approximation)
      throws Exception {
    return inPool(most(), () -> ShortestPathCentralities.of(g, Betweenness.APPROX, approximation));
  }

  private static String approximateStage(
      ApproximateBetweenness approximation, CompactGraph g, int threads) {
    return String.format(
        Locale.ROOT,
        "approx betweenness ε=%s δ=%s (%,d paths)%s, %d thread(s)",
        approximation.epsilon(),
        approximation.delta(),
        approximation.sampleSize(g),
        ShortestPathCentralities.exactWork(g) <= ShortestPathCentralities.EXACT_WORK_LIMIT
            ? " + closeness"
            : "",
        threads);
  }

  private static void timeTheOtherMeasures(CompactGraph g, Positions positions, StageClock clock)
      throws Exception {
    clock.time("pagerank", () -> PageRank.compute(g));
    clock.time("eigenvector", () -> EigenvectorCentrality.compute(g));
    clock.time("coreness", () -> Coreness.compute(g));
    clock.time("local clustering", () -> LocalClustering.compute(g));
    clock.time("components", () -> Components.of(g));
    clock.time("leiden (default: 10 starts)", () -> LeidenClustering.withDefaults().cluster(g));
    if (positions != null
        && g.edgeCount() > 0
        && g.vertexCount() <= NetworkAnalyzer.AUTO_GRAVITY_LIMIT) {
      clock.time(
          "gravity null model + leiden (10 starts)",
          () ->
              SpatialClustering.withDefaults()
                  .cluster(g, GravityNullModel.estimate(g, positions.lat(), positions.lon())));
    }
  }

  private void compareWithPython(CompactGraph g, StageTiming exact, PrintWriter out)
      throws IOException, InterruptedException {
    if (!Files.isExecutable(python)) {
      out.println("(no " + python + ": python-igraph and NetworkX not timed)");
      return;
    }
    Path dir = Files.createTempDirectory("citynet-bench");
    try {
      List<ReferenceTiming> timings =
          new ReferenceTimings(python, networkxMaxNodes, networkxSample, pythonTimeout, graphTool)
              .measure(g, dir, out);
      out.printf(
          Locale.ROOT,
          "%-58s %9s %9s %8s %8s%n",
          "reference (" + python + ")",
          "wall s",
          "cpu s",
          "× wall",
          "× cpu");
      for (ReferenceTiming t : timings) {
        out.printf(
            Locale.ROOT,
            "%-58s %9.2f %9.2f %7.1fx %7.1fx%n",
            t.tool()
                + " "
                + t.measure()
                + (t.extrapolated() ? " (sampled " + networkxSample + " sources, scaled)" : ""),
            t.wallSeconds(),
            t.cpuSeconds(),
            t.wallSeconds() / exact.wallSeconds(),
            // a tiny graph can take less CPU time than the clock resolves
            t.cpuSeconds() / Math.max(exact.cpuSeconds(), 1e-3));
      }
      out.printf(
          Locale.ROOT,
          "(× = reference time / citynet's exact betweenness+closeness+harmonic on %s: %.2f s"
              + " wall, %.2f s cpu)%n",
          exact.stage().substring(exact.stage().lastIndexOf(", ") + 2),
          exact.wallSeconds(),
          exact.cpuSeconds());
    } finally {
      try (var files = Files.list(dir)) {
        for (Path f : files.toList()) {
          Files.delete(f);
        }
      }
      Files.delete(dir);
    }
  }

  private static String exactStage(int threads) {
    return "exact betweenness+closeness+harmonic, " + threads + " thread(s)";
  }

  private static void printStages(List<StageTiming> stages, PrintWriter out) {
    out.printf(
        Locale.ROOT, "%-70s %9s %9s %9s %6s%n", "stage", "wall s", "cpu s", "peak MiB", "load");
    for (StageTiming s : stages) {
      out.printf(
          Locale.ROOT,
          "%-70s %9.3f %9.3f %9.1f %6.2f%n",
          s.stage(),
          s.wallSeconds(),
          s.cpuSeconds(),
          s.peakRssKib() / 1024.0,
          s.loadAverage());
    }
  }

  private static boolean sameResults(ShortestPathCentralities a, ShortestPathCentralities b) {
    for (int v = 0; v < a.vertexCount(); v++) {
      if (a.betweenness(v) != b.betweenness(v)
          || a.closeness(v) != b.closeness(v)
          || a.harmonic(v) != b.harmonic(v)) {
        return false;
      }
    }
    return true;
  }

  private static <T> T inPool(int threads, Callable<T> work) throws Exception {
    ForkJoinPool pool = new ForkJoinPool(threads);
    try {
      return pool.submit(work).get();
    } finally {
      pool.shutdown();
    }
  }
}
