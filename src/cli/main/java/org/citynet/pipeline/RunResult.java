package org.citynet.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.citynet.model.NetworkAnalysis;

/**
 * What a run produced.
 *
 * @param analysis everything measured
 * @param outputs the files written, in the fixed order: GeoPackage, PNG, SVG, workbook, GraphML,
 *     GEXF, cities CSV, links CSV
 */
public record RunResult(NetworkAnalysis analysis, List<Path> outputs) {
  public RunResult {
    outputs = List.copyOf(outputs);
  }
}
