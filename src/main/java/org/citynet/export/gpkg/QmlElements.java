package org.citynet.export.gpkg;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The parts of a QGIS layer style file (QML) as QGIS 3.22 writes them: renderers, symbols, symbol
 * layers, data-defined properties and rule-based labels.
 *
 * <p>The structure follows the styles QGIS 3.22.16 itself saved into a GeoPackage's {@code
 * layer_styles} for the same renderers: symbol layer properties are written twice, as the {@code
 * <Option type="Map">} QGIS 3.16+ reads and as the {@code <prop k v>} pairs earlier 3.x versions
 * read. Elements a style does not need (field widgets, forms, actions) are left out, as in a style
 * saved with only the "Symbology" and "Labeling" categories; QGIS takes its defaults for them.
 * {@code GeoPackageStylesTest} loads the result in QGIS and checks what QGIS made of it.
 */
final class QmlElements {
  /** The QGIS version written into each style. */
  static final String QGIS_VERSION = "3.22.16-Białowieża";

  /** Categories of a style with only symbols and labels (QgsMapLayer::StyleCategory names). */
  static final String STYLE_CATEGORIES = "Symbology|Labeling";

  /** Size-scale transformer types (QgsSizeScaleTransformer::ScaleType). */
  static final int SCALE_LINEAR = 0;

  static final int SCALE_AREA = 1;

  /** Layer geometry types (QgsWkbTypes::GeometryType). */
  static final int POINT = 0;

  static final int LINE = 1;
  static final int POLYGON = 2;

  private QmlElements() {}

  /**
   * A complete style document.
   *
   * @param geometryType {@link #POINT}, {@link #LINE} or {@link #POLYGON}
   * @param renderer the {@code renderer-v2} element
   * @param labeling the {@code labeling} element, or null for no labels
   */
  static String document(int geometryType, XmlNode renderer, XmlNode labeling) {
    XmlNode qgis =
        XmlNode.of("qgis")
            .set("version", QGIS_VERSION)
            .set("styleCategories", STYLE_CATEGORIES)
            .set("labelsEnabled", labeling == null ? 0 : 1)
            .set("simplifyDrawingHints", geometryType == POINT ? 0 : 1)
            .set("simplifyDrawingTol", 1)
            .set("simplifyLocal", 1)
            .set("simplifyAlgorithm", 0)
            .set("simplifyMaxScale", 1)
            .set("symbologyReferenceScale", -1)
            .set("hasScaleBasedVisibilityFlag", 0)
            .set("minScale", "100000000")
            .set("maxScale", 0);
    qgis.add(renderer);
    if (labeling != null) {
      qgis.add(labeling);
    }
    qgis.add(
        XmlNode.of("blendMode").text("0"),
        XmlNode.of("featureBlendMode").text("0"),
        XmlNode.of("layerOpacity").text("1"),
        XmlNode.of("layerGeometryType").text(Integer.toString(geometryType)));
    return "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n" + qgis;
  }

  // --- renderers ---

  /**
   * A category of a categorized renderer.
   *
   * @param value the attribute value it matches, "" for every value no other category matches (NULL
   *     included)
   * @param label its legend text
   * @param symbol its symbol (from {@link #symbol})
   * @param render whether it is drawn (the box ticked in QGIS's legend)
   */
  record Category(String value, String label, XmlNode symbol, boolean render) {
    Category(String value, String label, XmlNode symbol) {
      this(value, label, symbol, true);
    }
  }

  /** A renderer drawing every feature with one symbol ({@code QgsSingleSymbolRenderer}). */
  static XmlNode singleSymbolRenderer(XmlNode symbol) {
    return renderer("singleSymbol", null)
        .add(
            XmlNode.of("symbols").add(symbol.set("name", 0)),
            XmlNode.of("rotation"),
            XmlNode.of("sizescale"));
  }

  /**
   * A categorized renderer ({@code QgsCategorizedSymbolRenderer}).
   *
   * @param sourceSymbol the symbol the categories were made from; with {@code sizeLegend} QGIS
   *     draws the legend of its data-defined size from it
   * @param sizeLegend a {@link #sizeLegend} or null
   * @param orderBy an expression features are drawn in ascending order of, or null
   */
  static XmlNode categorizedRenderer(
      String attribute,
      List<Category> categories,
      XmlNode sourceSymbol,
      XmlNode sizeLegend,
      String orderBy) {
    XmlNode renderer = renderer("categorizedSymbol", orderBy).set("attr", attribute);
    XmlNode categoryList = XmlNode.of("categories");
    XmlNode symbols = XmlNode.of("symbols");
    for (int i = 0; i < categories.size(); i++) {
      Category c = categories.get(i);
      categoryList.add(
          XmlNode.of("category")
              .set("value", c.value())
              .set("symbol", i)
              .set("label", c.label())
              .set("render", c.render()));
      symbols.add(c.symbol().set("name", i));
    }
    renderer.add(
        categoryList, symbols, XmlNode.of("source-symbol").add(sourceSymbol.set("name", 0)));
    renderer.add(XmlNode.of("rotation"), XmlNode.of("sizescale"));
    if (sizeLegend != null) {
      renderer.add(sizeLegend);
    }
    return withOrderBy(renderer, orderBy);
  }

  /**
   * A class of a graduated renderer: values in [lower, upper], the first matching class winning.
   */
  record Range(double lower, double upper, String label, XmlNode symbol) {}

  /** A graduated colour renderer ({@code QgsGraduatedSymbolRenderer}) with custom classes. */
  static XmlNode graduatedRenderer(String attribute, List<Range> ranges, XmlNode colorRamp) {
    XmlNode renderer =
        renderer("graduatedSymbol", null)
            .set("attr", attribute)
            .set("graduatedMethod", "GraduatedColor");
    XmlNode rangeList = XmlNode.of("ranges");
    XmlNode symbols = XmlNode.of("symbols");
    for (int i = 0; i < ranges.size(); i++) {
      Range r = ranges.get(i);
      rangeList.add(
          XmlNode.of("range")
              .set("lower", decimal(r.lower()))
              .set("upper", decimal(r.upper()))
              .set("symbol", i)
              .set("label", r.label())
              .set("render", "true"));
      symbols.add(r.symbol().set("name", i));
    }
    renderer.add(rangeList, symbols, colorRamp);
    renderer.add(
        XmlNode.of("classificationMethod")
            .set("id", "Custom")
            .add(
                XmlNode.of("symmetricMode")
                    .set("enabled", 0)
                    .set("symmetrypoint", 0)
                    .set("astride", 0),
                XmlNode.of("labelFormat")
                    .set("format", "%1 – %2")
                    .set("labelprecision", 0)
                    .set("trimtrailingzeroes", 1),
                XmlNode.of("parameters").add(XmlNode.of("Option")),
                XmlNode.of("extraInformation")));
    renderer.add(XmlNode.of("rotation"), XmlNode.of("sizescale"));
    return renderer;
  }

  private static XmlNode renderer(String type, String orderBy) {
    return XmlNode.of("renderer-v2")
        .set("type", type)
        .set("symbollevels", 0)
        .set("enableorderby", orderBy == null ? 0 : 1)
        .set("forceraster", 0)
        .set("referencescale", -1);
  }

  private static XmlNode withOrderBy(XmlNode renderer, String orderBy) {
    if (orderBy != null) {
      renderer.add(
          XmlNode.of("orderby")
              .add(XmlNode.of("orderByClause").set("asc", 1).set("nullsFirst", 1).text(orderBy)));
    }
    return renderer;
  }

  /**
   * The legend of a data-defined marker size as nested circles ({@code QgsDataDefinedSizeLegend},
   * "collapsed"), with classes QGIS chooses from the size scale.
   */
  static XmlNode sizeLegend(String title) {
    return XmlNode.of("data-defined-size-legend")
        .set("type", "collapsed")
        .set("valign", "bottom")
        .set("title", title)
        .add(XmlNode.of("text-style").set("color", "0,0,0,255").set("align", 1));
  }

  /** A two-colour linear gradient colour ramp ({@code QgsGradientColorRamp}) with stops. */
  static XmlNode gradientRamp(List<Integer> rgbs) {
    Map<String, String> props = new TreeMap<>();
    props.put("color1", rgba(rgbs.get(0), 255));
    props.put("color2", rgba(rgbs.get(rgbs.size() - 1), 255));
    props.put("discrete", "0");
    props.put("rampType", "gradient");
    List<String> stops = new ArrayList<>();
    for (int i = 1; i < rgbs.size() - 1; i++) {
      stops.add(decimal((double) i / (rgbs.size() - 1)) + ";" + rgba(rgbs.get(i), 255));
    }
    props.put("stops", String.join(":", stops));
    XmlNode ramp = XmlNode.of("colorramp").set("type", "gradient").set("name", "[source]");
    ramp.add(optionMap(props));
    props.forEach((k, v) -> ramp.add(XmlNode.of("prop").set("k", k).set("v", v)));
    return ramp;
  }

  // --- symbols ---

  /**
   * A symbol of one layer.
   *
   * @param type "marker", "line" or "fill"
   * @param alpha its opacity, in [0, 1]
   */
  static XmlNode symbol(String type, double alpha, XmlNode layer) {
    return XmlNode.of("symbol")
        .set("type", type)
        .set("alpha", decimal(alpha))
        .set("clip_to_extent", 1)
        .set("force_rhr", 0)
        .add(dataDefinedProperties(Map.of()), layer);
  }

  /** A circle marker ({@code QgsSimpleMarkerSymbolLayer}); sizes in millimetres. */
  static XmlNode circle(int fillRgb, int outlineRgb, double outlineWidth, XmlNode size) {
    Map<String, String> props = new TreeMap<>();
    props.put("angle", "0");
    props.put("color", rgba(fillRgb, 255));
    props.put("horizontal_anchor_point", "1");
    props.put("joinstyle", "bevel");
    props.put("name", "circle");
    props.put("offset", "0,0");
    props.put("offset_unit", "MM");
    props.put("outline_color", rgba(outlineRgb, 255));
    props.put("outline_style", "solid");
    props.put("outline_width", decimal(outlineWidth));
    props.put("outline_width_unit", "MM");
    props.put("scale_method", "diameter");
    props.put("size", "2");
    props.put("size_unit", "MM");
    props.put("vertical_anchor_point", "1");
    return symbolLayer("SimpleMarker", props, size == null ? Map.of() : Map.of("size", size));
  }

  /** A solid line ({@code QgsSimpleLineSymbolLayer}); widths in millimetres. */
  static XmlNode line(int rgb, double width, XmlNode dataDefinedWidth) {
    Map<String, String> props = new TreeMap<>();
    props.put("capstyle", "round");
    props.put("joinstyle", "round");
    props.put("line_color", rgba(rgb, 255));
    props.put("line_style", "solid");
    props.put("line_width", decimal(width));
    props.put("line_width_unit", "MM");
    props.put("offset", "0");
    props.put("offset_unit", "MM");
    props.put("use_custom_dash", "0");
    return symbolLayer(
        "SimpleLine",
        props,
        dataDefinedWidth == null ? Map.of() : Map.of("outlineWidth", dataDefinedWidth));
  }

  /**
   * A polygon fill ({@code QgsSimpleFillSymbolLayer}).
   *
   * @param fillRgb fill colour as 0xRRGGBB
   * @param fillAlpha the fill's opacity in 0..255; 0 draws no fill at all
   */
  static XmlNode fill(int fillRgb, int fillAlpha, int outlineRgb, double outlineWidth) {
    Map<String, String> props = new TreeMap<>();
    props.put("color", rgba(fillRgb, fillAlpha));
    props.put("joinstyle", "round");
    props.put("offset", "0,0");
    props.put("offset_unit", "MM");
    props.put("outline_color", rgba(outlineRgb, 255));
    props.put("outline_style", "solid");
    props.put("outline_width", decimal(outlineWidth));
    props.put("outline_width_unit", "MM");
    props.put("style", fillAlpha == 0 ? "no" : "solid");
    return symbolLayer("SimpleFill", props, Map.of());
  }

  private static XmlNode symbolLayer(
      String layerClass, Map<String, String> props, Map<String, XmlNode> dataDefined) {
    XmlNode layer =
        XmlNode.of("layer")
            .set("class", layerClass)
            .set("enabled", 1)
            .set("locked", 0)
            .set("pass", 0)
            .add(optionMap(props));
    props.forEach((k, v) -> layer.add(XmlNode.of("prop").set("k", k).set("v", v)));
    return layer.add(dataDefinedProperties(dataDefined));
  }

  /**
   * A property taken from a numeric field through a size scale ({@code QgsProperty} of type field,
   * with a {@code QgsSizeScaleTransformer}): values from {@code minValue} to {@code maxValue} give
   * sizes from {@code minSize} to {@code maxSize} (clamped beyond), NULL gives {@code minSize}.
   *
   * @param scaleType {@link #SCALE_LINEAR}, or {@link #SCALE_AREA} for a size whose area, not
   *     diameter, grows with the value
   */
  static XmlNode sizeScale(
      String field,
      int scaleType,
      double minValue,
      double maxValue,
      double minSize,
      double maxSize) {
    XmlNode transformer =
        XmlNode.of("Option")
            .set("type", "Map")
            .set("name", "transformer")
            .add(
                XmlNode.of("Option")
                    .set("type", "Map")
                    .set("name", "d")
                    .add(
                        option("exponent", "double", scaleType == SCALE_AREA ? "0.5" : "1"),
                        option("maxSize", "double", decimal(maxSize)),
                        option("maxValue", "double", decimal(maxValue)),
                        option("minSize", "double", decimal(minSize)),
                        option("minValue", "double", decimal(minValue)),
                        option("nullSize", "double", decimal(minSize)),
                        option("scaleType", "int", Integer.toString(scaleType))),
                option("t", "int", "1"));
    return XmlNode.of("Option")
        .set("type", "Map")
        .add(
            option("active", "bool", "true"),
            option("field", "QString", field),
            transformer,
            option("type", "int", "2"));
  }

  private static XmlNode dataDefinedProperties(Map<String, XmlNode> properties) {
    XmlNode map = XmlNode.of("Option").set("name", "properties");
    if (!properties.isEmpty()) {
      map.set("type", "Map");
      new TreeMap<>(properties).forEach((name, property) -> map.add(property.set("name", name)));
    }
    return XmlNode.of("data_defined_properties")
        .add(
            XmlNode.of("Option")
                .set("type", "Map")
                .add(option("name", "QString", ""), map, option("type", "QString", "collection")));
  }

  // --- labels ---

  /**
   * A labelling rule: label the features matching {@code filter} at map scales from 1:{@code
   * minScaleDenominator} inwards.
   *
   * @param filter a QGIS expression
   * @param description shown in QGIS's rule list
   * @param minScaleDenominator 0 for every scale, else the denominator of the smallest scale (most
   *     zoomed out) at which the rule applies
   * @param settings from {@link #labelSettings}
   */
  record LabelRule(String filter, String description, long minScaleDenominator, XmlNode settings) {}

  /** Rule-based labelling ({@code QgsRuleBasedLabeling}); the first rule is placed first. */
  static XmlNode ruleBasedLabeling(String layer, List<LabelRule> rules) {
    XmlNode root = XmlNode.of("rules").set("key", key(layer + "/labels"));
    for (LabelRule r : rules) {
      XmlNode rule =
          XmlNode.of("rule")
              .set("key", key(layer + "/" + r.description()))
              .set("filter", r.filter())
              .set("description", r.description());
      if (r.minScaleDenominator() > 0) {
        rule.set("scalemaxdenom", r.minScaleDenominator());
      }
      root.add(rule.add(r.settings()));
    }
    return XmlNode.of("labeling").set("type", "rule-based").add(root);
  }

  /**
   * Point labels from a field, in the user's default font, with a white halo, placed
   * cartographically around the symbol ({@code QgsPalLayerSettings} placement
   * OrderedPositionsAroundPoint).
   *
   * @param priority placement priority, 0..10; higher wins where labels collide
   */
  static XmlNode labelSettings(String field, double sizePoints, boolean bold, int priority) {
    XmlNode textStyle =
        XmlNode.of("text-style")
            .set("fieldName", field)
            .set("isExpression", 0)
            .set("fontSize", decimal(sizePoints))
            .set("fontSizeUnit", "Point")
            .set("fontWeight", bold ? 75 : 50)
            .set("fontItalic", 0)
            .set("textColor", "35,35,35,255")
            .set("textOpacity", 1)
            .set("multilineHeight", 1)
            .add(
                XmlNode.of("text-buffer")
                    .set("bufferDraw", 1)
                    .set("bufferSize", "0.7")
                    .set("bufferSizeUnits", "MM")
                    .set("bufferColor", "255,255,255,255")
                    .set("bufferOpacity", "0.85")
                    .set("bufferJoinStyle", 128)
                    .set("bufferNoFill", 1)
                    .set("bufferBlendMode", 0));
    XmlNode placement =
        XmlNode.of("placement")
            .set("placement", 6)
            .set("predefinedPositionOrder", "TR,TL,BR,BL,R,L,TSR,BSR")
            .set("dist", "0.6")
            .set("distUnits", "MM")
            .set("offsetType", 0)
            .set("priority", priority);
    XmlNode rendering =
        XmlNode.of("rendering")
            .set("drawLabels", 1)
            .set("obstacle", 1)
            .set("obstacleFactor", 1)
            .set("obstacleType", 1)
            .set("displayAll", 0)
            .set("upsidedownLabels", 0)
            .set("limitNumLabels", 0)
            .set("maxNumLabels", 2000)
            .set("zIndex", 0);
    return XmlNode.of("settings")
        .set("calloutType", "simple")
        .add(textStyle, XmlNode.of("text-format").set("wrapChar", ""), placement, rendering);
  }

  // --- values ---

  /** A colour as QGIS writes it: "r,g,b,a". */
  static String rgba(int rgb, int alpha) {
    return ((rgb >> 16) & 0xFF) + "," + ((rgb >> 8) & 0xFF) + "," + (rgb & 0xFF) + "," + alpha;
  }

  /**
   * A number as a QGIS expression or property reads it back exactly: the shortest decimal that
   * round-trips, without exponent where Java would use one for small values.
   */
  static String decimal(double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
  }

  /**
   * A QGIS rule key: a UUID in braces, derived from a name so the same style gives the same key.
   */
  private static String key(String name) {
    return "{" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)) + "}";
  }

  private static XmlNode optionMap(Map<String, String> values) {
    XmlNode map = XmlNode.of("Option").set("type", "Map");
    values.forEach((k, v) -> map.add(option(k, "QString", v)));
    return map;
  }

  private static XmlNode option(String name, String type, String value) {
    return XmlNode.of("Option").set("name", name).set("type", type).set("value", value);
  }
}
