package org.citynet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.citynet.analysis.NetworkAnalyzer;
import org.citynet.export.schema.ClusterProfiles;
import org.citynet.export.schema.FinishedRun;
import org.citynet.export.summary.SummaryWriter;
import org.citynet.graph.CityGraphs;
import org.citynet.io.CityLayerOptions;
import org.citynet.io.CityLayerReader;
import org.citynet.io.LinkCsvReader;
import org.citynet.model.AnalysisSettings;
import org.citynet.model.CityMetrics;
import org.citynet.model.CityTable;
import org.citynet.model.LinkTable;
import org.citynet.model.NetworkAnalysis;
import org.citynet.model.RunInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The figures {@code docs/datasets.md} quotes for the default run ({@code ./citynet} without
 * options) are those the analysis gives: the table under "mayoral-forum-twinning: figures of the
 * default run" names summary keys and values, each compared to the decimals it shows, and {@code
 * top_brokers}. One analysis of the default dataset with the default settings, shared by all.
 */
class DefaultRunFiguresTest {
  private static final Path DOC = Path.of("docs/datasets.md");
  private static final String HEADING = "## mayoral-forum-twinning: figures of the default run";

  private static Map<String, String> quoted;
  private static NetworkAnalysis analysis;
  private static Map<String, Object> summary;

  @BeforeAll
  static void analyseTheDefaultDataset() throws Exception {
    quoted = quotedFigures(Files.readString(DOC));
    Path dataset = Path.of(CitynetCommand.DEFAULT_DATASET);
    CityTable cities =
        new CityLayerReader(CityLayerOptions.defaults(), w -> {})
            .read(dataset.resolve("cities.csv"));
    LinkTable links = new LinkCsvReader(w -> {}).read(dataset.resolve("links.csv"));
    RunInfo run =
        new RunInfo(
            "mayoral-forum-twinning",
            "test",
            "citynet",
            List.of(),
            AnalysisSettings.defaults(),
            Instant.EPOCH,
            List.of());
    analysis =
        NetworkAnalyzer.analyze(
            CityGraphs.build(cities, links, "links.csv", false, w -> {}),
            cities.extraColumns(),
            run);
    summary = SummaryWriter.summary(new FinishedRun(analysis, Map.of()));
  }

  @Test
  void quotesTheHeadlineFigures() {
    assertThat(quoted)
        .containsKeys("cities", "links", "modularity", "clusters", "ari", "nmi", "top_brokers");
  }

  @Test
  void everyQuotedFigureIsTheRunsToTheDecimalsShown() {
    quoted.forEach(
        (key, text) -> {
          if (key.equals("top_brokers")) {
            return;
          }
          assertThat(summary).as("%s is a summary key", key).containsKey(key);
          Object value = summary.get(key);
          assertThat(value).as(key).isInstanceOf(Number.class);
          BigDecimal shown = new BigDecimal(text);
          double halfStep = 0.5 * Math.pow(10, -Math.max(0, shown.scale()));
          assertThat(((Number) value).doubleValue())
              .as("docs/datasets.md %s = %s", key, text)
              .isCloseTo(shown.doubleValue(), within(halfStep));
        });
  }

  @Test
  void autoDrawsFewerSamplesThanItsMostButSomeAndSaysHowMany() {
    // the CPU budget buys 5 of up to 20 null networks and 21 of up to 100 resamples here
    assertThat(analysis.significance().nullNetworks()).isEqualTo(5);
    assertThat(analysis.significance().resamples()).isEqualTo(21);
    assertThat(analysis.significance().modularity().z()).isFinite();
    assertThat(analysis.significance().brokers()).isNotEmpty();
    assertThat((String) summary.get("samples_note"))
        .startsWith("On a network this large auto drew 5 null networks (up to 20")
        .contains("auto drew 21 resamples (up to 100");
  }

  @Test
  void namesTheTopFiveBrokersInOrder() {
    String brokers =
        analysis.cities().stream()
            .sorted(
                Comparator.comparingDouble(CityMetrics::betweenness)
                    .reversed()
                    .thenComparing(ClusterProfiles.BROKERS_FIRST))
            .limit(5)
            .map(ClusterProfiles::city)
            .collect(Collectors.joining(", "));
    assertThat(quoted.get("top_brokers")).isEqualTo(brokers);
  }

  /** Figure → value of the first table under {@link #HEADING}. */
  static Map<String, String> quotedFigures(String markdown) {
    Map<String, String> figures = new LinkedHashMap<>();
    boolean inSection = false;
    for (String line : markdown.lines().toList()) {
      String trimmed = line.strip();
      if (trimmed.startsWith("#")) {
        inSection = trimmed.equals(HEADING);
      } else if (inSection && trimmed.startsWith("|")) {
        String[] cells = trimmed.substring(1, trimmed.length() - 1).split("\\|", -1);
        String figure = cells[0].strip();
        if (!figure.equals("figure") && !figure.matches("-+")) {
          figures.put(figure, cells[1].strip());
        }
      } else if (inSection && !figures.isEmpty()) {
        break;
      }
    }
    assertThat(figures).as("a table under \"%s\" in %s", HEADING, DOC).isNotEmpty();
    return figures;
  }
}
