package org.citynet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * The jar {@code ./citynet} runs, as {@code mvn verify} shades it: the program and its libraries,
 * but not the bench harness, JMH or Spark, which live in their own modules and jars. Runs in the
 * cli module's {@code runnable-jar} execution, after {@code package}.
 */
class RunnableJarTest {
  private static List<String> entries() throws IOException {
    Path jar = Path.of(System.getProperty("citynet.jar", "target/citynet.jar"));
    assertThat(jar).as("the shaded jar (mvn package writes it)").isRegularFile();
    try (JarFile file = new JarFile(jar.toFile())) {
      return file.stream().map(ZipEntry::getName).toList();
    }
  }

  @Test
  void holdsTheProgramAndItsStages() throws IOException {
    assertThat(entries())
        .contains(
            "org/citynet/cli/Main.class",
            "org/citynet/pipeline/Pipeline.class",
            "org/citynet/analysis/NetworkAnalyzer.class",
            "org/citynet/export/schema/OutputColumns.class",
            "org/citynet/io/CityCsvReader.class",
            "org/citynet/graph/CityGraphs.class",
            "org/citynet/model/City.class",
            "org/citynet/version.properties");
  }

  @Test
  void leavesOutTheBenchHarnessJmhAndSpark() throws IOException {
    assertThat(entries())
        .noneMatch(name -> name.startsWith("org/citynet/bench/"))
        .noneMatch(name -> name.startsWith("org/citynet/spark/"))
        .noneMatch(name -> name.startsWith("org/openjdk/jmh/"))
        .noneMatch(name -> name.startsWith("org/apache/spark/"))
        .noneMatch(name -> name.equals("META-INF/BenchmarkList"));
  }

  @Test
  void namesItsMainClass() throws IOException {
    Path jar = Path.of(System.getProperty("citynet.jar", "target/citynet.jar"));
    try (JarFile file = new JarFile(jar.toFile())) {
      assertThat(file.getManifest().getMainAttributes().getValue("Main-Class"))
          .isEqualTo("org.citynet.cli.Main");
    }
    assertThat(Files.size(jar)).isPositive();
  }
}
