package org.citynet.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTest {
  @Test
  void drawsTheStageNamesOnATerminal() {
    ByteArrayOutputStream shown = new ByteArrayOutputStream();
    try (Progress progress =
        Progress.bar(2, new PrintStream(shown, true, StandardCharsets.UTF_8))) {
      progress.begin("reading the cities").done();
      progress.begin("drawing the maps").done();
    }

    assertThat(shown.toString(StandardCharsets.UTF_8)).contains("citynet").contains("2/2");
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
