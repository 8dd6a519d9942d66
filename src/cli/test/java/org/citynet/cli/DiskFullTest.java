package org.citynet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.citynet.testing.ExternalTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run whose output directory is on a full file system: a 64 KiB tmpfs, mounted without root in a
 * user and mount namespace of its own ({@code unshare --user --map-root-user --mount}), where the
 * real command runs as a child process. Writes there fail with the kernel's ENOSPC, so this tests
 * the path a full disk takes through SQLite, the writers, {@code AtomicFiles} and the exit code —
 * not a simulation of it.
 */
@EnabledOnOs(OS.LINUX)
class DiskFullTest {
  static final Path NETWORK = Path.of("src/test/resources/networks/wikipedia-latin-america");

  @TempDir Path dir;

  /** Runs citynet on a tmpfs of {@code size} as the output folder; its output, exit and files. */
  private String runOnTmpfs(String size) {
    ExternalTools.require("unshare", "util-linux");
    ExternalTools.Result probe =
        ExternalTools.run(
            List.of(
                "unshare",
                "--user",
                "--map-root-user",
                "--mount",
                "sh",
                "-c",
                "mount -t tmpfs -o size=64k tmpfs \"$1\"",
                "sh",
                dir.toString()),
            30);
    assumeTrue(
        probe.exitCode() == 0,
        "user namespaces are disabled here, so no tmpfs can be mounted without root: "
            + probe.output());
    String java = ProcessHandle.current().info().command().orElse("java");
    String script =
        "mount -t tmpfs -o size=\"$6\" tmpfs \"$1\" || exit 99\n"
            + "\"$2\" -cp \"$3\" org.citynet.cli.Main --cities \"$4\" --links \"$5\" --out \"$1\""
            + " --name full\n"
            + "echo \"exit=$?\"\n"
            + "echo \"left: $(ls -A \"$1\" | tr '\\n' ' ')\"\n";
    ExternalTools.Result r =
        ExternalTools.run(
            List.of(
                "unshare",
                "--user",
                "--map-root-user",
                "--mount",
                "sh",
                "-c",
                script,
                "sh",
                dir.toString(),
                java,
                System.getProperty("java.class.path"),
                NETWORK.resolve("cities.csv").toAbsolutePath().toString(),
                NETWORK.resolve("links.csv").toAbsolutePath().toString(),
                size),
            300);
    return r.output();
  }

  @Test
  void tooLittleFreeSpaceIsRefusedBeforeAnyWork() {
    String output = runOnTmpfs("64k");
    assertThat(output)
        .as(output)
        .contains("exit=" + ExitCodes.OUTPUT)
        .contains(
            "cannot write output: "
                + dir
                + " has 0.1 MB free, but the outputs of these inputs are estimated at 6.0 MB; free some space or choose another --out")
        .doesNotContain("\tat ", "Exception", "warning")
        .contains("left: .citynet.lock \n");
  }

  /**
   * Room for the estimate (5.9 MB) but not for the outputs (6.6 MB): the disk fills while the
   * writers fill the staging folder.
   */
  @Test
  void aDiskThatFillsWhileWritingExitsWithTheOutputCodeAndLeavesNoPartialFile() {
    String output = runOnTmpfs("6100k");
    assertThat(output)
        .as(output)
        .contains("exit=" + ExitCodes.OUTPUT)
        .contains("cannot write output: " + dir + "/full.")
        .contains(
            ": the disk is full (no space left on device); free some space or choose another --out")
        .doesNotContain("\tat ", "Exception")
        .contains("left: .citynet.lock \n");
  }
}
