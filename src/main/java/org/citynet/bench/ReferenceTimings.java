package org.citynet.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citynet.graph.CompactGraph;

/**
 * Times python-igraph and NetworkX on the same graph by running the bundled script {@code
 * reference_timings.py} with a Python interpreter that has them (Debian's {@code /usr/bin/python3}
 * with {@code python3-igraph} and {@code python3-networkx}).
 */
final class ReferenceTimings {
  private static final Pattern TIMING =
      Pattern.compile(
          "\"tool\": \"([^\"]+)\", \"measure\": \"(\\w+)\", \"wall\": ([0-9.eE+-]+),"
              + " \"cpu\": ([0-9.eE+-]+), \"extrapolated\": (true|false)");

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
        Matcher m = TIMING.matcher(line);
        if (m.find()) {
          timings.add(
              new ReferenceTiming(
                  m.group(1),
                  m.group(2),
                  Double.parseDouble(m.group(3)),
                  Double.parseDouble(m.group(4)),
                  Boolean.parseBoolean(m.group(5))));
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
}
