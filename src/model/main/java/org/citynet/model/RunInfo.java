package org.citynet.model;

import java.time.Instant;
import java.util.List;

/**
 * How a run was made, for provenance in every output.
 *
 * @param name study name (output file stem)
 * @param toolVersion citynet version
 * @param commandLine the arguments as given
 * @param inputs input files with their SHA-256
 * @param settings the analysis choices (clustering, paths, betweenness, seed)
 * @param startedAt time the run started
 * @param attribution licence and attribution lines of the data used (may be empty)
 */
public record RunInfo(
    String name,
    String toolVersion,
    String commandLine,
    List<InputFile> inputs,
    AnalysisSettings settings,
    Instant startedAt,
    List<String> attribution) {
  public RunInfo {
    inputs = List.copyOf(inputs);
    attribution = List.copyOf(attribution);
  }

  /**
   * An input file and its checksum.
   *
   * @param path the path as given
   * @param sha256 lower-case hex SHA-256 of the file's bytes
   */
  public record InputFile(String path, String sha256) {}
}
