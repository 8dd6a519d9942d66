package org.citynet.pipeline;

import java.io.IOException;
import java.io.InputStream;
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
import java.util.function.Consumer;
import org.citynet.analysis.NetworkAnalyzer;
import org.citynet.export.excel.WorkbookWriter;
import org.citynet.export.gpkg.GeoPackageWriter;
import org.citynet.export.image.MapRenderer;
import org.citynet.graph.CityGraph;
import org.citynet.graph.CityGraphs;
import org.citynet.io.CityCsvReader;
import org.citynet.io.InputException;
import org.citynet.io.LinkCsvReader;
import org.citynet.model.CityTable;
import org.citynet.model.LinkTable;
import org.citynet.model.NetworkAnalysis;
import org.citynet.model.RunInfo;

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
   */
  public RunResult run(RunConfig config) throws IOException, InputException, OutputException {
    Instant started = Instant.now();
    CityTable cities = new CityCsvReader(warnings).read(config.cities());
    LinkTable links = new LinkCsvReader(warnings).read(config.links());
    CityGraph graph =
        CityGraphs.build(cities, links, config.links().toString(), config.skipInvalid(), warnings);
    RunInfo run = runInfo(config, started);
    NetworkAnalysis analysis =
        NetworkAnalyzer.analyze(graph, cities.extraColumns(), run, config.resolution());

    Outputs outputs = Outputs.in(config.outDir());
    outputs.write(config.output("gpkg"), path -> GeoPackageWriter.write(analysis, path));
    outputs.write(config.output("png"), path -> MapRenderer.writePng(analysis, path));
    outputs.write(config.output("svg"), path -> MapRenderer.writeSvg(analysis, path));
    outputs.write(
        config.output("xlsx"),
        path -> WorkbookWriter.write(analysis, path, config.output("png")));
    return new RunResult(analysis, outputs.written());
  }

  private static RunInfo runInfo(RunConfig config, Instant started) throws IOException {
    return new RunInfo(
        config.name(),
        toolVersion(),
        config.commandLine(),
        List.of(
            new RunInfo.InputFile(config.cities().toString(), sha256(config.cities())),
            new RunInfo.InputFile(config.links().toString(), sha256(config.links()))),
        config.seed(),
        config.resolution(),
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
        in.transferTo(java.io.OutputStream.nullOutputStream());
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** Collects the written output paths and turns write failures into {@link OutputException}. */
  private static final class Outputs {
    private final Path dir;
    private final List<Path> written = new ArrayList<>();

    private Outputs(Path dir) {
      this.dir = dir;
    }

    static Outputs in(Path dir) throws OutputException {
      try {
        Files.createDirectories(dir);
      } catch (IOException e) {
        throw new OutputException("cannot create output directory " + dir + ": " + e, e);
      }
      if (!Files.isWritable(dir)) {
        throw new OutputException("output directory " + dir + " is not writable", null);
      }
      return new Outputs(dir);
    }

    interface Writer {
      void write(Path target) throws IOException;
    }

    void write(Path target, Writer writer) throws OutputException {
      try {
        writer.write(target);
      } catch (IOException | UncheckedIOException e) {
        throw new OutputException(target + ": " + e.getMessage(), e);
      }
      written.add(target);
    }

    List<Path> written() {
      return List.copyOf(written);
    }
  }
}
