package org.citynet.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.citynet.analysis.MeasureEngine;
import org.citynet.export.network.CsvCells;
import org.citynet.io.CityLayerOptions;
import org.citynet.io.CityLayerReader;
import org.citynet.model.AnalysisSettings;
import org.citynet.model.CityMetrics;
import org.citynet.model.NetworkSummary;
import org.citynet.model.Periods;
import org.citynet.pipeline.Pipeline;
import org.citynet.pipeline.RunConfig;
import org.citynet.pipeline.RunResult;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code citynet}: analyses a network of cities and writes GeoPackage, workbook and map images.
 *
 * <p>Takes its output and error writers in the constructor so tests can assert messages and exit
 * codes without a process.
 */
@Command(
    name = "citynet",
    mixinStandardHelpOptions = true,
    subcommands = {ExtractCommand.class},
    versionProvider = CitynetCommand.Version.class,
    sortOptions = false,
    description = {
      "Analyses a network of cities and their partnerships: hubs, brokers, clusters and regions.",
      "Writes OUT/NAME.gpkg (GIS layers), OUT/NAME.xlsx (report), map images and OUT/NAME.html",
      "(an interactive map that works offline).",
      "With no options it analyses the default dataset (Mayoral Forum twinning network) into maps/.",
      "./citynet bench times every stage (a separate jar: ./citynet bench --help)."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:all outputs written",
      "1:unexpected error",
      "2:wrong command line",
      "3:problem in the input data (messages say file:line)",
      "4:an output could not be written",
      "5:the network needs more memory than the Java heap allows"
    })
public final class CitynetCommand implements Callable<Integer> {
  static final String DEFAULT_DATASET = "datasets/mayoral-forum-twinning";

  @Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--dataset",
      paramLabel = "NAME",
      description =
          "Analyse a dataset shipped in datasets/ (listed at the end of this help) instead of"
              + " --cities and --links or --memberships.")
  String dataset;

  @Option(
      names = "--cities",
      paramLabel = "FILE",
      description =
          "Cities: a CSV file (id,name,country,lat,lon[,population,...]), a GeoJSON file of"
              + " points (.geojson, .json) or a GeoPackage point layer (.gpkg) with properties"
              + " id,name,country[,population,...]. Default: ${DEFAULT-VALUE}")
  Path cities = home().resolve(DEFAULT_DATASET).resolve("cities.csv");

  @CommandLine.Mixin CityInputMixin citiesInput = new CityInputMixin();

  @Option(
      names = "--links",
      paramLabel = "FILE",
      description = "Links CSV: source,target[,weight,type,year,...]. Default: ${DEFAULT-VALUE}")
  Path links = home().resolve(DEFAULT_DATASET).resolve("links.csv");

  @Option(
      names = "--memberships",
      paramLabel = "FILE",
      description =
          "Memberships CSV: city,group[,weight] (a city's membership of an organisation, event or"
              + " programme). Links are then derived as an interlocking network (Taylor 2001)"
              + " instead of read from --links.")
  Path memberships;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Output directory (created if missing). Default: ${DEFAULT-VALUE}")
  Path outDir = home().resolve("maps");

  @Option(
      names = "--name",
      paramLabel = "NAME",
      description = "Output file stem. Default: the name of the cities file's folder.")
  String name;

  @CommandLine.Mixin AnalysisOptionsMixin analysis = new AnalysisOptionsMixin();

  @Option(
      names = "--periods",
      paramLabel = "PERIODS",
      converter = PeriodsConverter.class,
      description =
          "When the links (year or start, end) or memberships (start, end) have years: the"
              + " snapshots to analyse besides the whole network, 'year' (one per year, the"
              + " default) or a list such as 2000-2006,2007-2013,2014-2020.")
  Periods periods = Periods.EACH_YEAR;

  @Option(
      names = "--skip-invalid",
      description = "Drop links to unknown cities (and say how many) instead of stopping.")
  boolean skipInvalid;

  @Option(
      names = "--geojson",
      description =
          "Also write NAME-cities.geojson and NAME-links.geojson (RFC 7946) for web maps such as"
              + " kepler.gl.")
  boolean geoJson;

  @Option(
      names = "--no-html",
      negatable = false,
      description =
          "Do not write NAME.html, the interactive map that opens offline in any browser.")
  boolean noHtml;

  @Option(
      names = "--csv-raw",
      description =
          "Write the CSV outputs' text exactly as the data holds it. By default a text cell that"
              + " begins with = + - @, tab or carriage return (which a spreadsheet would run as a"
              + " formula) is prefixed with ' (the OWASP rule); plain numbers are never changed.")
  boolean csvRaw;

  @Option(
      names = "--attribution",
      paramLabel = "TEXT",
      description =
          "Data attribution printed on every output (repeatable). Default: the lines of"
              + " ATTRIBUTION.txt beside the cities file, if any.")
  List<String> attribution = new ArrayList<>();

  @Option(
      names = "--engine",
      paramLabel = "ENGINE",
      description =
          "Where degree, PageRank, components and the shortest-path measures run: local (this"
              + " machine's cores) or spark (Apache Spark: embedded on local[*], or the cluster"
              + " spark-submit names; needs the build with -Pspark, see docs/spark.md)."
              + " Default: ${DEFAULT-VALUE}")
  String engine = "local";

  @CommandLine.Mixin MapOptionsMixin map = new MapOptionsMixin();

  private final PrintWriter out;
  private final PrintWriter err;
  private final List<String> args;

  CitynetCommand(PrintWriter out, PrintWriter err, List<String> args) {
    this.out = out;
    this.err = err;
    this.args = List.copyOf(args);
  }

  /** Runs the command line; returns the exit code. */
  public static int execute(String[] args, PrintWriter out, PrintWriter err) {
    int code;
    try {
      code = commandLine(out, err, List.of(args)).execute(args);
    } catch (OutOfMemoryError e) {
      // picocli hands only exceptions to the handler below; an error would end in a stack trace.
      err.println(ExitCodes.messageOf(e));
      code = ExitCodes.of(e);
    }
    out.flush();
    err.flush();
    return code;
  }

  /**
   * The {@code citynet} command line: help footer, writers, the exit-code mapping, enum choices
   * that ignore case and two-line usage errors. {@code args} are echoed in the outputs' provenance.
   */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, List<String> args) {
    CommandLine cli = new CommandLine(new CitynetCommand(out, err, args));
    // Choices are spelled in lower case in the help and docs; upper case works too.
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.getCommandSpec().usageMessage().footer(ShippedDataset.helpFooter(home()));
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(ExitCodes::of);
    cli.setParameterExceptionHandler(new UsageErrorPrinter());
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println(ExitCodes.messageOf(e));
          return ExitCodes.of(e);
        });
    return cli;
  }

  @Override
  public Integer call() throws Exception {
    long start = System.nanoTime();
    if (dataset != null) {
      useDataset();
    }
    AnalysisSettings settings = analysisSettings();
    String stem = name != null ? name : defaultName(cities);
    if (stem.isBlank() || stem.contains("/") || stem.contains("\\")) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--name must be a plain file name, got '" + stem + "'");
    }
    RunConfig config =
        new RunConfig(
            new RunConfig.InputFiles(
                cities,
                cityLayerOptions(),
                links,
                Optional.ofNullable(memberships),
                skipInvalid,
                attribution.isEmpty() ? attributionBeside(cities) : attribution),
            settings,
            periods,
            measureEngine(),
            new RunConfig.OutputFiles(
                outDir,
                stem,
                mapOptions(),
                geoJson,
                !noHtml,
                csvRaw ? CsvCells.RAW : CsvCells.SPREADSHEET_SAFE),
            String.join(" ", commandLineWords()));
    RunResult result = new Pipeline(line -> err.println("warning: " + line)).run(config);
    printSummary(result, (System.nanoTime() - start) / 1e9);
    return ExitCodes.OK;
  }

  /** Points the input files at the shipped dataset {@code --dataset} names. */
  private void useDataset() {
    CommandLine.ParseResult given = spec.commandLine().getParseResult();
    for (String option : List.of("--cities", "--links", "--memberships")) {
      if (given.hasMatchedOption(option)) {
        throw new CommandLine.ParameterException(
            spec.commandLine(),
            "--dataset names the input files itself; leave out " + option + " or --dataset");
      }
    }
    Optional<ShippedDataset> found =
        ShippedDataset.in(home()).stream().filter(d -> d.name().equals(dataset)).findFirst();
    if (found.isEmpty()) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "unknown dataset '"
              + dataset
              + "'; the shipped datasets are: "
              + String.join(
                  ", ", ShippedDataset.in(home()).stream().map(ShippedDataset::name).toList()));
    }
    cities = found.get().cities();
    if (found.get().memberships().isPresent()) {
      memberships = found.get().memberships().get();
    } else {
      links = found.get().links().orElseThrow();
    }
  }

  private CityLayerOptions cityLayerOptions() throws IOException {
    CityLayerOptions options;
    try {
      options = citiesInput.options();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
    if (!options.equals(CityLayerOptions.defaults())
        && CityLayerReader.formatOf(cities) == CityLayerReader.Format.CSV) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--cities-layer and the --*-column options apply to GeoJSON and GeoPackage cities;"
              + " a cities CSV needs the columns id,name,country,lat,lon");
    }
    return options;
  }

  private AnalysisSettings analysisSettings() {
    try {
      return analysis.settings();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  private org.citynet.export.image.MapOptions mapOptions() {
    try {
      return map.options();
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  private MeasureEngine measureEngine() {
    try {
      return MeasureEngine.named(engine);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  private List<String> commandLineWords() {
    List<String> words = new ArrayList<>();
    words.add("citynet");
    words.addAll(args);
    return words;
  }

  private void printSummary(RunResult result, double seconds) {
    NetworkSummary s = result.analysis().summary();
    out.printf(
        Locale.ROOT,
        "%d cities, %d links (%d rows), %d components (largest %.1f%% of cities)%n",
        s.cities(),
        s.links(),
        s.linkRows(),
        s.components(),
        100 * s.largestComponentShare());
    s.backbone().ifPresent(b -> out.println(b.describe()));
    out.printf(
        Locale.ROOT,
        "%d clusters, modularity %.4f (seed %d)%n",
        s.clusters(),
        s.modularity(),
        result.analysis().run().settings().seed());
    if (s.hasSpatialClusters()) {
      out.printf(
          Locale.ROOT,
          "%d clusters net of distance (gravity null model), NMI %.2f with the clusters above%n",
          s.spatialClusters(),
          s.partitionNmi());
    }
    out.println("Top cities by betweenness:");
    result.analysis().cities().stream()
        .sorted(Comparator.comparingDouble(CityMetrics::betweenness).reversed())
        .limit(5)
        .forEach(
            m ->
                out.printf(
                    Locale.ROOT,
                    "  %-28s %s  betweenness %.4f  degree %d%n",
                    m.city().name(),
                    m.city().country(),
                    m.betweenness(),
                    m.degree()));
    out.println("Wrote:");
    result.outputs().forEach(p -> out.println("  " + p));
    out.printf(Locale.ROOT, "Done in %.1f s%n", seconds);
  }

  private static String defaultName(Path citiesFile) {
    Path parent = citiesFile.toAbsolutePath().normalize().getParent();
    String folder = parent == null ? null : parent.getFileName().toString();
    if (folder == null || folder.isEmpty() || folder.equals(".")) {
      String file = citiesFile.getFileName().toString();
      return file.endsWith(".csv") ? file.substring(0, file.length() - 4) : file;
    }
    return folder;
  }

  private static List<String> attributionBeside(Path citiesFile) throws IOException {
    Path parent = citiesFile.toAbsolutePath().getParent();
    Path file = parent == null ? null : parent.resolve("ATTRIBUTION.txt");
    if (file == null || !Files.isRegularFile(file)) {
      return List.of();
    }
    return Files.readAllLines(file).stream().map(String::strip).filter(l -> !l.isEmpty()).toList();
  }

  /** The folder defaults are relative to: the install directory the launcher names, or here. */
  static Path home() {
    String home = System.getProperty("citynet.home");
    return home == null ? Path.of("") : Path.of(home);
  }

  /** The tool's version from the build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"citynet " + Pipeline.toolVersion()};
    }
  }
}
