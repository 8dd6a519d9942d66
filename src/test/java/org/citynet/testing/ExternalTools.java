package org.citynet.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real third-party programs the tests compare against (GDAL, Debian's Python with
 * NetworkX/igraph/openpyxl, LibreOffice).
 *
 * <p>On CI ({@code CI=true}, where {@code .ci/run} installs them) a missing tool fails the test; on
 * a developer machine without them the test is skipped with the install command.
 */
public final class ExternalTools {
  /** Debian's Python, which has the packages python3-networkx, -igraph, -gdal, -openpyxl. */
  public static final String PYTHON = "/usr/bin/python3";

  private ExternalTools() {}

  /** Skips (or on CI fails) the current test unless {@code program} is installed. */
  public static void require(String program, String debianPackage) {
    boolean present =
        program.startsWith("/")
            ? Files.isExecutable(Path.of(program))
            : List.of(System.getenv().getOrDefault("PATH", "").split(":")).stream()
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    String why = program + " not found: apt-get install -y " + debianPackage;
    if ("true".equals(System.getenv("CI"))) {
      if (!present) {
        throw new AssertionError(why);
      }
    } else {
      assumeTrue(present, why);
    }
  }

  /** Skips (or on CI fails) unless Debian's Python can import {@code module}. */
  public static void requirePythonModule(String module, String debianPackage) {
    require(PYTHON, "python3");
    Result r = run(List.of(PYTHON, "-c", "import " + module), 60);
    String why = "python module " + module + " missing: apt-get install -y " + debianPackage;
    if ("true".equals(System.getenv("CI"))) {
      if (r.exitCode() != 0) {
        throw new AssertionError(why);
      }
    } else {
      assumeTrue(r.exitCode() == 0, why);
    }
  }

  /** Runs a command, waiting at most {@code timeoutSeconds}; stdout and stderr are merged. */
  public static Result run(List<String> command, int timeoutSeconds) {
    try {
      Path log = Files.createTempFile("citynet-tool", ".log");
      try {
        Process p =
            new ProcessBuilder(new ArrayList<>(command))
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
          p.destroyForcibly();
          throw new AssertionError("timed out after " + timeoutSeconds + " s: " + command);
        }
        return new Result(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
      } finally {
        Files.deleteIfExists(log);
      }
    } catch (IOException e) {
      throw new AssertionError("cannot run " + command + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted: " + command, e);
    }
  }

  /**
   * What a program did.
   *
   * @param exitCode its exit code
   * @param output stdout and stderr together
   */
  public record Result(int exitCode, String output) {}
}
