package org.citynet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The largest shipped network, 17,155 cities and 24,771 links, goes through every stage and writes
 * every output in a Java heap of 1 GB: the workbook streams its rows instead of holding them.
 */
class WorldNetworkMemoryTest {
  static final Path WORLD = Path.of("datasets/twin-cities-world");

  @TempDir Path dir;

  @Test
  void worldNetworkWritesEveryOutputWithinAOneGigabyteHeap() throws Exception {
    Path log = dir.resolve("run.log");
    Process run =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g",
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "--cities",
                WORLD.resolve("cities.csv").toString(),
                "--links",
                WORLD.resolve("links.csv").toString(),
                "--out",
                dir.toString(),
                "--name",
                "world",
                // The significance samples hold one rewired copy of the links per thread: small
                // beside the outputs, and slow here, so this run of the whole pipeline skips them.
                "--null-networks",
                "0",
                "--resamples",
                "0")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    assertThat(run.waitFor(10, TimeUnit.MINUTES)).as("finished in 10 minutes").isTrue();
    assertThat(run.exitValue()).as(Files.readString(log)).isZero();
    for (String output : List.of("world.gpkg", "world.xlsx", "world.png", "world.svg")) {
      assertThat(dir.resolve(output)).as(output).isNotEmptyFile();
    }
    try (XSSFWorkbook workbook = new XSSFWorkbook(dir.resolve("world.xlsx").toFile())) {
      // Header row plus one row per city: nothing was dropped to save memory.
      assertThat(workbook.getSheet("Cities").getLastRowNum()).isEqualTo(17_155);
    }
  }
}
