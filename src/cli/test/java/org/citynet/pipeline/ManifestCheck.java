package org.citynet.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Checks a run's manifest against the files beside it, as a reader of the outputs would. */
public final class ManifestCheck {
  private ManifestCheck() {}

  /**
   * The files the manifest lists whose size or SHA-256 differ from the listed ones (or that are
   * missing); empty when the set is complete.
   */
  public static List<String> mismatches(Path manifest) throws IOException {
    JsonNode root = new ObjectMapper().readTree(manifest.toFile());
    List<String> wrong = new ArrayList<>();
    for (JsonNode entry : root.get("files")) {
      String name = entry.get("file").asText();
      Path file = manifest.resolveSibling(name);
      if (!Files.isRegularFile(file)
          || Files.size(file) != entry.get("bytes").asLong()
          || !Sha256.inJava(file).equals(entry.get("sha256").asText())) {
        wrong.add(name);
      }
    }
    return wrong;
  }

  /** The names of the files the manifest lists. */
  public static List<String> listed(Path manifest) throws IOException {
    List<String> names = new ArrayList<>();
    for (JsonNode entry : new ObjectMapper().readTree(manifest.toFile()).get("files")) {
      names.add(entry.get("file").asText());
    }
    return names;
  }
}
