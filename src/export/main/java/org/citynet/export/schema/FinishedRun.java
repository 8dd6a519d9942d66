package org.citynet.export.schema;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.citynet.model.NetworkAnalysis;

/**
 * A run whose outputs are written: its analysis and how long each stage took. The row of the run
 * summary ({@link OutputColumns#summary()}).
 *
 * @param analysis everything the analysis found
 * @param stageSeconds each stage's wall-clock time in seconds, in the order the stages finished
 */
public record FinishedRun(NetworkAnalysis analysis, Map<String, Double> stageSeconds) {
  public FinishedRun {
    Objects.requireNonNull(analysis, "analysis");
    stageSeconds = Collections.unmodifiableMap(new LinkedHashMap<>(stageSeconds));
  }
}
