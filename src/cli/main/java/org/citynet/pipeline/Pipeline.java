package org.citynet.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.citynet.analysis.NetworkAnalyzer;
import org.citynet.analysis.PeriodAnalyzer;
import org.citynet.analysis.community.ClusterTracking;
import org.citynet.export.excel.WorkbookWriter;
import org.citynet.export.gpkg.GeoPackageWriter;
import org.citynet.export.html.HtmlMapWriter;
import org.citynet.export.image.MapRenderer;
import org.citynet.export.image.MapRenderer.NetworkMap;
import org.citynet.export.image.PeriodMaps;
import org.citynet.export.network.GeoJsonWriter;
import org.citynet.export.network.GexfWriter;
import org.citynet.export.network.GraphMlWriter;
import org.citynet.export.network.NetworkCsvWriter;
import org.citynet.export.schema.FinishedRun;
import org.citynet.export.summary.SummaryWriter;
import org.citynet.graph.CityGraph;
import org.citynet.graph.CityGraphs;
import org.citynet.graph.Snapshots;
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
import org.citynet.model.Link;
import org.citynet.model.LinkTable;
import org.citynet.model.NetworkAnalysis;
import org.citynet.model.Periods;
import org.citynet.model.RunInfo;
import org.citynet.model.TimeAnalysis;
import org.citynet.pipeline.MemoryEstimate.NotEnoughMemoryException;

/** One analysis run, from the input files to the written outputs. */
public final class Pipeline {
  /** Stages a run counts on its progress bar: reading, graph, analysis and the three writers. */
  static final int STAGES = 7;

  private final Consumer<String> warnings;
  private final Supplier<Progress> progress;
  private final Clock clock;
  private final boolean parallelWriters;

  /**
   * Outputs written at once: three, so that both cores of a small machine stay busy while the
   * workbook, all its sheets but the Overview written, waits for the map; two above {@link
   * AnalysisSettings#LARGE_NETWORK_LINKS} links, as more would hold more writers' buffers in the
   * heap at a time than a network of millions of links leaves room for.
   */
  private static int writers(NetworkAnalysis analysis) {
    return analysis.links().size() > AnalysisSettings.LARGE_NETWORK_LINKS ? 2 : 3;
  }

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
   * @throws OutputException when the output folder fails its checks (before any work) or an output
   *     cannot be written (the earlier outputs and their manifest then stay as they were)
   * @throws NotEnoughMemoryException when the network will not fit in the Java heap
   */
  public RunResult run(RunConfig config)
      throws IOException, InputException, OutputException, NotEnoughMemoryException {
    Instant started = clock.instant();
    String runId = runId(started);
    List<Path> inputs = inputs(config);
    try (OutputFolder folder =
            OutputFolder.open(
                config.outputs().dir(), config.outputs().name(), inputs, runId, warnings);
        Progress bar = progress.get()) {
      NetworkAnalysis analysis = measure(build(config, bar), config, bar, started);
      String zeroLength =
          analysis.summary().zeroLengthLinks().warning(config.settings().pathLength());
      if (!zeroLength.isEmpty()) {
        warnings.accept(zeroLength);
      }
      // Every writer writes into the staging folder; the set moves into place when all are done.
      RunConfig staged = config.withOutDir(folder.staging());
      Outputs outputs = new Outputs(config.outputs().dir());
      writeOutputs(analysis, staged, outputs, bar);
      List<Path> placed = folder.commit(outputs.written(), manifest(analysis.run(), config));
      return new RunResult(analysis, placed);
    }
  }

  /** A run's id: its start time and a random part, so that two runs never share one. */
  private static String runId(Instant started) {
    return started.toString().replaceAll("[^0-9]", "").substring(0, 14)
        + "-"
        + UUID.randomUUID().toString().substring(0, 8);
  }

  private static List<Path> inputs(RunConfig config) {
    List<Path> inputs = new ArrayList<>();
    inputs.add(config.inputs().cities());
    inputs.add(config.inputs().linkSource());
    return List.copyOf(inputs);
  }

  /** What the manifest says of the run besides its files. */
  private static ObjectNode manifest(RunInfo run, RunConfig config) {
    ObjectMapper json = new ObjectMapper();
    ObjectNode node = json.createObjectNode();
    node.put("name", run.name());
    node.put("tool_version", run.toolVersion());
    node.put("started", run.startedAt().toString());
    node.put("command_line", run.commandLine());
    node.put("seed", run.settings().seed());
    ObjectNode settings = node.putObject("settings");
    for (RecordComponent c : AnalysisSettings.class.getRecordComponents()) {
      Object value;
      try {
        value = c.getAccessor().invoke(run.settings());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("a record's accessor is public", e);
      }
      if (value instanceof OptionalDouble d) {
        value = d.isPresent() ? d.getAsDouble() : null;
      }
      settings.set(c.getName(), json.valueToTree(value));
    }
    node.put("engine", config.engine().name());
    ArrayNode inputs = node.putArray("inputs");
    for (RunInfo.InputFile input : run.inputs()) {
      inputs.addObject().put("file", input.path()).put("sha256", input.sha256());
    }
    return node;
  }

  /**
   * The network built from the inputs, the names of the cities' extra columns, and its snapshots
   * when the input has years.
   */
  private record Network(
      CityGraph graph, List<String> cityExtraColumns, Optional<Snapshots> snapshots) {}

  /**
   * Reads the inputs and builds the network. Why a method of its own: the link rows become garbage
   * when it returns, as the graph does after {@link #measure}, so that at a million cities the
   * writers have the heap the inputs held (about 1.5 GB at five million links).
   */
  private Network build(RunConfig config, Progress bar)
      throws IOException, InputException, NotEnoughMemoryException {
    Progress.Stage stage = bar.begin("reading the cities");
    CityTable cities =
        new CityLayerReader(config.inputs().citiesLayer(), warnings).read(config.inputs().cities());
    requirePopulations(config, cities);
    requireColumnRoom(config, cities);
    stage.done();
    stage = bar.begin("reading the links");
    LinkTable links;
    Optional<Snapshots> snapshots;
    if (config.inputs().memberships().isEmpty()) {
      links = new LinkCsvReader(warnings).read(config.inputs().links());
      snapshots = Snapshots.ofLinks(cities, links);
    } else {
      List<Membership> memberships = memberships(config, cities);
      snapshots = Snapshots.ofMemberships(cities, memberships);
      InterlockingNetwork interlocks = InterlockingNetwork.of(memberships);
      links = interlocks.links();
      cities = interlocks.withConnectivity(cities);
    }
    stage.done();
    requireInvertibleWeights(config, links);
    MemoryEstimate.check(
        cities.cities().size(), links.links().size(), Runtime.getRuntime().maxMemory());
    stage = bar.begin("building the network");
    CityGraph graph =
        CityGraphs.build(
            cities,
            links,
            config.inputs().linkSource().toString(),
            config.inputs().skipInvalid(),
            warnings);
    stage.done();
    if (snapshots.isEmpty() && config.periods() != Periods.EACH_YEAR) {
      warnings.accept(
          config.inputs().linkSource()
              + ": --periods ignored: no row has a year (start, year or end)");
    }
    return new Network(graph, cities.extraColumns(), snapshots);
  }

  private NetworkAnalysis measure(Network network, RunConfig config, Progress bar, Instant started)
      throws IOException, InputException {
    Progress.Stage stage = bar.begin("measuring the network");
    NetworkAnalysis analysis =
        NetworkAnalyzer.analyze(
            network.graph(), network.cityExtraColumns(), runInfo(config, started), config.engine());
    if (network.snapshots().isPresent()) {
      analysis = analysis.withTime(overTime(network.snapshots().get(), config));
    }
    analysis.significance().timings().forEach(t -> bar.record(t.test(), t.seconds()));
    stage.done();
    return analysis;
  }

  /**
   * Every period's snapshot measured and the clusters tracked through them.
   *
   * @throws InputException when the input's years make too many yearly snapshots
   */
  private static TimeAnalysis overTime(Snapshots snapshots, RunConfig config)
      throws InputException {
    try {
      return PeriodAnalyzer.analyze(
          snapshots, config.periods(), config.settings(), ClusterTracking.DEFAULT_THRESHOLD);
    } catch (IllegalArgumentException e) {
      throw new InputException(
          new InputProblem(
              config.inputs().linkSource().toString(),
              0,
              "",
              e.getMessage(),
              "see --periods in --help"));
    }
  }

  /**
   * Writes every output, on {@link #writers} threads when writing in parallel: each thread takes
   * the next task in order, longest first, so the GeoPackage, the map and the workbook start at
   * once and the network files fill the gaps. The writers share nothing but the analysis, which is
   * immutable, the map's layout, drawn once for the PNG and the SVG, and the PNG, which the
   * workbook embeds. Each writer also uses the common pool for its own parallel parts. Once an
   * output has failed no further one is started; those under way finish, and then the first failure
   * in task order is thrown, so no writer outlives the run.
   */
  private void writeOutputs(
      NetworkAnalysis analysis, RunConfig config, Outputs outputs, Progress bar)
      throws OutputException {
    FutureTask<NetworkMap> map =
        new FutureTask<>(() -> MapRenderer.with(config.outputs().map()).draw(analysis));
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
    FutureTask<Path> png =
        new FutureTask<>(
            () -> {
              Progress.Stage stage = bar.begin("drawing the maps");
              Path written = finished(map, "drawing the map").writePng(config.outputs().dir());
              stage.done();
              return written;
            });
    tasks.add(
        () -> outputs.write(List.of(config.output("png")), () -> finished(png, "drawing the map")));
    tasks.add(
        () ->
            outputs.write(
                List.of(config.output("xlsx")),
                () -> {
                  Progress.Stage stage = bar.begin("writing the workbook");
                  // The Overview embeds the PNG: the workbook waits for it after its other sheets.
                  WorkbookWriter.write(
                      analysis, config.output("xlsx"), () -> finished(png, "drawing the map"));
                  stage.done();
                }));
    boolean html = config.outputs().html() && HtmlMapWriter.fits(analysis);
    if (config.outputs().html() && !html) {
      warnings.accept(
          String.format(
              Locale.ENGLISH,
              "%s not written: the network has %,d cities and links, more than the %,d a browser"
                  + " page holds; the GeoPackage and the network files have them all"
                  + " (--no-html leaves the page out without this remark)",
              config.output("html").getFileName(),
              HtmlMapWriter.elements(analysis),
              HtmlMapWriter.ELEMENT_LIMIT));
    }
    if (html) {
      tasks.add(
          () ->
              outputs.write(
                  List.of(config.output("html")),
                  () ->
                      timed(
                          bar,
                          "writing the HTML map",
                          () ->
                              HtmlMapWriter.write(
                                  analysis, config.outputs().map(), config.output("html")))));
    }
    tasks.add(
        () ->
            outputs.write(
                List.of(config.output("svg")),
                () ->
                    timed(
                        bar,
                        "writing the SVG map",
                        () -> finished(map, "drawing the map").writeSvg(config.outputs().dir()))));
    tasks.add(
        () ->
            outputs.write(
                List.of(config.output("graphml")),
                () ->
                    timed(
                        bar,
                        "writing the GraphML",
                        () -> GraphMlWriter.write(analysis, config.output("graphml")))));
    tasks.add(
        () ->
            outputs.write(
                List.of(config.output("gexf")),
                () ->
                    timed(
                        bar,
                        "writing the GEXF",
                        () -> GexfWriter.write(analysis, config.output("gexf")))));
    Path citiesCsv = config.outputs().file("-cities.csv");
    Path linksCsv = config.outputs().file("-links.csv");
    tasks.add(
        () ->
            outputs.write(
                List.of(citiesCsv, linksCsv),
                () ->
                    timed(
                        bar,
                        "writing the CSV tables",
                        () ->
                            NetworkCsvWriter.write(
                                analysis, citiesCsv, linksCsv, config.outputs().csvCells()))));
    if (analysis.time().present()) {
      Path periodsPng = config.outputs().file("-periods.png");
      Path periodsSvg = config.outputs().file("-periods.svg");
      long drawnLinks = PeriodMaps.drawnLinks(analysis);
      boolean svg = drawnLinks <= PeriodMaps.SVG_LINK_LIMIT;
      if (!svg) {
        warnings.accept(
            String.format(
                Locale.ENGLISH,
                "%s not written: its panels would draw %,d partnerships, more than %,d;"
                    + " %s has them all",
                periodsSvg.getFileName(),
                drawnLinks,
                PeriodMaps.SVG_LINK_LIMIT,
                periodsPng.getFileName()));
      }
      tasks.add(
          () ->
              outputs.write(
                  svg ? List.of(periodsPng, periodsSvg) : List.of(periodsPng),
                  () ->
                      timed(
                          bar,
                          "drawing the period maps",
                          () -> {
                            PeriodMaps maps = PeriodMaps.of(analysis, config.outputs().map());
                            maps.writePng(periodsPng);
                            if (svg) {
                              maps.writeSvg(periodsSvg);
                            }
                          })));
    }
    if (config.outputs().geoJson()) {
      Path citiesGeoJson = config.outputs().file("-cities.geojson");
      Path linksGeoJson = config.outputs().file("-links.geojson");
      tasks.add(
          () ->
              outputs.write(
                  List.of(citiesGeoJson, linksGeoJson),
                  () ->
                      timed(
                          bar,
                          "writing the GeoJSON",
                          () -> GeoJsonWriter.write(analysis, citiesGeoJson, linksGeoJson))));
    }
    runAll(tasks, parallelWriters ? writers(analysis) : 1);
    // Last, so that it holds every other output's time.
    Path summary = config.outputs().file("-summary.json");
    outputs.write(
        List.of(summary),
        () -> SummaryWriter.write(new FinishedRun(analysis, bar.stageSeconds()), summary));
  }

  /** Runs {@code writer}, its time kept as stage {@code name} (no step of the progress bar). */
  private static void timed(Progress bar, String name, Outputs.Writer writer) throws IOException {
    Progress.Stage stage = bar.time(name);
    writer.write();
    stage.done();
  }

  /**
   * What {@code task} makes, run by the first writer that needs it and waited for by the others (a
   * task already run or under way is not run again).
   *
   * @param doing what the task does, for the message when the wait is interrupted
   */
  private static <T> T finished(FutureTask<T> task, String doing) throws IOException {
    task.run();
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while " + doing);
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
   * Stops before any work when the cities carry more extra columns than the GeoPackage's cities
   * layer can hold (the workbook's 16,384 columns are more, so this is the binding limit; its cells
   * of more than 32,767 characters are shortened with a mark, not refused).
   */
  private static void requireColumnRoom(RunConfig config, CityTable cities) throws InputException {
    int extra = cities.extraColumns().size();
    int max = GeoPackageWriter.maxCityExtraColumns();
    if (extra > max) {
      throw new InputException(
          new InputProblem(
              config.inputs().cities().toString(),
              1,
              "",
              "the cities have "
                  + extra
                  + " extra columns, but a GeoPackage layer holds at most "
                  + max
                  + " besides citynet's own (SQLite's limit of 2000 columns a table)",
              "drop the extra columns the analysis does not need (keep at most " + max + ")"));
    }
  }

  /**
   * With {@code --path-length inverse-weight} a link's length is 1 / weight, which is infinite for
   * a weight below 1 / {@link Double#MAX_VALUE} (about 5.6e-309): such a link would be no link at
   * all for the shortest paths, so the run stops before any work and says which row it is.
   */
  private static void requireInvertibleWeights(RunConfig config, LinkTable links)
      throws InputException {
    if (config.settings().pathLength() != AnalysisSettings.PathLength.INVERSE_WEIGHT) {
      return;
    }
    for (Link link : links.links()) {
      if (Double.isInfinite(1 / link.weight())) {
        String where =
            config.inputs().memberships().isEmpty()
                ? "the link " + link.source() + " – " + link.target()
                : "the interlock of " + link.source() + " and " + link.target();
        throw new InputException(
            new InputProblem(
                config.inputs().linkSource().toString(),
                config.inputs().memberships().isEmpty() ? link.line() : 0,
                "weight",
                where
                    + " has weight "
                    + link.weight()
                    + ", whose inverse is too large for a number: with --path-length"
                    + " inverse-weight every weight must be at least "
                    + (1 / Double.MAX_VALUE),
                "multiply the weight column by a common factor, or use --path-length hops"));
      }
    }
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
              config.inputs().cities().toString(),
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
   * The memberships of the cities, from which the links are made by the interlocking network model
   * (Taylor 2001: the link between two cities is the sum over groups of the products of their
   * service values).
   */
  private List<Membership> memberships(RunConfig config, CityTable cities)
      throws IOException, InputException {
    Set<String> ids = cities.cities().stream().map(City::id).collect(Collectors.toSet());
    return new MembershipCsvReader(ids, warnings).read(config.inputs().memberships().get());
  }

  private static RunInfo runInfo(RunConfig config, Instant started) throws IOException {
    return new RunInfo(
        config.outputs().name(),
        toolVersion(),
        config.commandLine(),
        List.of(
            new RunInfo.InputFile(
                config.inputs().cities().toString(), Sha256.of(config.inputs().cities())),
            new RunInfo.InputFile(
                config.inputs().linkSource().toString(), Sha256.of(config.inputs().linkSource()))),
        config.settings(),
        started,
        config.inputs().attribution());
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

  /**
   * The outputs of a run: every file a writer makes through {@link #write} is in the staging folder
   * (the writers get the run's configuration with the staging folder as its output directory), and
   * is listed here, so that {@link OutputFolder#commit} moves it into place and into the manifest.
   * Turns write failures into {@link OutputException}.
   */
  private static final class Outputs {
    /** What follows NAME in each output's file name. */
    private static final List<String> OUTPUT_SUFFIXES =
        List.of(
            ".gpkg",
            // before ".png" and ".svg", which they also end with
            "-periods.png",
            "-periods.svg",
            ".png",
            ".svg",
            ".xlsx",
            ".html",
            ".graphml",
            ".gexf",
            "-cities.csv",
            "-links.csv",
            "-cities.geojson",
            "-links.geojson",
            "-summary.json");

    private static final String DISK_FULL =
        "the disk is full (no space left on device); free some space or choose another --out";
    private final Path outDir;
    private final List<OutputFolder.StagedFile> written = new ArrayList<>();

    /** Outputs to be moved into {@code outDir}, which the messages name. */
    Outputs(Path outDir) {
      this.outDir = outDir;
    }

    interface Writer {
      void write() throws IOException;
    }

    /**
     * Runs {@code writer}, which makes the files {@code targets}, and then sizes and hashes them on
     * this thread.
     */
    void write(List<Path> targets, Writer writer) throws OutputException {
      List<OutputFolder.StagedFile> staged = new ArrayList<>(targets.size());
      try {
        writer.write();
        for (Path target : targets) {
          staged.add(OutputFolder.StagedFile.of(target));
        }
      } catch (IOException | UncheckedIOException e) {
        throw new OutputException(
            outDir.resolve(targets.get(0).getFileName().toString())
                + ": "
                + (diskFull(e) ? DISK_FULL : IoFailures.describe(e)),
            e);
      }
      synchronized (written) {
        written.addAll(staged);
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

    /** The files written, in the order of {@link #OUTPUT_SUFFIXES}. */
    List<OutputFolder.StagedFile> written() {
      synchronized (written) {
        return written.stream().sorted(Comparator.comparingInt(Outputs::rank)).toList();
      }
    }

    private static int rank(OutputFolder.StagedFile output) {
      String name = output.file().getFileName().toString();
      for (int i = 0; i < OUTPUT_SUFFIXES.size(); i++) {
        if (name.endsWith(OUTPUT_SUFFIXES.get(i))) {
          return i;
        }
      }
      return OUTPUT_SUFFIXES.size();
    }
  }
}
