package org.citynet.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.citynet.analysis.MeasureEngine;
import org.citynet.export.image.MapOptions;
import org.citynet.export.network.CsvCells;
import org.citynet.io.CityLayerOptions;
import org.citynet.model.AnalysisSettings;
import org.citynet.model.Periods;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressTest {
  /** Eleven cities: a whole run in a few seconds. */
  private static final Path NETWORK = Path.of("src/test/resources/networks/openflights-slice");

  @TempDir Path dir;

  @Test
  void aRunReportsEachOfItsStagesDone() throws Exception {
    RunConfig config =
        new RunConfig(
            new RunConfig.InputFiles(
                NETWORK.resolve("cities.csv"),
                CityLayerOptions.defaults(),
                NETWORK.resolve("memberships.csv"),
                Optional.of(NETWORK.resolve("memberships.csv")),
                false,
                List.of()),
            AnalysisSettings.defaults(),
            Periods.EACH_YEAR,
            MeasureEngine.local(),
            new RunConfig.OutputFiles(
                dir, "study", MapOptions.defaults(), false, false, CsvCells.SPREADSHEET_SAFE),
            "citynet --cities cities.csv --memberships memberships.csv");
    ByteArrayOutputStream shown = new ByteArrayOutputStream();
    PrintStream terminal = new PrintStream(shown, true, StandardCharsets.UTF_8);
    Clock clock = Clock.fixed(Instant.parse("2024-05-01T12:00:00Z"), ZoneOffset.UTC);

    new Pipeline(w -> {}, () -> Progress.bar(Pipeline.STAGES, terminal), clock, false).run(config);

    // The bar's last frame, drawn on close: every stage counted, the last one named.
    String frames = shown.toString(StandardCharsets.UTF_8);
    assertThat(frames)
        .contains(Pipeline.STAGES + "/" + Pipeline.STAGES)
        .contains("writing the workbook")
        .doesNotContain((Pipeline.STAGES + 1) + "/" + Pipeline.STAGES);
  }

  @Test
  void drawsTheStageNamesOnATerminal() {
    ByteArrayOutputStream shown = new ByteArrayOutputStream();
    try (Progress progress =
        Progress.bar(2, new PrintStream(shown, true, StandardCharsets.UTF_8))) {
      progress.begin("reading the cities").done();
      progress.begin("drawing the maps").done();
    }

    assertThat(shown.toString(StandardCharsets.UTF_8))
        .contains("citynet")
        .contains("2/2")
        .contains("drawing the maps");
  }

  @Test
  void staysSilentWithoutATerminal() {
    assumeTrue(System.console() == null, "tests run without a terminal under Maven");
    PrintStream err = System.err;
    ByteArrayOutputStream shown = new ByteArrayOutputStream();
    System.setErr(new PrintStream(shown, true, StandardCharsets.UTF_8));
    try (Progress progress = Progress.onConsole(2)) {
      progress.begin("reading the cities").done();
      progress.begin("drawing the maps").done();
    } finally {
      System.setErr(err);
    }

    assertThat(shown.toString(StandardCharsets.UTF_8)).isEmpty();
  }
}
