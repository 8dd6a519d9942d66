package org.citynet.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.citynet.analysis.centrality.ApproximateBetweenness;
import org.citynet.graph.CityGraph;
import org.citynet.graph.CityGraphs;
import org.citynet.io.CityCsvReader;
import org.citynet.io.LinkCsvReader;
import org.citynet.model.AnalysisSettings;
import org.citynet.model.AnalysisSettings.Betweenness;
import org.citynet.model.BetweennessMethod;
import org.citynet.model.CityMetrics;
import org.citynet.model.NetworkAnalysis;
import org.citynet.model.RunInfo;
import org.junit.jupiter.api.Test;

/**
 * {@code --betweenness} end to end through the analyzer, on a real network nobody here wrote
 * ({@code src/test/resources/networks/wikidata-pt-ie}: 674 cities, Wikidata twinnings).
 */
class NetworkAnalyzerTest {
  private static final CityGraph NETWORK = load("wikidata-pt-ie");

  @Test
  void sampledBetweennessStaysWithinEpsilonOfTheExactValueForEveryCity() {
    double epsilon = 0.02;
    NetworkAnalysis exact = analyze(Betweenness.EXACT, epsilon);
    NetworkAnalysis approx = analyze(Betweenness.APPROX, epsilon);

    double worst = 0;
    for (int v = 0; v < exact.cities().size(); v++) {
      CityMetrics e = exact.cities().get(v);
      CityMetrics a = approx.cities().get(v);
      worst = Math.max(worst, Math.abs(a.betweenness() - e.betweenness()));
      // A network this small affords exact distances, so only betweenness is sampled.
      assertThat(a.closeness()).isEqualTo(e.closeness());
      assertThat(a.harmonic()).isEqualTo(e.harmonic());
    }
    assertThat(worst).isLessThanOrEqualTo(epsilon).isPositive();
  }

  @Test
  void recordsWhatWasComputedInTheSummary() {
    long samples =
        ApproximateBetweenness.of(0.05, 0.1, AnalysisSettings.defaults().seed())
            .sampleSize(NETWORK.compact());

    assertThat(analyze(Betweenness.APPROX, 0.05).summary().betweennessMethod())
        .isEqualTo(BetweennessMethod.sampled(0.05, 0.1, samples, true));
    assertThat(analyze(Betweenness.EXACT, 0.05).summary().betweennessMethod())
        .isEqualTo(BetweennessMethod.exact());
    // Exact costs 674 searches here, far below the limit where auto starts sampling.
    assertThat(analyze(Betweenness.AUTO, 0.05).summary().betweennessMethod())
        .isEqualTo(BetweennessMethod.exact());
    assertThat(samples).isPositive();
  }

  private static NetworkAnalysis analyze(Betweenness mode, double epsilon) {
    AnalysisSettings d = AnalysisSettings.defaults();
    AnalysisSettings settings =
        new AnalysisSettings(
            d.quality(),
            d.resolution(),
            d.starts(),
            d.seed(),
            d.nullModel(),
            d.importance(),
            d.pathLength(),
            mode,
            epsilon,
            0.1,
            java.util.OptionalDouble.empty(),
            d.significance());
    RunInfo run =
        new RunInfo("test", "0", "citynet", List.of(), settings, Instant.EPOCH, List.of());
    return NetworkAnalyzer.analyze(NETWORK, List.of(), run);
  }

  private static CityGraph load(String folder) {
    Path dir = Path.of("src/test/resources/networks", folder);
    try {
      return CityGraphs.build(
          new CityCsvReader(w -> {}).read(dir.resolve("cities.csv")),
          new LinkCsvReader(w -> {}).read(dir.resolve("links.csv")),
          "links.csv",
          false,
          w -> {});
    } catch (Exception e) {
      throw new AssertionError("cannot read fixture " + dir, e);
    }
  }
}
