package org.citynet.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.citynet.analysis.MeasureEngine;
import org.citynet.export.image.MapOptions;
import org.citynet.export.network.CsvCells;
import org.citynet.io.CityLayerOptions;
import org.citynet.model.AnalysisSettings;
import org.citynet.model.Periods;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PipelineTest {
  private static final Path NETWORK = Path.of("src/test/resources/networks/wikidata-pt-ie");
  private static final Clock FIXED =
      Clock.fixed(Instant.parse("2024-05-01T12:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  private RunResult run(Path out, boolean parallelWriters) throws Exception {
    RunConfig config =
        new RunConfig(
            new RunConfig.InputFiles(
                NETWORK.resolve("cities.csv"),
                CityLayerOptions.defaults(),
                NETWORK.resolve("links.csv"),
                Optional.empty(),
                false,
                List.of()),
            AnalysisSettings.defaults(),
            Periods.EACH_YEAR,
            MeasureEngine.local(),
            new RunConfig.OutputFiles(
                out, "study", MapOptions.defaults(), false, true, CsvCells.SPREADSHEET_SAFE),
            "citynet --cities cities.csv --links links.csv");
    return new Pipeline(w -> {}, Progress::quiet, FIXED, parallelWriters).run(config);
  }

  @Test
  void writesTheSameFilesInParallelAsOneAfterAnother() throws Exception {
    RunResult oneByOne = run(dir.resolve("sequential"), false);
    RunResult parallel = run(dir.resolve("parallel"), true);

    // The eleventh is the manifest, whose run id differs from run to run.
    assertThat(parallel.outputs()).hasSize(11);
    for (int i = 0; i < 10; i++) {
      Path a = oneByOne.outputs().get(i);
      Path b = parallel.outputs().get(i);
      assertThat(b.getFileName()).isEqualTo(a.getFileName());
      if (a.toString().endsWith(".xlsx")) {
        // The zip entries carry the time of writing; their contents must agree.
        assertThat(zipEntries(b)).as("%s", b).isEqualTo(zipEntries(a));
      } else if (a.toString().endsWith(".json")) {
        // The stage timings are the one thing a rerun changes.
        assertThat(withoutTimings(b)).as("%s", b).isEqualTo(withoutTimings(a));
      } else {
        assertThat(Files.readAllBytes(b)).as("%s", b).isEqualTo(Files.readAllBytes(a));
      }
    }
  }

  @Test
  void theWorkbookEmbedsTheMapTheRunDrew() throws Exception {
    // The workbook is written while the map is drawn and waits for the PNG only at its Overview.
    Path out = dir.resolve("out");
    run(out, true);

    assertThat(zipEntries(out.resolve("study.xlsx")))
        .containsEntry(
            "xl/media/image1.png",
            HexFormat.of().formatHex(Files.readAllBytes(out.resolve("study.png"))));
  }

  @Test
  void listsTheOutputsGeoPackageFirstThenImagesThenWorkbookAndHtmlThenNetworkFiles()
      throws Exception {
    RunResult result = run(dir.resolve("out"), true);

    assertThat(result.outputs())
        .extracting(p -> p.getFileName().toString())
        .containsExactly(
            "study.gpkg",
            "study.png",
            "study.svg",
            "study.xlsx",
            "study.html",
            "study.graphml",
            "study.gexf",
            "study-cities.csv",
            "study-links.csv",
            "study-summary.json",
            "study-manifest.json");
  }

  @Test
  void aRunThatFailsLeavesTheEarlierSetAndItsManifestAsTheyWere() throws Exception {
    Path out = dir.resolve("out");
    run(out, false);
    Map<String, String> before = contents(out);
    // A folder where the map's SVG goes: that output cannot be put in place.
    Files.delete(out.resolve("study.svg"));
    Files.createDirectories(out.resolve("study.svg").resolve("occupied"));
    before.remove("study.svg");

    assertThatThrownBy(() -> run(out, true))
        .isInstanceOf(OutputException.class)
        .hasMessageContaining("study.svg");

    Map<String, String> after = contents(out);
    after.remove("study.svg");
    assertThat(after).isEqualTo(before);
    assertThat(ManifestCheck.mismatches(out.resolve("study-manifest.json")))
        .containsExactly("study.svg");
  }

  /** Each regular file's name and SHA-256, staging folders and the lock file included. */
  private static Map<String, String> contents(Path folder) throws IOException {
    Map<String, String> files = new TreeMap<>();
    try (Stream<Path> all = Files.list(folder)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        files.put(p.getFileName().toString(), Files.isRegularFile(p) ? Sha256.inJava(p) : "folder");
      }
    }
    return files;
  }

  private static JsonNode withoutTimings(Path summary) throws IOException {
    ObjectNode json = (ObjectNode) new ObjectMapper().readTree(summary.toFile());
    assertThat(json.get("stage_timings").get("measuring_the_network").isNumber()).isTrue();
    assertThat(json.get("stage_timings").get("assortativity_jackknife").isNumber()).isTrue();
    json.remove("stage_timings");
    return json;
  }

  private static Map<String, String> zipEntries(Path file) throws IOException {
    Map<String, String> entries = new TreeMap<>();
    try (ZipFile zip = new ZipFile(file.toFile())) {
      for (ZipEntry e : Collections.list(zip.entries())) {
        try (InputStream in = zip.getInputStream(e)) {
          entries.put(e.getName(), HexFormat.of().formatHex(in.readAllBytes()));
        }
      }
    }
    return entries;
  }
}
