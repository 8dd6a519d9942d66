package org.citynet.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.citynet.analysis.NetworkAnalyzer;
import org.citynet.export.AtomicFiles;
import org.citynet.export.excel.WorkbookWriter;
import org.citynet.export.gpkg.GeoPackageWriter;
import org.citynet.export.image.MapRenderer;
import org.citynet.graph.CityGraph;
import org.citynet.graph.CityGraphs;
import org.citynet.io.CityCsvReader;
import org.citynet.io.InputException;
import org.citynet.io.InterlockingNetwork;
import org.citynet.io.LinkCsvReader;
import org.citynet.io.Membership;
import org.citynet.io.MembershipCsvReader;
import org.citynet.model.City;
import org.citynet.model.CityTable;
import org.citynet.model.LinkTable;
import org.citynet.model.NetworkAnalysis;
import org.citynet.model.RunInfo;
import org.citynet.pipeline.MemoryEstimate.NotEnoughMemoryException;

/** One analysis run, from the input files to the written outputs. */
public final class Pipeline {
  private final Consumer<String> warnings;

  /** A pipeline that reports non-fatal remarks (dropped rows, odd values) to {@code warnings}. */
  public Pipeline(Consumer<String> warnings) {
    this.warnings = warnings;
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
    Instant started = Instant.now();
    CityTable cities = new CityCsvReader(warnings).read(config.cities());
    LinkTable links = readLinks(config, cities);
    MemoryEstimate.check(
        cities.cities().size(), links.links().size(), Runtime.getRuntime().maxMemory());
    CityGraph graph =
        CityGraphs.build(
            cities, links, config.linkSource().toString(), config.skipInvalid(), warnings);
    NetworkAnalysis analysis =
        NetworkAnalyzer.analyze(
            graph, cities.extraColumns(), runInfo(config, started), config.engine());

    Outputs outputs = Outputs.in(config);
    outputs.write(
        List.of(config.output("gpkg")),
        () -> GeoPackageWriter.write(analysis, config.output("gpkg")));
    outputs.write(
        List.of(config.output("png"), config.output("svg")),
        () -> MapRenderer.with(config.map()).write(analysis, config.outDir()));
    outputs.write(
        List.of(config.output("xlsx")),
        () -> WorkbookWriter.write(analysis, config.output("xlsx"), config.output("png")));
    return new RunResult(analysis, outputs.written());
  }

  /**
   * The links file, or the interlocking network of the memberships (Taylor 2001: the link between
   * two cities is the sum over groups of the products of their service values).
   */
  private LinkTable readLinks(RunConfig config, CityTable cities)
      throws IOException, InputException {
    if (config.memberships().isEmpty()) {
      return new LinkCsvReader(warnings).read(config.links());
    }
    Set<String> ids = cities.cities().stream().map(City::id).collect(Collectors.toSet());
    List<Membership> memberships =
        new MembershipCsvReader(ids, warnings).read(config.memberships().get());
    return InterlockingNetwork.of(memberships).links();
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
    private static final List<String> OUTPUT_EXTENSIONS = List.of("gpkg", "xlsx", "png", "svg");
    private final List<Path> inputs;
    private final List<Path> written = new ArrayList<>();

    private Outputs(List<Path> inputs) {
      this.inputs = inputs;
    }

    static Outputs in(RunConfig config) throws OutputException {
      try {
        Files.createDirectories(config.outDir());
      } catch (IOException e) {
        throw new OutputException("cannot create output directory " + config.outDir() + ": " + e, e);
      }
      if (!Files.isWritable(config.outDir())) {
        throw new OutputException("output directory " + config.outDir() + " is not writable", null);
      }
      removeLeftovers(config);
      return new Outputs(List.of(config.cities(), config.linkSource()));
    }

    /**
     * Deletes the partial files a killed earlier run of the same name left beside its outputs
     * (a process killed with SIGKILL cannot clean up after itself).
     */
    private static void removeLeftovers(RunConfig config) throws OutputException {
      try (Stream<Path> files = Files.list(config.outDir())) {
        for (Path file : (Iterable<Path>) files::iterator) {
          String fileName = file.getFileName().toString();
          if (OUTPUT_EXTENSIONS.stream()
              .anyMatch(ext -> AtomicFiles.isPartialOf(fileName, config.name() + "." + ext))) {
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
        throw new OutputException(targets.get(0) + ": " + e.getMessage(), e);
      }
      written.addAll(targets);
    }

    private static boolean sameFile(Path a, Path b) {
      try {
        return Files.exists(a) && Files.isSameFile(a, b);
      } catch (IOException e) {
        return false;
      }
    }

    List<Path> written() {
      return List.copyOf(written);
    }
  }
}
