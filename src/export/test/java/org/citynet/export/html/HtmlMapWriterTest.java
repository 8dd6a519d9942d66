package org.citynet.export.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citynet.export.AnalysisCopies.withCities;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.citynet.analysis.NetworkAnalyzer;
import org.citynet.export.image.MapOptions;
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
import org.citynet.model.Significance;
import org.citynet.testing.CityMetricsCopies;
import org.junit.jupiter.api.Test;

class HtmlMapWriterTest {
  private static final String DATA_START = "<script type=\"application/json\" id=\"citynet-data\">";

  @Test
  void dataEscapesWhatCouldEndTheElementAndMeansTheSameStrings() throws Exception {
    List<String> strings = List.of("a</script>b<!-- & \u2028\u2029>c", "São $1 \\ end");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator g = MapData.scriptSafe(bytes)) {
      g.writeStartArray();
      for (String text : strings) {
        g.writeString(text);
      }
      g.writeEndArray();
    }
    String safe = bytes.toString(StandardCharsets.UTF_8);

    assertThat(safe).doesNotContain("<", ">", "&", "\u2028", "\u2029").contains("São");
    JsonNode read = new ObjectMapper().readTree(safe);
    assertThat(List.of(read.get(0).asText(), read.get(1).asText())).isEqualTo(strings);
  }

  @Test
  void pageHoldsEveryCitysValuesExactlyAndLoadsNothingFromElsewhere() throws Exception {
    NetworkAnalysis analysis = fixture();

    String page = HtmlMapWriter.html(analysis, MapOptions.defaults());

    // three script elements: the data, Leaflet, the page's own; none fetched
    assertThat(page.split("<script", -1)).hasSize(4);
    assertThat(page).doesNotContain("<script src", "<link ", "@import", "url(http", "url(images/");
    assertThat(page).contains("Content-Security-Policy").contains("default-src 'none'");
    int start = page.indexOf(DATA_START) + DATA_START.length();
    JsonNode data =
        new ObjectMapper().readTree(page.substring(start, page.indexOf("</script>", start)));
    JsonNode columns = data.at("/cities/columns");
    int name = -1;
    int betweenness = -1;
    for (int c = 0; c < columns.size(); c++) {
      name = columns.get(c).get("name").asText().equals("name") ? c : name;
      betweenness = columns.get(c).get("name").asText().equals("betweenness") ? c : betweenness;
    }
    assertThat(columns.get(betweenness).get("format").asText()).isEqualTo("0.000%");
    for (int i = 0; i < analysis.cities().size(); i++) {
      CityMetrics m = analysis.cities().get(i);
      JsonNode row = data.at("/cities/rows/" + i);
      assertThat(row.get(name).asText()).isEqualTo(m.city().name());
      assertThat(row.get(betweenness).asDouble()).isEqualTo(m.betweenness());
    }
    assertThat(data.at("/links/ends").size()).isEqualTo(2 * analysis.links().size());
    assertThat(data.get("findings").size()).isPositive();
  }

  @Test
  void marksTheCitiesBetweenClustersForHollowCirclesWithTheMapsKey() throws Exception {
    NetworkAnalysis a = fixture();
    List<CityMetrics> cities = new ArrayList<>(a.cities());
    cities.set(2, CityMetricsCopies.withConfidence(cities.get(2), 0.1));
    cities.set(3, CityMetricsCopies.withConfidence(cities.get(3), Significance.LOW_CONFIDENCE));
    NetworkAnalysis between = withCities(a, cities);

    JsonNode data = data(HtmlMapWriter.html(between, MapOptions.defaults()));

    JsonNode flags = data.at("/cities/between");
    assertThat(flags.size()).isEqualTo(cities.size());
    for (int i = 0; i < cities.size(); i++) {
      assertThat(flags.get(i).asInt()).as("city %d", i).isEqualTo(i == 2 ? 1 : 0);
    }
    assertThat(data.at("/cities/betweenKey").asText())
        .isEqualTo("hollow: sits between clusters (confidence < 0.25)");
    // the fixture as analysed: every city sits firmly in its cluster
    assertThat(data(HtmlMapWriter.html(a, MapOptions.defaults())).at("/cities/between"))
        .allMatch(flag -> flag.asInt() == 0);
  }

  @Test
  void holdsAtMostTheElementLimitOfCitiesAndLinks() throws Exception {
    NetworkAnalysis a = fixture();
    assertThat(HtmlMapWriter.elements(a)).isEqualTo(a.cities().size() + a.links().size());
    assertThat(HtmlMapWriter.fits(a)).isTrue();
    int room = HtmlMapWriter.ELEMENT_LIMIT - a.links().size();
    assertThat(HtmlMapWriter.fits(withCities(a, padded(a.cities(), room)))).isTrue();
    assertThat(HtmlMapWriter.fits(withCities(a, padded(a.cities(), room + 1)))).isFalse();
  }

  /** {@code n} cities: {@code cities}, then copies of the first. */
  private static List<CityMetrics> padded(List<CityMetrics> cities, int n) {
    List<CityMetrics> padded = new ArrayList<>(cities);
    while (padded.size() < n) {
      padded.add(cities.get(0));
    }
    return padded;
  }

  private static JsonNode data(String page) throws Exception {
    int start = page.indexOf(DATA_START) + DATA_START.length();
    return new ObjectMapper().readTree(page.substring(start, page.indexOf("</script>", start)));
  }

  /** The browser tests' fixture network, analysed with default settings. */
  private static NetworkAnalysis fixture() throws Exception {
    Path dir = Path.of("src/test/resources/networks/html-map");
    CityTable cities =
        new CityLayerReader(CityLayerOptions.defaults(), w -> {}).read(dir.resolve("cities.csv"));
    LinkTable links = new LinkCsvReader(w -> {}).read(dir.resolve("links.csv"));
    RunInfo run =
        new RunInfo(
            "fixture",
            "test",
            "citynet --name fixture",
            List.of(),
            AnalysisSettings.defaults(),
            Instant.EPOCH,
            List.of("Data: hand-made fixture"));
    return NetworkAnalyzer.analyze(
        CityGraphs.build(cities, links, "links.csv", false, w -> {}), cities.extraColumns(), run);
  }
}
