package org.citynet.export.gpkg;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.citynet.export.AnalysisCopies;
import org.citynet.export.ClusterPalette;
import org.citynet.export.gpkg.LayerStyles.LayerStyle;
import org.citynet.export.gpkg.Symbology.Geometry;
import org.citynet.export.gpkg.Symbology.Scale;
import org.citynet.export.gpkg.Symbology.SizeClass;
import org.citynet.export.gpkg.Symbology.Style;
import org.citynet.model.CityMetrics;
import org.citynet.model.Cluster;
import org.citynet.model.NetworkAnalysis;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The SLD 1.1 documents beside the QML: read back with the JDK's namespace-aware parser, and their
 * filters evaluated on features (a small evaluator of the Filter Encoding operators they use) to
 * check which rule draws what.
 */
class SldElementsTest {
  private static final String SLD = "http://www.opengis.net/sld";
  private static final String SE = "http://www.opengis.net/se";
  private static final String OGC = "http://www.opengis.net/ogc";
  private static final String XMLNS = "http://www.w3.org/2000/xmlns/";

  private final NetworkAnalysis analysis = GeoPackageWriterTest.smallAnalysis("sld");
  private final List<LayerStyle> styles =
      LayerStyles.of(analysis, AreaLayers.of(analysis, AreaLayers.Basemap.of(List.of())));

  @Test
  void cutsAnAreaScaleIntoEqualSizeStepsAtTheSquaredValues() {
    // Sizes 1..7 in 3 steps of 2: bounds at sizes 3 and 5, i.e. values (2/6)² and (4/6)².
    List<SizeClass> classes = new Scale("b", true, 0, 1, 1, 7).classes(3);
    assertThat(classes).extracting(SizeClass::size).containsExactly(2.0, 4.0, 6.0);
    assertThat(classes.get(0).lower()).isNaN();
    assertThat(classes.get(0).upper()).isCloseTo(1 / 9.0, within());
    assertThat(classes.get(1).lower()).isCloseTo(1 / 9.0, within());
    assertThat(classes.get(1).upper()).isCloseTo(4 / 9.0, within());
    assertThat(classes.get(2).upper()).isNaN();
    List<SizeClass> linear = new Scale("w", false, 1, 11, 0, 1).classes(2);
    assertThat(linear.get(0).upper()).isCloseTo(6, within());
    assertThat(linear).extracting(SizeClass::size).containsExactly(0.25, 0.75);
  }

  @Test
  void writesAnSld11DocumentNamedAfterEachLayer() {
    assertThat(styles).extracting(LayerStyle::table).hasSize(5);
    for (LayerStyle style : styles) {
      assertThat(style.sld()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
      Element root = parse(style.sld()).getDocumentElement();
      assertThat(root.getNamespaceURI()).isEqualTo(SLD);
      assertThat(root.getLocalName()).isEqualTo("StyledLayerDescriptor");
      assertThat(root.getAttribute("version")).isEqualTo("1.1.0");
      assertThat(root.getAttributeNS(XMLNS, "se")).isEqualTo(SE);
      assertThat(root.getAttributeNS(XMLNS, "ogc")).isEqualTo(OGC);
      Element layer = child(root, SLD, "NamedLayer");
      assertThat(child(layer, SE, "Name").getTextContent()).isEqualTo(style.table());
      Element userStyle = child(layer, SLD, "UserStyle");
      assertThat(child(userStyle, SE, "Name").getTextContent()).isEqualTo(LayerStyles.STYLE_NAME);
      assertThat(elements(userStyle, SE, "FeatureTypeStyle")).isNotEmpty();
      for (Element rule : elements(root, SE, "Rule")) {
        // SE 1.1's sequence: Name, Description, Filter, scale denominators, then symbolizers.
        List<String> names = new ArrayList<>();
        for (Node n = rule.getFirstChild(); n != null; n = n.getNextSibling()) {
          if (n instanceof Element e) {
            names.add(
                e.getNamespaceURI().equals(OGC) ? "ogc:" + e.getLocalName() : e.getLocalName());
          }
        }
        assertThat(String.join(" ", names))
            .as(style.table())
            .matches("Name Description (ogc:Filter )?(MaxScaleDenominator )?\\w+Symbolizer");
      }
      for (Element e : elements(root, "*", "*")) {
        assertThat(e.getNamespaceURI()).isIn(SLD, SE, OGC);
      }
    }
  }

  @Test
  void drawsEveryCityOnceInItsClusterColourTheHubsLargest() {
    Document sld = parse(style("cities").sld());
    List<Element> rules = symbolRules(sld);
    // A rule per cluster (4) and size class.
    assertThat(rules).hasSize(4 * SldElements.SIZE_CLASSES);
    List<CityMetrics> cities = new ArrayList<>(analysis.cities());
    cities.sort((a, b) -> Double.compare(a.betweenness(), b.betweenness()));
    double previous = 0;
    for (CityMetrics city : cities) {
      Element rule =
          onlyMatch(rules, Map.of("cluster", city.cluster(), "betweenness", city.betweenness()));
      assertThat(colour(rule)).isEqualTo(ClusterPalette.hex(city.cluster()));
      double size = Double.parseDouble(text(rule, "Size"));
      assertThat(size).isGreaterThanOrEqualTo(previous);
      previous = size;
    }
    // The smallest and largest class, drawn at the middle of the first and last of five steps
    // from 1 to 7 mm: 1.6 mm and 6.4 mm, in 0.28 mm pixels.
    assertThat(text(onlyMatch(rules, Map.of("cluster", 0, "betweenness", 0.0)), "Size"))
        .isEqualTo("5.71");
    double top = cities.get(cities.size() - 1).betweenness();
    assertThat(text(onlyMatch(rules, Map.of("cluster", 0, "betweenness", top)), "Size"))
        .isEqualTo("22.86");
  }

  @Test
  void greysClustersBeyondThePaletteAndCitiesWithoutBetweenness() {
    List<Cluster> eleven =
        IntStream.range(0, 11)
            .mapToObj(i -> new Cluster(i, 11 - i, "Europe", 1, List.of(), 0, 0, Double.NaN))
            .toList();
    NetworkAnalysis many = AnalysisCopies.withClusters(analysis, eleven);
    List<LayerStyle> manyStyles =
        LayerStyles.of(many, AreaLayers.of(many, AreaLayers.Basemap.of(List.of())));
    List<Element> cities = symbolRules(parse(manyStyles.get(0).sld()));
    Map<String, Object> beyond = new HashMap<>();
    beyond.put("cluster", 10);
    beyond.put("betweenness", null);
    assertThat(colour(onlyMatch(cities, beyond))).isEqualTo(ClusterPalette.hex(10));
    beyond.put("cluster", 8);
    assertThat(colour(onlyMatch(cities, beyond))).isEqualTo(ClusterPalette.hex(8));
    // The footprints of other clusters are hidden in QGIS until ticked on: no rule draws them.
    List<Element> clusters = symbolRules(parse(manyStyles.get(2).sld()));
    assertThat(clusters).hasSize(ClusterPalette.SIZE);
    assertThat(matches(clusters, Map.of("cluster", 10))).isEmpty();
  }

  @Test
  void coloursLinksByTheirSharedClusterGreyBetweenClustersBelowWidthByWeight() {
    Document sld = parse(style("links").sld());
    List<Element> rules = symbolRules(sld);
    double[] weights = {1, 1.25, 1.5, 1.75, 2};
    for (Integer cluster : Arrays.asList(0, 1, 2, 3, null)) {
      double previous = 0;
      for (double weight : weights) {
        Map<String, Object> link = new HashMap<>();
        link.put("cluster", cluster);
        link.put("weight", weight);
        Element rule = onlyMatch(rules, link);
        String stroke = svg(rule, "stroke");
        double opacity = Double.parseDouble(svg(rule, "stroke-opacity"));
        double width = Double.parseDouble(svg(rule, "stroke-width"));
        if (cluster == null) {
          assertThat(stroke).isEqualTo(ClusterPalette.hex(ClusterPalette.SIZE));
          assertThat(opacity)
              .isCloseTo(LayerStyles.LINK_OPACITY * LayerStyles.BETWEEN_CLUSTERS_OPACITY, within());
        } else {
          assertThat(stroke).isEqualTo(ClusterPalette.hex(cluster));
          assertThat(opacity).isEqualTo(LayerStyles.LINK_OPACITY);
        }
        assertThat(width).isGreaterThanOrEqualTo(previous);
        previous = width;
      }
      // The lightest and heaviest links: middles of the first and last of five steps of width.
      double step = (LayerStyles.MAX_LINK_WIDTH - LayerStyles.MIN_LINK_WIDTH) / 5;
      assertThat(previous)
          .isCloseTo((LayerStyles.MIN_LINK_WIDTH + 4.5 * step) / 0.28, within(0.01));
    }
    // Grey links are context: their rules come in the first feature type style, drawn first.
    List<Element> styles = elements(sld.getDocumentElement(), SE, "FeatureTypeStyle");
    assertThat(styles).hasSize(2);
    assertThat(elements(styles.get(0), SE, "Rule"))
        .allMatch(r -> svg(r, "stroke").equals(ClusterPalette.hex(ClusterPalette.SIZE)));
  }

  @Test
  void hasTheColoursOfTheQmlCategoriesInTheirOrder() {
    for (LayerStyle style : styles.subList(0, 3)) {
      Map<String, String> qml = qmlCategoryColours(parse(style.qml()));
      Map<String, String> sld = new LinkedHashMap<>();
      for (Element rule : symbolRules(parse(style.sld()))) {
        sld.putIfAbsent(categoryOf(rule), colour(rule));
      }
      assertThat(sld).as(style.table()).containsExactlyInAnyOrderEntriesOf(qml);
      assertThat(sld.keySet().stream().filter(v -> !v.isEmpty()))
          .as(style.table())
          .containsExactlyElementsOf(qml.keySet().stream().filter(v -> !v.isEmpty()).toList());
    }
  }

  @Test
  void shadesCountriesInTheQmlRangesEachCountInExactlyOne() {
    // Partnerships 0..10: quintile classes (0, 2], (2, 4], ... (8, 10] besides "none".
    List<org.citynet.export.schema.CountryFigures> figures =
        IntStream.rangeClosed(0, 10)
            .mapToObj(n -> new org.citynet.export.schema.CountryFigures(null, "", "", 1, n, 0, 0))
            .toList();
    LayerStyle countries = LayerStyle.of(LayerStyles.countries(figures));
    Document qml = parse(countries.qml());
    List<Element> rules = symbolRules(parse(countries.sld()));
    List<Element> ranges = elements(qml.getDocumentElement(), null, "range");
    assertThat(rules).hasSize(6).hasSameSizeAs(ranges);
    for (int links = 0; links <= 10; links++) {
      int range = 0; // QGIS: the first range holding the value
      while (links > Double.parseDouble(ranges.get(range).getAttribute("upper"))) {
        range++;
      }
      assertThat(rules.indexOf(onlyMatch(rules, Map.of("links", links)))).isEqualTo(range);
      assertThat(colour(rules.get(range))).isEqualTo(qmlColour(qml, range, "color"));
    }
    assertThat(ranges.get(1).getAttribute("upper")).isEqualTo("2");
  }

  @Test
  void labelsTheTopCitiesThenMoreThenAllAsTheMapZoomsIn() {
    // 200 cities with betweenness 0.001, 0.002, ..., 0.2, as in the QML's labelling test.
    double[] positive = IntStream.rangeClosed(1, 200).mapToDouble(i -> i / 1000.0).toArray();
    Style style =
        new Style(
            "cities",
            "labels",
            Geometry.POINT,
            new Symbology.Single(Symbology.Symbol.circle(0, 0, 0.1, null)),
            LayerStyles.cityLabels(positive));
    List<Element> rules =
        elements(parse(SldElements.document(style)).getDocumentElement(), SE, "Rule");
    List<Element> labels =
        rules.stream().filter(r -> !elements(r, SE, "TextSymbolizer").isEmpty()).toList();
    assertThat(labels).hasSize(3);
    int[] counts = new int[3];
    for (double b : positive) {
      counts[labels.indexOf(onlyMatch(labels, Map.of("betweenness", b)))]++;
    }
    Map<String, Object> none = new HashMap<>();
    none.put("betweenness", null);
    assertThat(onlyMatch(labels, none)).isSameAs(labels.get(2));
    assertThat(counts).containsExactly(12, 138, 50);
    assertThat(elements(labels.get(0), SE, "MaxScaleDenominator")).isEmpty();
    assertThat(text(labels.get(1), "MaxScaleDenominator")).isEqualTo("25000000");
    assertThat(text(labels.get(2), "MaxScaleDenominator")).isEqualTo("4000000");
    assertThat(elements(labels.get(0), OGC, "PropertyName").get(0).getTextContent())
        .isEqualTo("betweenness");
    assertThat(text(labels.get(0), "Label")).isEqualTo("name");
  }

  @Test
  void outlinesClustersAndRegionsWithoutFilling() {
    for (String table : List.of("clusters", "regions")) {
      Document sld = parse(style(table).sld());
      assertThat(elements(sld.getDocumentElement(), SE, "PolygonSymbolizer")).isNotEmpty();
      assertThat(elements(sld.getDocumentElement(), SE, "Fill")).as(table).isEmpty();
    }
  }

  // --- reading the documents ---

  private LayerStyle style(String table) {
    return styles.stream().filter(s -> s.table().equals(table)).findFirst().orElseThrow();
  }

  private static List<Element> symbolRules(Document sld) {
    return elements(sld.getDocumentElement(), SE, "Rule").stream()
        .filter(r -> elements(r, SE, "TextSymbolizer").isEmpty())
        .toList();
  }

  /** The category a rule draws: the cluster it is equal to, "" for the "all other values" rule. */
  private static String categoryOf(Element rule) {
    Element filter = elements(rule, OGC, "Filter").get(0);
    if (!elements(filter, OGC, "Not").isEmpty()) {
      return "";
    }
    for (Element equal : elements(filter, OGC, "PropertyIsEqualTo")) {
      return elements(equal, OGC, "Literal").get(0).getTextContent();
    }
    throw new AssertionError("no category in rule " + text(rule, "Name"));
  }

  /** A marker's or polygon's fill, else the stroke. */
  private static String colour(Element rule) {
    String fill = svg(rule, "fill");
    return fill != null ? fill : svg(rule, "stroke");
  }

  private static String svg(Element rule, String name) {
    for (Element p : elements(rule, SE, "SvgParameter")) {
      if (p.getAttribute("name").equals(name)
          && !p.getParentNode().getParentNode().getLocalName().equals("Halo")) {
        return p.getTextContent();
      }
    }
    return null;
  }

  private static String text(Element element, String seName) {
    return elements(element, SE, seName).get(0).getTextContent().trim();
  }

  /** The rendered categories' values and the colours of their symbols, in the QML's order. */
  private static Map<String, String> qmlCategoryColours(Document qml) {
    Map<String, String> colours = new LinkedHashMap<>();
    NodeList categories = qml.getElementsByTagName("category");
    for (int i = 0; i < categories.getLength(); i++) {
      Element category = (Element) categories.item(i);
      if (category.getAttribute("render").equals("true")) {
        String symbol = category.getAttribute("symbol");
        colours.put(category.getAttribute("value"), qmlColour(qml, Integer.parseInt(symbol), null));
      }
    }
    return colours;
  }

  /** Symbol {@code name}'s colour as #RRGGBB: a marker's fill, a line's, a fill's or outline. */
  private static String qmlColour(Document qml, int name, String key) {
    for (Element symbol : elements(qml.getDocumentElement(), null, "symbol")) {
      if (symbol.getParentNode().getNodeName().equals("symbols")
          && symbol.getAttribute("name").equals("" + name)) {
        String wanted = key;
        if (wanted == null) {
          wanted =
              switch (symbol.getAttribute("type")) {
                case "line" -> "line_color";
                case "fill" -> "outline_color";
                default -> "color";
              };
        }
        for (Element prop : elements(symbol, null, "prop")) {
          if (prop.getAttribute("k").equals(wanted)) {
            String[] rgba = prop.getAttribute("v").split(",");
            return String.format(
                "#%02X%02X%02X",
                Integer.parseInt(rgba[0]), Integer.parseInt(rgba[1]), Integer.parseInt(rgba[2]));
          }
        }
      }
    }
    throw new AssertionError("no symbol " + name);
  }

  // --- evaluating filters ---

  private static Element onlyMatch(List<Element> rules, Map<String, Object> feature) {
    List<Element> matching = matches(rules, feature);
    assertThat(matching).as("rules matching %s", feature).hasSize(1);
    return matching.get(0);
  }

  private static List<Element> matches(List<Element> rules, Map<String, Object> feature) {
    return rules.stream()
        .filter(
            r -> {
              List<Element> filter = elements(r, OGC, "Filter");
              return filter.isEmpty() || holds(firstChild(filter.get(0)), feature);
            })
        .toList();
  }

  /** Filter Encoding 1.1 on a feature, NULL failing every comparison. */
  private static boolean holds(Element op, Map<String, Object> feature) {
    List<Element> operands = children(op);
    switch (op.getLocalName()) {
      case "And":
        return operands.stream().allMatch(o -> holds(o, feature));
      case "Or":
        return operands.stream().anyMatch(o -> holds(o, feature));
      case "Not":
        return !holds(operands.get(0), feature);
      case "PropertyIsNull":
        return feature.get(operands.get(0).getTextContent()) == null;
      default:
        Object value = feature.get(operands.get(0).getTextContent());
        if (value == null) {
          return false;
        }
        int c =
            Double.compare(
                ((Number) value).doubleValue(),
                Double.parseDouble(operands.get(1).getTextContent()));
        return switch (op.getLocalName()) {
          case "PropertyIsEqualTo" -> c == 0;
          case "PropertyIsLessThan" -> c < 0;
          case "PropertyIsLessThanOrEqualTo" -> c <= 0;
          case "PropertyIsGreaterThan" -> c > 0;
          case "PropertyIsGreaterThanOrEqualTo" -> c >= 0;
          default -> throw new AssertionError("unexpected operator " + op.getLocalName());
        };
    }
  }

  // --- DOM ---

  static Document parse(String xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + xml, e);
    }
  }

  /** Descendants by namespace (null: none, as in QML) and local name. */
  private static List<Element> elements(Element root, String namespace, String localName) {
    NodeList nodes =
        namespace == null
            ? root.getElementsByTagName(localName)
            : root.getElementsByTagNameNS(namespace, localName);
    List<Element> list = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      list.add((Element) nodes.item(i));
    }
    return list;
  }

  private static Element child(Element parent, String namespace, String localName) {
    return children(parent).stream()
        .filter(e -> namespace.equals(e.getNamespaceURI()) && e.getLocalName().equals(localName))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + localName + " in " + parent.getTagName()));
  }

  private static Element firstChild(Element parent) {
    return children(parent).get(0);
  }

  private static List<Element> children(Element parent) {
    List<Element> list = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        list.add(e);
      }
    }
    return list;
  }

  private static org.assertj.core.data.Offset<Double> within() {
    return within(1e-12);
  }

  private static org.assertj.core.data.Offset<Double> within(double offset) {
    return org.assertj.core.data.Offset.offset(offset);
  }
}
