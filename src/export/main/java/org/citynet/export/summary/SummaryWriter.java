package org.citynet.export.summary;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.citynet.export.AtomicFiles;
import org.citynet.export.schema.FinishedRun;
import org.citynet.export.schema.OutputColumn;
import org.citynet.export.schema.OutputColumns;

/**
 * Writes the run summary as one JSON object (RFC 8259, UTF-8, indented): the {@link
 * OutputColumns#summary()} keys in order, each with its value — numbers as JSON numbers (doubles in
 * Java's round-trip form), text as strings, settings, checksums and stage timings as objects, and a
 * missing value (NaN, a figure not computed) as {@code null}. Written by Jackson, atomically; O(n)
 * for the few figures counted over the cities.
 */
public final class SummaryWriter {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SummaryWriter() {}

  /** The summary of {@code run}, key → value, in the order of {@link OutputColumns#summary()}. */
  public static Map<String, Object> summary(FinishedRun run) {
    Map<String, Object> summary = new LinkedHashMap<>();
    for (OutputColumn<FinishedRun> entry : OutputColumns.summary()) {
      summary.put(entry.name(), entry.valueOf(run));
    }
    return summary;
  }

  /** Writes the summary of {@code run} to {@code file}, replacing any file there. */
  public static void write(FinishedRun run, Path file) throws IOException {
    Map<String, Object> summary = summary(run);
    AtomicFiles.write(file, partial -> JSON.writeValue(partial.toFile(), summary));
  }
}
