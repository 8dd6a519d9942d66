package org.citynet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.citynet.pipeline.ManifestCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed with SIGKILL ({@code Process.destroyForcibly}) while it writes its outputs: the
 * earlier set and its manifest must be as they were, and the next run must remove what the killed
 * one left, say so, and leave a complete set.
 */
class KilledRunTest {
  static final Path NETWORK = Path.of("src/test/resources/networks/wikipedia-latin-america");

  @TempDir Path dir;

  private ProcessBuilder citynet(Path out, String seed) {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command =
        List.of(
            java,
            "-cp",
            System.getProperty("java.class.path"),
            "org.citynet.cli.Main",
            "--cities",
            NETWORK.resolve("cities.csv").toString(),
            "--links",
            NETWORK.resolve("links.csv").toString(),
            "--out",
            out.toString(),
            "--name",
            "net",
            "--seed",
            seed);
    return new ProcessBuilder(command).redirectErrorStream(true);
  }

  private String finish(Process p) throws Exception {
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).as("the run ends").isTrue();
    return new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
  }

  private static List<Path> staged(Path out) throws IOException {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> all = Files.walk(out)) {
      all.filter(
              f ->
                  f.getParent() != null
                      && f.getParent().getFileName().toString().startsWith(".citynet-staging-"))
          .forEach(files::add);
    }
    return files;
  }

  @Test
  void aRunKilledWhileWritingLeavesTheEarlierSetWholeAndTheNextRunCleansUp() throws Exception {
    Path out = dir.resolve("out");
    Process first = citynet(out, "7").start();
    String firstOutput = finish(first);
    assertThat(first.exitValue()).as(firstOutput).isEqualTo(ExitCodes.OK);
    Path manifest = out.resolve("net-manifest.json");
    String earlierManifest = Files.readString(manifest);

    Process killed = citynet(out, "42").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
    while (staged(out).isEmpty() && killed.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertThat(killed.isAlive()).as("still writing when killed").isTrue();
    killed.destroyForcibly().waitFor();

    assertThat(Files.readString(manifest)).isEqualTo(earlierManifest);
    assertThat(ManifestCheck.mismatches(manifest)).isEmpty();
    assertThat(staged(out)).isNotEmpty();

    Process next = citynet(out, "42").start();
    String nextOutput = finish(next);
    assertThat(next.exitValue()).as(nextOutput).isEqualTo(ExitCodes.OK);
    assertThat(nextOutput)
        .contains("left by an earlier run that was stopped")
        .contains(
            "took over the lock of an earlier run that is no longer running (pid " + killed.pid());
    assertThat(staged(out)).isEmpty();
    assertThat(ManifestCheck.mismatches(manifest)).isEmpty();
    assertThat(new ObjectMapper().readTree(manifest.toFile()).get("seed").asLong()).isEqualTo(42);
  }
}
