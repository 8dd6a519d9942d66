package org.citynet.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.citynet.analysis.NetworkAnalyzer;
import org.citynet.export.AtomicFiles;
import org.citynet.export.excel.WorkbookWriter;
import org.citynet.export.gpkg.GeoPackageWriter;
import org.citynet.export.image.MapRenderer;
import org.citynet.export.image.MapRenderer.NetworkMap;
import org.citynet.export.network.GeoJsonWriter;
import org.citynet.export.network.GexfWriter;
import org.citynet.export.network.GraphMlWriter;
import org.citynet.export.network.NetworkCsvWriter;
import org.citynet.graph.CityGraph;
import org.citynet.graph.CityGraphs;
import org.citynet.io.CityLayerReader;
import org.citynet.io.InputException;
import org.citynet.io.InputProblem;
import org.citynet.io.InterlockingNetwork;
import org.citynet.io.LinkCsvReader;
import org.citynet.io.Membership;
import org.citynet.io.MembershipCsvReader;
import org.citynet.model.AnalysisSettings;
import org.citynet.model.City;
import org.citynet.model.CityTable;
import org.citynet.model.LinkTable;
import org.citynet.model.NetworkAnalysis;
import org.citynet.model.RunInfo;
import org.citynet.pipeline.MemoryEstimate.NotEnoughMemoryException;

/** One analysis run, from the input files to the written outputs. */
public final class Pipeline {
  /** Stages a run counts on its progress bar: reading, graph, analysis and the three writers. */
  private static final int STAGES = 7;

  private final Consumer<String> warnings;
  private final Supplier<Progress> progress;
  private final Clock clock;
  private final boolean parallelWriters;

  /**
   * Outputs written at once. Two keep both cores of a small machine busy; more would hold more
   * writers' buffers in the heap at a time, which at a million cities it cannot spare.
   */
  private static final int WRITERS = 2;

  /**
   * A pipeline that reports non-fatal remarks (dropped rows, odd values) to {@code warnings} and
   * shows a progress bar when run on a terminal.
   */
  public Pipeline(Consumer<String> warnings) {
    this(warnings, () -> Progress.onConsole(STAGES), Clock.systemUTC(), true);
  }

  /**
   * A pipeline with its progress display, its clock (the run's start time is in every output) and
   * whether the outputs are written two at a time or one after another.
   */
  Pipeline(
      Consumer<String> warnings,
      Supplier<Progress> progress,
      Clock clock,
      boolean parallelWriters) {
    this.warnings = warnings;
    this.progress = progress;
    this.clock = clock;
    this.parallelWriters = parallelWriters;
  }

  /**
   * Reads the inputs, builds the network, measures it and writes every output.
   *
   * @throws InputException when the input data has problems (nothing is written then)
   * @throws OutputException when an output cannot be written (earlier outputs stay intact)
   * @throws NotEnoughMemoryException when the network will not fit in the Java heap
   */
  public RunResult run(RunConfig config)
      throws IOException, InputException, OutputException, NotEnoughMemoryException {
    Instant started = clock.instant();
    try (Progress bar = progress.get()) {
      NetworkAnalysis analysis = measure(build(config, bar), config, bar, started);
      Outputs outputs = Outputs.in(config);
      writeOutputs(analysis, config, outputs, bar);
      return new RunResult(analysis, outputs.written());
    }
  }

  /** The network built from the inputs, and the names of the cities' extra columns. */
  private record Network(CityGraph graph, List<String> cityExtraColumns) {}

  /**
   * Reads the inputs and builds the network. Why a method of its own: the link rows become garbage
   * when it returns, as the graph does after {@link #measure}, so that at a million cities the
   * writers have the heap the inputs held (about 1.5 GB at five million links).
   */
  private Network build(RunConfig config, Progress bar)
      throws IOException, InputException, NotEnoughMemoryException {
    Progress.Stage stage = bar.begin("reading the cities");
    CityTable cities = new CityLayerReader(config.citiesInput(), warnings).read(config.cities());
    requirePopulations(config, cities);
    stage.done();
    stage = bar.begin("reading the links");
    LinkTable links;
    if (config.memberships().isEmpty()) {
      links = new LinkCsvReader(warnings).read(config.links());
    } else {
      InterlockingNetwork interlocks = interlockingNetwork(config, cities);
      links = interlocks.links();
      cities = interlocks.withConnectivity(cities);
    }
    stage.done();
    MemoryEstimate.check(
        cities.cities().size(), links.links().size(), Runtime.getRuntime().maxMemory());
    stage = bar.begin("building the network");
    CityGraph graph =
        CityGraphs.build(
            cities, links, config.linkSource().toString(), config.skipInvalid(), warnings);
    stage.done();
    return new Network(graph, cities.extraColumns());
  }

  private NetworkAnalysis measure(Network network, RunConfig config, Progress bar, Instant started)
      throws IOException {
    Progress.Stage stage = bar.begin("measuring the network");
    NetworkAnalysis analysis =
        NetworkAnalyzer.analyze(
            network.graph(), network.cityExtraColumns(), runInfo(config, started), config.engine());
    analysis.significance().timings().forEach(t -> bar.record(t.test(), t.seconds()));
    stage.done();
    return analysis;
  }

  /**
   * Writes every output, on {@link #WRITERS} threads when writing in parallel: each thread takes
   * the next task in order, longest first, so the GeoPackage and the map → workbook chain start at
   * once and the network files fill the gaps. The writers share nothing but the analysis, which is
   * immutable, and the map's layout, drawn once for the PNG and the SVG. Each writer also uses the
   * common pool for its own parallel parts. Once an output has failed no further one is started;
   * those under way finish, and then the first failure in task order is thrown, so no writer
   * outlives the run.
   */
  private void writeOutputs(
      NetworkAnalysis analysis, RunConfig config, Outputs outputs, Progress bar)
      throws OutputException {
    FutureTask<NetworkMap> map =
        new FutureTask<>(() -> MapRenderer.with(config.map()).draw(analysis));
    List<Task> tasks = new ArrayList<>();
    tasks.add(
        () ->
            outputs.write(
                List.of(config.output("gpkg")),
                () -> {
                  Progress.Stage stage = bar.begin("writing the GeoPackage");
                  GeoPackageWriter.write(analysis, config.output("gpkg"));
                  stage.done();
                }));
    tasks.add(
        () -> {
          // The workbook embeds the PNG, so it waits for it.
          outputs.write(
              List.of(config.output("png")),
              () -> {
                Progress.Stage stage = bar.begin("drawing the maps");
                drawn(map).writePng(config.outDir());
                stage.done();
              });
          outputs.write(
              List.of(config.output("xlsx")),
              () -> {
                Progress.Stage stage = bar.begin("writing the workbook");
                WorkbookWriter.write(analysis, config.output("xlsx"), config.output("png"));
                stage.done();
              });
        });
    tasks.add(
        () ->
            outputs.write(
                List.of(config.output("svg")), () -> drawn(map).writeSvg(config.outDir())));
    tasks.add(
        () ->
            outputs.write(
                List.of(config.output("graphml")),
                () -> GraphMlWriter.write(analysis, config.output("graphml"))));
    tasks.add(
        () ->
            outputs.write(
                List.of(config.output("gexf")),
                () -> GexfWriter.write(analysis, config.output("gexf"))));
    Path citiesCsv = config.outDir().resolve(config.name() + "-cities.csv");
    Path linksCsv = config.outDir().resolve(config.name() + "-links.csv");
    tasks.add(
        () ->
            outputs.write(
                List.of(citiesCsv, linksCsv),
                () -> NetworkCsvWriter.write(analysis, citiesCsv, linksCsv)));
    if (config.geoJson()) {
      Path citiesGeoJson = config.outDir().resolve(config.name() + "-cities.geojson");
      Path linksGeoJson = config.outDir().resolve(config.name() + "-links.geojson");
      tasks.add(
          () ->
              outputs.write(
                  List.of(citiesGeoJson, linksGeoJson),
                  () -> GeoJsonWriter.write(analysis, citiesGeoJson, linksGeoJson)));
    }
    runAll(tasks, parallelWriters ? WRITERS : 1);
  }

  /** The map's layout: drawn by the first task that needs it, waited for by the other. */
  private static NetworkMap drawn(FutureTask<NetworkMap> map) throws IOException {
    map.run();
    try {
      return map.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while drawing the map");
    } catch (ExecutionException e) {
      throw rethrown(e.getCause(), IOException.class);
    }
  }

  /**
   * Runs the tasks in order on {@code threads} threads, starting none after a failure; throws the
   * first failure in task order.
   */
  private static void runAll(List<Task> tasks, int threads) throws OutputException {
    ExecutorService writers =
        Executors.newFixedThreadPool(
            threads,
            r -> {
              Thread t = new Thread(r, "citynet-writer");
              t.setDaemon(true);
              return t;
            });
    try {
      List<Future<Void>> written = new ArrayList<>();
      AtomicBoolean failed = new AtomicBoolean();
      for (Task task : tasks) {
        written.add(
            writers.submit(
                () -> {
                  // After a failure (a full disk, most often) no further output is started.
                  if (!failed.get()) {
                    try {
                      task.run();
                    } catch (OutputException | RuntimeException | Error e) {
                      failed.set(true);
                      throw e;
                    }
                  }
                  return null;
                }));
      }
      OutputException failure = null;
      for (Future<Void> w : written) {
        try {
          w.get();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new OutputException("interrupted while writing the outputs", e);
        } catch (ExecutionException e) {
          if (failure == null) {
            failure = rethrown(e.getCause(), OutputException.class);
          }
        }
      }
      if (failure != null) {
        throw failure;
      }
    } finally {
      writers.shutdownNow();
    }
  }

  /** {@code cause} as the checked exception {@code type}, or rethrown if unchecked. */
  private static <E extends Exception> E rethrown(Throwable cause, Class<E> type) {
    if (type.isInstance(cause)) {
      return type.cast(cause);
    }
    if (cause instanceof RuntimeException runtime) {
      throw runtime;
    }
    if (cause instanceof Error error) {
      throw error;
    }
    throw new IllegalStateException(cause);
  }

  /** Writing one or more outputs. */
  private interface Task {
    void run() throws OutputException;
  }

  /**
   * Stops before any work when the gravity null model is to weigh cities by a population some of
   * them lack: a guessed mass would bias the model, so none is invented.
   */
  private static void requirePopulations(RunConfig config, CityTable cities) throws InputException {
    AnalysisSettings settings = config.settings();
    if (settings.importance() != AnalysisSettings.Importance.POPULATION
        || settings.nullModel() == AnalysisSettings.NullModel.CONFIGURATION) {
      return;
    }
    List<String> missing =
        cities.cities().stream().filter(c -> c.population().isEmpty()).map(City::id).toList();
    if (!missing.isEmpty()) {
      throw new InputException(
          new InputProblem(
              config.cities().toString(),
              0,
              "population",
              missing.size()
                  + " cities have no population (ids "
                  + String.join(", ", missing.subList(0, Math.min(5, missing.size())))
                  + (missing.size() > 5 ? ", ..." : "")
                  + ") but --importance population weighs every city by it",
              "fill the population column or use --importance strength"));
    }
  }

  /**
   * The interlocking network of the memberships (Taylor 2001: the link between two cities is the
   * sum over groups of the products of their service values).
   */
  private InterlockingNetwork interlockingNetwork(RunConfig config, CityTable cities)
      throws IOException, InputException {
    Set<String> ids = cities.cities().stream().map(City::id).collect(Collectors.toSet());
    List<Membership> memberships =
        new MembershipCsvReader(ids, warnings).read(config.memberships().get());
    return InterlockingNetwork.of(memberships);
  }

  private static RunInfo runInfo(RunConfig config, Instant started) throws IOException {
    return new RunInfo(
        config.name(),
        toolVersion(),
        config.commandLine(),
        List.of(
            new RunInfo.InputFile(config.cities().toString(), sha256(config.cities())),
            new RunInfo.InputFile(config.linkSource().toString(), sha256(config.linkSource()))),
        config.settings(),
        started,
        config.attribution());
  }

  /** The version Maven built, e.g. {@code 0.1.0}. */
  public static String toolVersion() {
    try (InputStream in = Pipeline.class.getResourceAsStream("/org/citynet/version.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String sha256(Path file) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
        in.transferTo(OutputStream.nullOutputStream());
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /**
   * The outputs of a run: refuses to overwrite an input, and turns write failures into {@link
   * OutputException}. Each writer writes beside its target and moves the file into place.
   */
  private static final class Outputs {
    /** What follows NAME in each output's file name. */
    private static final List<String> OUTPUT_SUFFIXES =
        List.of(
            ".gpkg",
            ".png",
            ".svg",
            ".xlsx",
            ".graphml",
            ".gexf",
            "-cities.csv",
            "-links.csv",
            "-cities.geojson",
            "-links.geojson");

    private static final String DISK_FULL =
        "the disk is full (no space left on device); free some space or choose another --out";
    private final List<Path> inputs;
    private final List<Path> written = new ArrayList<>();

    private Outputs(List<Path> inputs) {
      this.inputs = inputs;
    }

    static Outputs in(RunConfig config) throws OutputException {
      try {
        Files.createDirectories(config.outDir());
      } catch (IOException e) {
        throw new OutputException(
            "cannot create output directory " + config.outDir() + ": " + e, e);
      }
      if (!Files.isWritable(config.outDir())) {
        throw new OutputException("output directory " + config.outDir() + " is not writable", null);
      }
      removeLeftovers(config);
      return new Outputs(List.of(config.cities(), config.linkSource()));
    }

    /**
     * Deletes the partial files a killed earlier run of the same name left beside its outputs (a
     * process killed with SIGKILL cannot clean up after itself).
     */
    private static void removeLeftovers(RunConfig config) throws OutputException {
      try (Stream<Path> files = Files.list(config.outDir())) {
        for (Path file : (Iterable<Path>) files::iterator) {
          String fileName = file.getFileName().toString();
          if (OUTPUT_SUFFIXES.stream()
              .anyMatch(suffix -> AtomicFiles.isPartialOf(fileName, config.name() + suffix))) {
            Files.deleteIfExists(file);
          }
        }
      } catch (IOException e) {
        throw new OutputException("cannot clean up " + config.outDir() + ": " + e, e);
      }
    }

    interface Writer {
      void write() throws IOException;
    }

    void write(List<Path> targets, Writer writer) throws OutputException {
      for (Path target : targets) {
        for (Path input : inputs) {
          if (sameFile(target, input)) {
            throw new OutputException(
                target + " is an input file; choose another --out or --name", null);
          }
        }
      }
      try {
        writer.write();
      } catch (IOException | UncheckedIOException e) {
        throw new OutputException(
            targets.get(0) + ": " + (diskFull(e) ? DISK_FULL : e.getMessage()), e);
      }
      synchronized (written) {
        written.addAll(targets);
      }
    }

    /**
     * Whether the failure is the file system running out of space: the kernel's ENOSPC as Java
     * words it, or SQLite's SQLITE_FULL, anywhere in the chain of causes (the writers wrap them).
     */
    static boolean diskFull(Throwable e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        String m = String.valueOf(t.getMessage());
        if (m.contains("No space left on device")
            || m.contains("SQLITE_FULL")
            || m.contains("database or disk is full")) {
          return true;
        }
      }
      return false;
    }

    private static boolean sameFile(Path a, Path b) {
      try {
        return Files.exists(a) && Files.isSameFile(a, b);
      } catch (IOException e) {
        return false;
      }
    }

    /** The files written, in the order of {@link #OUTPUT_SUFFIXES}. */
    List<Path> written() {
      synchronized (written) {
        return written.stream().sorted(Comparator.comparingInt(Outputs::rank)).toList();
      }
    }

    private static int rank(Path output) {
      String name = output.getFileName().toString();
      for (int i = 0; i < OUTPUT_SUFFIXES.size(); i++) {
        if (name.endsWith(OUTPUT_SUFFIXES.get(i))) {
          return i;
        }
      }
      return OUTPUT_SUFFIXES.size();
    }
  }
}
