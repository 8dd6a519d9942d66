package org.citynet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.citynet.io.InputException;
import org.citynet.io.InputProblem;
import org.citynet.pipeline.OutputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every exit code and its message, with no Java exception class name in any message. */
class ExitCodesTest {
  @TempDir Path dir;

  @Test
  void mapsEachFailureToItsDocumentedCode() {
    assertThat(ExitCodes.of(new InputException(List.of(problem())))).isEqualTo(3);
    assertThat(ExitCodes.of(new OutputException("x", null))).isEqualTo(4);
    assertThat(ExitCodes.of(new OutOfMemoryError())).isEqualTo(5);
    assertThat(ExitCodes.of(new IllegalStateException("bug"))).isEqualTo(1);
    assertThat(List.of(ExitCodes.OK, ExitCodes.UNEXPECTED, ExitCodes.USAGE, ExitCodes.INPUT))
        .containsExactly(0, 1, 2, 3);
    assertThat(List.of(ExitCodes.OUTPUT, ExitCodes.MEMORY)).containsExactly(4, 5);
  }

  private static InputProblem problem() {
    return new InputProblem("links.csv", 3, "weight", "weight is not a number", "write a number");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 2, 3})
  void describesFileSystemFailuresWithoutTheirClassNames(int kind) {
    IOException e =
        switch (kind) {
          case 0 -> new AccessDeniedException("/data/out");
          case 1 -> new FileAlreadyExistsException("/data/out");
          case 2 -> new NoSuchFileException("/data/cities.csv");
          default ->
              new java.nio.file.FileSystemException("/data/out", null, "Read-only file system");
        };
    String message = ExitCodes.messageOf(e);
    assertThat(message).startsWith("cannot read or write a file: ").contains("/data/");
    assertThat(message).doesNotContain("Exception", "java.");
  }

  @Test
  void anUnexpectedFailureIsPlacedByItsCodeLineNotNamedByItsClass() {
    Throwable bug;
    try {
      Object nothing = null;
      nothing.hashCode();
      throw new AssertionError("unreachable");
    } catch (NullPointerException e) {
      bug = e;
    }
    String message = ExitCodes.messageOf(bug);
    assertThat(message)
        .startsWith("unexpected error (please report it with the command line and this message): ")
        .contains("(at org.citynet.cli.ExitCodesTest.")
        .doesNotContain("NullPointerException");
  }

  @Test
  void memoryFailuresSayHowMuchToAskFor() {
    assertThat(ExitCodes.messageOf(new OutOfMemoryError("Java heap space")))
        .contains("JAVA_OPTS=-Xmx8g")
        .doesNotContain("Error");
  }

  @Test
  void anOutputFolderThatIsAFileExitsFourBeforeReadingAnything() throws Exception {
    Path file = Files.writeString(dir.resolve("out"), "a file");
    StringWriter err = new StringWriter();
    int code =
        CitynetCommand.execute(
            new String[] {
              "--cities", dir.resolve("missing-cities.csv").toString(),
              "--links", dir.resolve("missing-links.csv").toString(),
              "--out", file.toString()
            },
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(err, true));
    assertThat(code).isEqualTo(ExitCodes.OUTPUT);
    assertThat(err.toString())
        .isEqualTo(
            "cannot write output: "
                + file.toAbsolutePath()
                + " exists and is not a folder; give --out a folder (it is created if missing)"
                + System.lineSeparator());
  }

  @Test
  void citiesWithMoreExtraColumnsThanAGeoPackageLayerHoldsExitThreeBeforeAnyWork()
      throws Exception {
    StringBuilder header = new StringBuilder("id,name,country,lat,lon");
    StringBuilder row = new StringBuilder("a,A,PT,38,-9");
    for (int i = 0; i < 2000; i++) {
      header.append(",x").append(i);
      row.append(",").append(i);
    }
    Path cities = Files.writeString(dir.resolve("cities.csv"), header + "\n" + row + "\n");
    Path links = Files.writeString(dir.resolve("links.csv"), "source,target\n");
    StringWriter err = new StringWriter();
    int code =
        CitynetCommand.execute(
            new String[] {
              "--cities", cities.toString(),
              "--links", links.toString(),
              "--out", dir.resolve("out").toString()
            },
            new PrintWriter(new StringWriter(), true),
            new PrintWriter(err, true));
    assertThat(code).isEqualTo(ExitCodes.INPUT);
    assertThat(err.toString())
        .startsWith(cities + ":1: ")
        .contains("the cities have 2000 extra columns, but a GeoPackage layer holds at most ")
        .doesNotContain("CREATE TABLE", "Exception");
    assertThat(dir.resolve("out")).doesNotExist();
  }
}
