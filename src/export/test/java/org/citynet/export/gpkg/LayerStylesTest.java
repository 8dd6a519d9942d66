package org.citynet.export.gpkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.citynet.export.AnalysisCopies;
import org.citynet.export.ClusterPalette;
import org.citynet.export.gpkg.LayerStyles.LayerStyle;
import org.citynet.model.Cluster;
import org.citynet.model.NetworkAnalysis;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class LayerStylesTest {
  @Nested
  class Classes {
    @Test
    void breaksPositiveCountsAtTheirQuintiles() {
      long[] counts = {0, 0, 5, 1, 2, 3, 4, 10, 20, 100};
      // Positive, sorted: 1 2 3 4 5 10 20 100; nearest ranks 2, 4, 5, 7, 8.
      assertThat(LayerStyles.quantileBreaks(counts)).containsExactly(2, 4, 5, 20, 100);
    }

    @Test
    void mergesEqualBreaksAndHasNoneWithoutPositiveCounts() {
      assertThat(LayerStyles.quantileBreaks(new long[] {7, 7, 0, 7})).containsExactly(7);
      assertThat(LayerStyles.quantileBreaks(new long[] {0, 0})).isEmpty();
    }

    @Test
    void fadesLinksAndShrinksCitiesOnlyWhenThereAreMany() {
      assertThat(LayerStyles.crowded(3000, 3000, 0.35, 0.08)).isEqualTo(0.35);
      assertThat(LayerStyles.crowded(12000, 3000, 0.35, 0.08)).isEqualTo(0.175);
      assertThat(LayerStyles.crowded(1_000_000, 3000, 0.35, 0.08)).isEqualTo(0.08);
    }

    @Test
    void labelsAClusterWithItsRegionAndSize() {
      assertThat(LayerStyles.clusterLabel(new Cluster(3, 1234, "Europe", 0.9, List.of(), 0, 0, 0)))
          .isEqualTo("Cluster 3 · Europe · 1,234 cities");
      assertThat(LayerStyles.clusterLabel(new Cluster(12, 1, "", 0, List.of(), 0, 0, 0)))
          .isEqualTo("Cluster 12 · 1 city");
    }
  }

  @Nested
  class Labels {
    @Test
    void labelsTheTopCitiesThenMoreThenAllAsTheMapZoomsIn() {
      // 200 cities with betweenness 0.001, 0.002, ..., 0.2.
      double[] positive = IntStream.rangeClosed(1, 200).mapToDouble(i -> i / 1000.0).toArray();
      List<Element> rules = rules(LayerStyles.cityLabels(positive));
      assertThat(rules).hasSize(3);
      assertThat(rules.get(0).getAttribute("filter")).isEqualTo("\"betweenness\" >= 0.189");
      assertThat(rules.get(0).hasAttribute("scalemaxdenom")).isFalse();
      assertThat(rules.get(1).getAttribute("filter"))
          .isEqualTo("\"betweenness\" >= 0.051 AND \"betweenness\" < 0.189");
      assertThat(rules.get(1).getAttribute("scalemaxdenom")).isEqualTo("25000000");
      assertThat(rules.get(2).getAttribute("filter"))
          .isEqualTo("\"betweenness\" < 0.051 OR \"betweenness\" IS NULL");
      assertThat(rules.get(2).getAttribute("scalemaxdenom")).isEqualTo("4000000");
    }

    @Test
    void skipsTheMiddleTierWhenFewCitiesHaveAnyBetweenness() {
      List<Element> rules = rules(LayerStyles.cityLabels(new double[] {0.25, 0.5}));
      assertThat(rules)
          .extracting(r -> r.getAttribute("filter"))
          .containsExactly(
              "\"betweenness\" >= 0.25", "\"betweenness\" < 0.25 OR \"betweenness\" IS NULL");
    }

    @Test
    void labelsEveryCityWhenZoomedInIfNoneHasBetweenness() {
      List<Element> rules = rules(LayerStyles.cityLabels(new double[0]));
      assertThat(rules).hasSize(1);
      assertThat(rules.get(0).getAttribute("filter")).isEmpty();
    }

    @Test
    void writesThresholdsAsPlainDecimalsThatReadBackExactly() {
      assertThat(QmlElements.decimal(1e-7)).isEqualTo("0.0000001");
      assertThat(QmlElements.decimal(3.0)).isEqualTo("3");
      double b = 0.03316757552454226;
      assertThat(Double.parseDouble(QmlElements.decimal(b))).isEqualTo(b);
    }
  }

  @Nested
  class Documents {
    private final NetworkAnalysis analysis = GeoPackageWriterTest.smallAnalysis("styles");
    private final List<LayerStyle> styles =
        LayerStyles.of(analysis, AreaLayers.of(analysis, AreaLayers.Basemap.of(List.of())));

    @Test
    void writesOneWellFormedQgis3StylePerLayer() {
      assertThat(styles)
          .extracting(LayerStyle::table)
          .containsExactly("cities", "links", "clusters", "regions", "countries");
      for (LayerStyle style : styles) {
        assertThat(style.qml())
            .startsWith("<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>");
        Element root = parse(style.qml()).getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("qgis");
        assertThat(root.getAttribute("version")).startsWith("3.");
        assertThat(root.getElementsByTagName("renderer-v2").getLength()).isEqualTo(1);
      }
    }

    @Test
    void coloursEachClusterWithThePaletteInEveryLayer() {
      for (LayerStyle style : styles.subList(0, 3)) {
        Document qml = parse(style.qml());
        NodeList categories = qml.getElementsByTagName("category");
        for (int i = 0; i < 4; i++) {
          Element category = (Element) categories.item(i);
          assertThat(category.getAttribute("value")).isEqualTo("" + i);
          String rgb = ClusterPalette.hex(i);
          String expected =
              Integer.parseInt(rgb.substring(1, 3), 16)
                  + ","
                  + Integer.parseInt(rgb.substring(3, 5), 16)
                  + ","
                  + Integer.parseInt(rgb.substring(5, 7), 16)
                  + ",255";
          assertThat(colourOfSymbol(qml, i))
              .as(style.table() + " cluster " + i)
              .isEqualTo(expected);
        }
      }
    }

    @Test
    void greysClustersBeyondThePaletteAndHidesTheirFootprintsUntilTickedOn() {
      List<Cluster> eleven =
          IntStream.range(0, 11)
              .mapToObj(i -> new Cluster(i, 11 - i, "Europe", 1, List.of(), 0, 0, 0))
              .toList();
      NetworkAnalysis many = AnalysisCopies.withClusters(analysis, eleven);
      List<LayerStyle> manyStyles =
          LayerStyles.of(many, AreaLayers.of(many, AreaLayers.Basemap.of(List.of())));
      for (LayerStyle style : manyStyles.subList(0, 3)) {
        NodeList categories = parse(style.qml()).getElementsByTagName("category");
        assertThat(categories.getLength()).as(style.table()).isEqualTo(ClusterPalette.SIZE + 1);
        Element other = (Element) categories.item(ClusterPalette.SIZE);
        assertThat(other.getAttribute("value")).isEmpty();
        assertThat(other.getAttribute("render"))
            .as(style.table())
            .isEqualTo(style.table().equals("clusters") ? "false" : "true");
      }
    }

    @Test
    void isTheSameTextForTheSameAnalysis() {
      NetworkAnalysis again = GeoPackageWriterTest.smallAnalysis("styles");
      assertThat(LayerStyles.of(again, AreaLayers.of(again, AreaLayers.Basemap.of(List.of()))))
          .isEqualTo(styles);
    }

    /** The colour of symbol {@code name}: the fill of a marker, a line's, a fill's outline. */
    private static String colourOfSymbol(Document qml, int name) {
      NodeList symbols = qml.getElementsByTagName("symbol");
      for (int s = 0; s < symbols.getLength(); s++) {
        Element symbol = (Element) symbols.item(s);
        if (symbol.getParentNode().getNodeName().equals("symbols")
            && symbol.getAttribute("name").equals("" + name)) {
          String key =
              switch (symbol.getAttribute("type")) {
                case "line" -> "line_color";
                case "fill" -> "outline_color";
                default -> "color";
              };
          NodeList props = symbol.getElementsByTagName("prop");
          for (int p = 0; p < props.getLength(); p++) {
            Element prop = (Element) props.item(p);
            if (prop.getAttribute("k").equals(key)) {
              return prop.getAttribute("v");
            }
          }
        }
      }
      return null;
    }
  }

  @Nested
  class CitiesBetweenClusters {
    @Test
    void getACategoryOfTheirOwnWhoseRingTakesTheClusterColour() {
      Document qml =
          parse(
              LayerStyle.of(LayerStyles.cities(GeoPackageWriterTest.smallAnalysis("hollow", 0.1)))
                  .qml());
      Element renderer = (Element) qml.getElementsByTagName("renderer-v2").item(0);
      assertThat(renderer.getAttribute("attr"))
          .isEqualTo("CASE WHEN \"cluster_confidence\" < 0.25 THEN 'hollow' ELSE \"cluster\" END");
      List<String> values = new ArrayList<>();
      List<String> labels = new ArrayList<>();
      NodeList categories = qml.getElementsByTagName("category");
      for (int i = 0; i < categories.getLength(); i++) {
        values.add(((Element) categories.item(i)).getAttribute("value"));
        labels.add(((Element) categories.item(i)).getAttribute("label"));
      }
      assertThat(values).containsExactly("0", "1", "2", "3", "hollow");
      assertThat(labels.get(4)).isEqualTo("between clusters (confidence < 0.25)");
      String ring = null;
      NodeList options = qml.getElementsByTagName("Option");
      for (int i = 0; i < options.getLength(); i++) {
        Element o = (Element) options.item(i);
        if (o.getAttribute("name").equals("expression")) {
          ring = o.getAttribute("value");
        }
      }
      assertThat(ring)
          .startsWith(
              "CASE WHEN \"cluster\" = 0 THEN '" + QmlElements.rgba(ClusterPalette.rgb(0), 255))
          .contains("WHEN \"cluster\" = 3 THEN '" + QmlElements.rgba(ClusterPalette.rgb(3), 255))
          .endsWith("ELSE '" + QmlElements.rgba(ClusterPalette.OTHER_RGB, 255) + "' END");
    }

    @Test
    void leaveTheStyleAsItWasWhenEveryCitySitsFirmlyInItsCluster() {
      String qml = LayerStyle.of(LayerStyles.cities(GeoPackageWriterTest.smallAnalysis("x"))).qml();
      String sld = LayerStyle.of(LayerStyles.cities(GeoPackageWriterTest.smallAnalysis("x"))).sld();
      assertThat(qml).contains("attr=\"cluster\"").doesNotContain("hollow");
      assertThat(sld).doesNotContain("cluster_confidence");
    }
  }

  private static List<Element> rules(Symbology.Labels labels) {
    NodeList nodes =
        parse(QmlElements.labeling("cities", labels).toString()).getElementsByTagName("rule");
    List<Element> rules = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      rules.add((Element) nodes.item(i));
    }
    return rules;
  }

  static Document parse(String xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
    }
  }
}
