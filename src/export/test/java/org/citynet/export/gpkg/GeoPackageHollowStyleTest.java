package org.citynet.export.gpkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.citynet.export.ClusterPalette;
import org.citynet.testing.ExternalTools;
import org.citynet.testing.ExternalTools.Result;
import org.json.simple.JSONObject;
import org.json.simple.JSONValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cities between clusters in QGIS itself (headless, Debian's python3-qgis): with Quito's cluster
 * confidence 0.1, the cities layer's default style (QML) and its SLD both draw Quito as a white
 * disc ringed in its cluster's colour, under the legend entry "between clusters (confidence <
 * 0.25)", and every other city filled as before.
 */
class GeoPackageHollowStyleTest {
  private static final String LABEL = "between clusters (confidence < 0.25)";

  @TempDir static Path dir;
  private static Map<String, JSONObject> styles;

  @BeforeAll
  static void openInQgis() throws IOException {
    ExternalTools.requirePythonModule("qgis.core", "python3-qgis qgis-providers");
    Path gpkg = dir.resolve("hollow.gpkg");
    GeoPackageWriter.write(GeoPackageWriterTest.smallAnalysis("hollow", 0.1), gpkg);
    Result r =
        ExternalTools.run(
            List.of(
                "env",
                "QT_QPA_PLATFORM=offscreen",
                ExternalTools.PYTHON,
                "src/test/python/qgis_hollow.py",
                gpkg.toString()),
            180);
    assertThat(r.exitCode()).as(r.output()).isZero();
    styles = new TreeMap<>();
    r.output()
        .lines()
        .filter(l -> l.startsWith("{"))
        .map(l -> (JSONObject) JSONValue.parse(l))
        .forEach(json -> styles.put((String) json.get("style"), json));
    assertThat(styles.keySet()).as(r.output()).containsExactly("qml", "sld");
  }

  @Test
  void theDefaultStyleListsCitiesBetweenClustersInTheLegend() {
    JSONObject qml = styles.get("qml");
    assertThat(qml.get("loaded")).as((String) qml.get("message")).isEqualTo(true);
    assertThat(qml.get("renderer")).isEqualTo("categorizedSymbol");
    assertThat(strings(qml, "legend"))
        .containsSubsequence("Cluster 0 · Europe · 3 cities", "Cluster 3 · 0 cities", LABEL)
        .containsOnlyOnce(LABEL);
  }

  @Test
  void drawsTheCityBetweenClustersAsARingInItsClustersColour() {
    for (String style : List.of("qml", "sld")) {
      JSONObject quito = city(style, "Quito");
      assertThat(quito.get("drawn")).as(style).isEqualTo(1L);
      assertThat(quito.get("fill")).as(style).isEqualTo("#FFFFFF");
      assertThat(quito.get("ring")).as(style).isEqualTo(ClusterPalette.hex(0));
      assertThat(strings(quito, "labels").get(0)).as(style).contains(LABEL);
    }
  }

  @Test
  void drawsEveryOtherCityFilledInItsClustersColour() {
    for (String style : List.of("qml", "sld")) {
      for (String name : List.of("Barcelona", "Berlin", "Suva", "Reykjavík")) {
        JSONObject city = city(style, name);
        assertThat(city.get("drawn")).as("%s %s", style, name).isEqualTo(1L);
        assertThat(city.get("fill")).as("%s %s", style, name).isNotEqualTo("#FFFFFF");
        assertThat(strings(city, "labels").get(0)).as("%s %s", style, name).doesNotContain(LABEL);
      }
      assertThat(city(style, "Berlin").get("fill")).isEqualTo(ClusterPalette.hex(0));
    }
  }

  private static JSONObject city(String style, String name) {
    return (JSONObject) ((JSONObject) styles.get(style).get("cities")).get(name);
  }

  private static List<String> strings(JSONObject json, String key) {
    return ((List<?>) json.get(key)).stream().map(String.class::cast).toList();
  }
}
