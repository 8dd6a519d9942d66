package org.citynet.bench;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.citynet.graph.CompactGraph;

/**
 * Times python-igraph and NetworkX on the same graph by running the bundled script {@code
 * reference_timings.py} with a Python interpreter that has them (Debian's {@code /usr/bin/python3}
 * with {@code python3-igraph} and {@code python3-networkx}).
 */
final class ReferenceTimings {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Path python;
  private final int networkxMaxNodes;
  private final int networkxSample;
  private final long timeoutSeconds;
  private final boolean graphTool;

  /**
   * @param python the interpreter
   * @param networkxMaxNodes largest graph NetworkX runs on exactly
   * @param networkxSample source sample for NetworkX's betweenness above that size
   * @param timeoutSeconds limit for one graph, after which the script is stopped
   * @param graphTool whether graph-tool's betweenness (OpenMP on all cores) is timed too
   */
  ReferenceTimings(
      Path python,
      int networkxMaxNodes,
      int networkxSample,
      long timeoutSeconds,
      boolean graphTool) {
    this.python = python;
    this.graphTool = graphTool;
    this.networkxMaxNodes = networkxMaxNodes;
    this.networkxSample = networkxSample;
    this.timeoutSeconds = timeoutSeconds;
  }

  /**
   * Runs the reference libraries on {@code g}, writing the edge list and script into {@code dir};
   * lines the script prints that are not timings (a missing module) go to {@code remarks}.
   */
  List<ReferenceTiming> measure(CompactGraph g, Path dir, PrintWriter remarks)
      throws IOException, InterruptedException {
    Path edges = dir.resolve("edges.txt");
    StringBuilder text = new StringBuilder().append(g.vertexCount()).append('\n');
    for (int v = 0; v < g.vertexCount(); v++) {
      for (int slot = g.firstSlot(v); slot < g.endSlot(v); slot++) {
        if (v < g.neighbour(slot)) {
          text.append(v).append(' ').append(g.neighbour(slot)).append('\n');
        }
      }
    }
    Files.writeString(edges, text);
    Path script = dir.resolve("reference_timings.py");
    try (InputStream in = ReferenceTimings.class.getResourceAsStream("reference_timings.py")) {
      Files.write(script, in.readAllBytes());
    }
    Process process =
        new ProcessBuilder(
                python.toString(),
                script.toString(),
                edges.toString(),
                Integer.toString(networkxMaxNodes),
                Integer.toString(networkxSample),
                graphTool ? "graph-tool" : "")
            .redirectErrorStream(true)
            .start();
    Thread watchdog =
        new Thread(
            () -> {
              try {
                if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                  process.destroyForcibly();
                }
              } catch (InterruptedException e) {
                process.destroyForcibly();
              }
            });
    watchdog.setDaemon(true);
    watchdog.start();
    List<ReferenceTiming> timings = new ArrayList<>();
    try (var lines = process.inputReader(StandardCharsets.UTF_8)) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        Optional<ReferenceTiming> timing = timing(line);
        if (timing.isPresent()) {
          timings.add(timing.get());
        } else {
          remarks.println("  python: " + line);
        }
      }
    }
    if (process.waitFor() != 0) {
      remarks.println(
          "  python: exit code "
              + process.exitValue()
              + " (stopped after "
              + timeoutSeconds
              + " s?)");
    }
    return timings;
  }

  /**
   * The timing a line of the script's output holds: a JSON object with {@code tool}, {@code
   * measure}, {@code wall}, {@code cpu} and {@code extrapolated}; empty for any other line (a
   * module reported missing, a Python warning).
   */
  static Optional<ReferenceTiming> timing(String line) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JacksonException e) {
      return Optional.empty();
    }
    if (node == null
        || !node.path("tool").isTextual()
        || !node.path("measure").isTextual()
        || !node.path("wall").isNumber()
        || !node.path("cpu").isNumber()
        || !node.path("extrapolated").isBoolean()) {
      return Optional.empty();
    }
    return Optional.of(
        new ReferenceTiming(
            node.get("tool").asText(),
            node.get("measure").asText(),
            node.get("wall").asDouble(),
            node.get("cpu").asDouble(),
            node.get("extrapolated").asBoolean()));
  }
}
