package org.citynet.export.gpkg;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citynet.export.ClusterPalette;
import org.citynet.model.NetworkAnalysis;
import org.citynet.testing.ExternalTools;
import org.citynet.testing.ExternalTools.Result;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the written GeoPackage in QGIS itself (headless, Debian's python3-qgis): every layer must
 * come up with its default style from {@code layer_styles}, with the intended renderer, and the
 * rendered map must show the cluster colours.
 */
class GeoPackageStylesTest {
  private static final List<String> LAYERS =
      List.of("cities", "links", "clusters", "regions", "countries");

  @TempDir static Path dir;

  /** The script's lines as Java maps; whole numbers as {@code Long}, as the checks compare. */
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_LONG_FOR_INTS);

  private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() {};

  private static Map<String, Map<String, Object>> layers;
  private static Map<String, Map<String, Object>> slds;
  private static Map<String, Object> image;

  @BeforeAll
  static void openInQgis() throws IOException {
    ExternalTools.requirePythonModule("qgis.core", "python3-qgis qgis-providers");
    NetworkAnalysis analysis = GeoPackageWriterTest.smallAnalysis("styled");
    Path gpkg = dir.resolve("styled.gpkg");
    GeoPackageWriter.write(analysis, gpkg);
    List<String> command =
        new ArrayList<>(
            List.of(
                "env",
                "QT_QPA_PLATFORM=offscreen",
                ExternalTools.PYTHON,
                "src/test/python/qgis_styles.py",
                gpkg.toString(),
                dir.resolve("styled.png").toString()));
    command.addAll(LAYERS);
    Result r = ExternalTools.run(command, 180);
    assertThat(r.exitCode()).as(r.output()).isZero();
    layers = new LinkedHashMap<>();
    slds = new LinkedHashMap<>();
    for (String line : r.output().lines().filter(l -> l.startsWith("{")).toList()) {
      Map<String, Object> json = JSON.readValue(line, OBJECT);
      if (json.containsKey("layer")) {
        layers.put((String) json.get("layer"), json);
      } else if (json.containsKey("sld")) {
        slds.put((String) json.get("sld"), json);
      } else {
        image = json;
      }
    }
    assertThat(layers.keySet()).as(r.output()).containsExactlyElementsOf(LAYERS);
    assertThat(slds.keySet()).as(r.output()).containsExactlyElementsOf(LAYERS);
    assertThat(image).as(r.output()).isNotNull();
  }

  @Test
  void opensEveryLayerWithItsDefaultStyleFromTheFile() {
    layers.forEach(
        (name, layer) -> {
          assertThat(layer.get("valid")).as(name).isEqualTo(true);
          assertThat(layer.get("styled")).as(name + ": " + layer.get("message")).isEqualTo(true);
        });
  }

  @Test
  void coloursCitiesByClusterAndSizesThemByBetweenness() {
    Map<String, Object> cities = layers.get("cities");
    assertThat(cities.get("renderer")).isEqualTo("categorizedSymbol");
    assertThat(cities.get("attribute")).isEqualTo("cluster");
    assertThat(strings(cities, "colours")).containsExactlyElementsOf(palette(4, false));
    assertThat(strings(cities, "classes").get(0)).isEqualTo("Cluster 0 · Europe · 3 cities");
    assertThat(cities.get("size_field")).isEqualTo("betweenness");
  }

  @Test
  void labelsTheTopCitiesAtEveryScaleAndTheRestWhenZoomedIn() {
    Map<String, Object> cities = layers.get("cities");
    assertThat(cities.get("labels")).isEqualTo(true);
    List<?> rules = (List<?>) cities.get("label_rules");
    Map<?, ?> top = (Map<?, ?>) rules.get(0);
    Map<?, ?> rest = (Map<?, ?>) rules.get(rules.size() - 1);
    assertThat(top.get("field")).isEqualTo("name");
    assertThat((String) top.get("filter")).startsWith("\"betweenness\" >= ");
    assertThat(top.get("min_scale")).isEqualTo(0.0);
    assertThat(rest.get("min_scale")).isEqualTo((double) LayerStyles.ALL_LABELS_SCALE);
  }

  @Test
  void coloursLinksByTheirSharedClusterGreyBetweenClustersWidthByWeight() {
    Map<String, Object> links = layers.get("links");
    assertThat(links.get("renderer")).isEqualTo("categorizedSymbol");
    assertThat(links.get("attribute")).isEqualTo("cluster");
    assertThat(strings(links, "colours")).containsExactlyElementsOf(palette(4, true));
    assertThat((List<?>) links.get("opacity")).allMatch(o -> ((Number) o).doubleValue() < 0.5);
    assertThat(links.get("width_field")).isEqualTo("weight");
  }

  @Test
  void outlinesClustersAndRegionsAndShadesCountriesByPartnerships() {
    assertThat(layers.get("clusters").get("renderer")).isEqualTo("categorizedSymbol");
    assertThat(strings(layers.get("clusters"), "outline_colours"))
        .containsExactlyElementsOf(palette(4, false));
    assertThat(layers.get("regions").get("renderer")).isEqualTo("singleSymbol");
    Map<String, Object> countries = layers.get("countries");
    assertThat(countries.get("renderer")).isEqualTo("graduatedSymbol");
    assertThat(countries.get("attribute")).isEqualTo("links");
    // Partnerships per country in the small analysis: FJ, WS, ES, EC and IS 1 each, DE 3 (to
    // Barcelona, Quito, Reykjavík); the quintiles of [1, 1, 1, 1, 1, 3] are 1, 1, 1, 1, 3.
    assertThat(strings(countries, "classes")).containsExactly("No partnerships", "1", "2 – 3");
  }

  @Test
  void rendersAMapWithTheClusterColours() {
    assertThat(((Number) image.get("inked")).doubleValue()).isGreaterThan(0.25);
    assertThat(((Number) image.get("colours")).intValue()).isGreaterThan(100);
    Map<?, ?> pixels = (Map<?, ?>) image.get("pixels");
    for (int cluster = 0; cluster < 3; cluster++) {
      assertThat(((Number) pixels.get(ClusterPalette.hex(cluster))).longValue())
          .as("pixels of cluster %d", cluster)
          .isPositive();
    }
  }

  @Test
  void loadsEveryLayersSldIntoQgisDrawingEachFeatureOnce() {
    slds.forEach(
        (name, sld) -> {
          assertThat(sld.get("loaded")).as(name + ": " + sld.get("message")).isEqualTo(true);
          assertThat((List<?>) sld.get("drawn"))
              .as(name)
              .isNotEmpty()
              .allMatch(n -> ((Number) n).intValue() == 1);
        });
    // Cities: a rule per cluster and size class; the QML's categories, in the same colours.
    Map<String, Object> cities = slds.get("cities");
    assertThat(cities.get("renderer")).isEqualTo("RuleRenderer");
    assertThat(cities.get("rules")).isEqualTo(4L * SldElements.SIZE_CLASSES);
    assertThat(strings(cities, "colours").stream().distinct())
        .containsExactlyElementsOf(strings(layers.get("cities"), "colours"));
    // The same label tiers: QGIS reads the SLD's text rules as rule-based labels.
    assertThat(cities.get("labels")).isEqualTo(true);
    assertThat(labelRules(cities)).isEqualTo(labelRules(layers.get("cities")));
    // Links: grey between clusters first, then the clusters, semi-transparent.
    Map<String, Object> links = slds.get("links");
    List<String> linkColours = strings(links, "colours").stream().distinct().toList();
    assertThat(linkColours.get(0)).isEqualTo(ClusterPalette.hex(ClusterPalette.SIZE));
    assertThat(linkColours).containsExactlyInAnyOrderElementsOf(palette(4, true));
    assertThat((List<?>) links.get("opacity")).allMatch(o -> ((Number) o).doubleValue() < 0.5);
    assertThat(strings(slds.get("clusters"), "colours"))
        .containsExactlyElementsOf(palette(4, false));
    assertThat(slds.get("countries").get("rules"))
        .isEqualTo((long) strings(layers.get("countries"), "classes").size());
  }

  /** Each label rule's field, whether it has a lower bound, and its smallest scale. */
  private static List<String> labelRules(Map<?, ?> layer) {
    return ((List<?>) layer.get("label_rules"))
        .stream()
            .map(r -> (Map<?, ?>) r)
            .map(
                r ->
                    r.get("field")
                        + (((String) r.get("filter")).contains(">=") ? " from " : " up to ")
                        + ((Number) r.get("min_scale")).longValue())
            .toList();
  }

  private static List<String> palette(int clusters, boolean withOther) {
    List<String> colours = new ArrayList<>();
    for (int c = 0; c < clusters; c++) {
      colours.add(ClusterPalette.hex(c));
    }
    if (withOther) {
      colours.add(ClusterPalette.hex(ClusterPalette.SIZE));
    }
    return colours;
  }

  private static List<String> strings(Map<?, ?> json, String key) {
    return ((List<?>) json.get(key)).stream().map(String.class::cast).toList();
  }
}
