package org.citynet.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {
  @TempDir Path dir;
  final List<String> notes = new ArrayList<>();

  private OutputFolder open(Path out, Path... inputs) throws OutputException {
    return OutputFolder.open(out, "study", List.of(inputs), "run1", notes::add);
  }

  @Nested
  class Preflight {
    @Test
    void refusesAnOutputFolderThatIsAFile() throws Exception {
      Path file = Files.writeString(dir.resolve("out"), "x");
      assertThatThrownBy(() -> open(file))
          .isInstanceOf(OutputException.class)
          .hasMessage(
              file + " exists and is not a folder; give --out a folder (it is created if missing)");
    }

    @Test
    void refusesAnInputInTheOutputFolderUnderAnOutputsName() throws Exception {
      Path out = Files.createDirectories(dir.resolve("out"));
      Path input = Files.writeString(out.resolve("study-links.csv"), "source,target\n");
      assertThatThrownBy(() -> open(out, input))
          .isInstanceOf(OutputException.class)
          .hasMessageContaining("the input " + input + " has the name of an output")
          .hasMessageContaining("choose another --out or --name");
      assertThat(out).isDirectoryNotContaining("glob:**/.citynet*");
    }

    @Test
    void acceptsAnInputInTheOutputFolderUnderAnotherName() throws Exception {
      Path out = Files.createDirectories(dir.resolve("out"));
      Path input = Files.writeString(out.resolve("links.csv"), "source,target\n");
      try (OutputFolder folder = open(out, input)) {
        assertThat(folder.staging()).isDirectory().hasParent(out.toAbsolutePath());
      }
    }

    @Test
    void refusesASecondRunOnTheSameFolderNamingTheFirst() throws Exception {
      Path out = dir.resolve("out");
      try (OutputFolder first = open(out)) {
        assertThatThrownBy(() -> OutputFolder.open(out, "other", List.of(), "run2", notes::add))
            .isInstanceOf(OutputException.class)
            .hasMessageContaining("another citynet run is writing " + out.toAbsolutePath())
            .hasMessageContaining("pid " + ProcessHandle.current().pid())
            .hasMessageContaining("run run1")
            .hasMessageContaining("wait for it to end or choose another --out");
      }
      // Released: the next run goes ahead and finds no stale lock to mention.
      open(out).close();
      assertThat(notes).isEmpty();
    }

    @Test
    void takesOverTheLockOfARunThatIsNoLongerRunningAndSaysSo() throws Exception {
      Path out = Files.createDirectories(dir.resolve("out"));
      Files.writeString(
          out.resolve(OutputFolder.LOCK), "pid 99999999, started 2024-01-01T00:00:00Z, run old\n");
      open(out).close();
      assertThat(notes)
          .containsExactly(
              "took over the lock of an earlier run that is no longer running (pid 99999999,"
                  + " started 2024-01-01T00:00:00Z, run old)");
    }

    @Test
    void removesAStoppedRunsStagingFolderAndPartialFilesAndSaysSo() throws Exception {
      Path out = Files.createDirectories(dir.resolve("out"));
      Path staging = Files.createDirectories(out.resolve(".citynet-staging-old"));
      Files.write(staging.resolve("study.gpkg"), new byte[2_000_000]);
      Path partial =
          Files.writeString(
              out.resolve(".study.gpkg.0123abcd-0123-4567-89ab-0123456789ab.tmp"), "x");
      Path kept = Files.writeString(out.resolve("study.gpkg"), "old set");
      open(out).close();
      assertThat(staging).doesNotExist();
      assertThat(partial).doesNotExist();
      assertThat(kept).hasContent("old set");
      assertThat(notes)
          .containsExactlyInAnyOrder(
              "removed "
                  + partial.toAbsolutePath()
                  + " (0.0 MB), left by an earlier run that was stopped",
              "removed "
                  + staging.toAbsolutePath()
                  + " (2.0 MB), left by an earlier run that was stopped");
    }
  }

  @Nested
  class Commit {
    @Test
    void movesTheStagedFilesIntoPlaceAndListsThemInTheManifestWrittenLast() throws Exception {
      Path out = dir.resolve("out");
      Files.createDirectories(out);
      Files.writeString(out.resolve("study.gpkg"), "old");
      List<Path> placed;
      try (OutputFolder folder = open(out)) {
        Path a = Files.writeString(folder.staging().resolve("study.gpkg"), "new gpkg");
        Path b = Files.writeString(folder.staging().resolve("study-links.csv"), "new csv");
        placed =
            folder.commit(
                List.of(OutputFolder.StagedFile.of(a), OutputFolder.StagedFile.of(b)),
                new ObjectMapper().createObjectNode().put("seed", 7));
      }
      Path abs = out.toAbsolutePath();
      assertThat(placed)
          .containsExactly(
              abs.resolve("study.gpkg"),
              abs.resolve("study-links.csv"),
              abs.resolve("study-manifest.json"));
      assertThat(out.resolve("study.gpkg")).hasContent("new gpkg");
      assertThat(ManifestCheck.listed(out.resolve("study-manifest.json")))
          .containsExactly("study.gpkg", "study-links.csv");
      assertThat(ManifestCheck.mismatches(out.resolve("study-manifest.json"))).isEmpty();
      JsonNode manifest = new ObjectMapper().readTree(out.resolve("study-manifest.json").toFile());
      assertThat(manifest.get("run_id").asText()).isEqualTo("run1");
      assertThat(manifest.get("seed").asInt()).isEqualTo(7);
      assertThat(manifest.get("files").get(0).get("bytes").asLong()).isEqualTo(8);
      try (var files = Files.list(out)) {
        assertThat(files.map(p -> p.getFileName().toString()))
            .containsExactlyInAnyOrder(
                "study.gpkg", "study-links.csv", "study-manifest.json", OutputFolder.LOCK);
      }
    }

    @Test
    void aManifestDetectsAFileChangedAfterTheRun() throws Exception {
      Path out = dir.resolve("out");
      try (OutputFolder folder = open(out)) {
        Path a = Files.writeString(folder.staging().resolve("study.gpkg"), "gpkg");
        folder.commit(
            List.of(OutputFolder.StagedFile.of(a)), new ObjectMapper().createObjectNode());
      }
      Files.writeString(out.resolve("study.gpkg"), "gpkh");
      assertThat(ManifestCheck.mismatches(out.resolve("study-manifest.json")))
          .containsExactly("study.gpkg");
    }
  }
}
