package org.citynet.export.gpkg;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.citynet.export.gpkg.Symbology.Categorized;
import org.citynet.export.gpkg.Symbology.Category;
import org.citynet.export.gpkg.Symbology.Geometry;
import org.citynet.export.gpkg.Symbology.Graduated;
import org.citynet.export.gpkg.Symbology.Hollow;
import org.citynet.export.gpkg.Symbology.LabelTier;
import org.citynet.export.gpkg.Symbology.Labels;
import org.citynet.export.gpkg.Symbology.Range;
import org.citynet.export.gpkg.Symbology.Renderer;
import org.citynet.export.gpkg.Symbology.Scale;
import org.citynet.export.gpkg.Symbology.Single;
import org.citynet.export.gpkg.Symbology.Style;
import org.citynet.export.gpkg.Symbology.Symbol;
import org.citynet.export.gpkg.Symbology.Temporal;

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

  private QmlElements() {}

  /** A complete style document. */
  static String document(Style style) {
    Geometry geometry = style.geometry();
    XmlNode renderer = renderer(style.renderer());
    XmlNode labeling = style.labels() == null ? null : labeling(style.table(), style.labels());
    XmlNode qgis =
        XmlNode.of("qgis")
            .set("version", QGIS_VERSION)
            .set(
                "styleCategories",
                style.temporal() == null ? STYLE_CATEGORIES : STYLE_CATEGORIES + "|Temporal")
            .set("labelsEnabled", labeling == null ? 0 : 1)
            .set("simplifyDrawingHints", geometry == Geometry.POINT ? 0 : 1)
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
    if (style.temporal() != null) {
      qgis.add(temporal(style.temporal()));
    }
    qgis.add(
        XmlNode.of("blendMode").text("0"),
        XmlNode.of("featureBlendMode").text("0"),
        XmlNode.of("layerOpacity").text("1"),
        XmlNode.of("layerGeometryType").text(Integer.toString(geometry.ordinal())));
    return "<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>\n" + qgis;
  }

  /** Vector temporal mode "start and end from fields" (Qgis::VectorTemporalMode). */
  static final int TEMPORAL_START_AND_END_FIELDS = 2;

  /** Temporal limit mode "include begin, include end" (Qgis::VectorTemporalLimitMode). */
  static final int TEMPORAL_INCLUDE_END = 1;

  /**
   * The {@code temporal} element QgsVectorLayerTemporalProperties reads: enabled, start and end
   * from two fields, a feature shown on its end date too (an end is the last day of a year).
   */
  static XmlNode temporal(Temporal temporal) {
    return XmlNode.of("temporal")
        .set("enabled", 1)
        .set("mode", TEMPORAL_START_AND_END_FIELDS)
        .set("limitMode", TEMPORAL_INCLUDE_END)
        .set("startField", temporal.startField())
        .set("endField", temporal.endField())
        .set("startExpression", "")
        .set("endExpression", "")
        .set("durationField", "")
        .set("durationUnit", "min")
        .set("fixedDuration", 0)
        .set("accumulate", 0)
        .add(
            XmlNode.of("fixedRange").add(XmlNode.of("start").text(""), XmlNode.of("end").text("")));
  }

  // --- renderers ---

  /** The {@code renderer-v2} element. */
  static XmlNode renderer(Renderer renderer) {
    if (renderer instanceof Categorized c) {
      return categorizedRenderer(c);
    }
    if (renderer instanceof Graduated g) {
      return graduatedRenderer(g);
    }
    return singleSymbolRenderer(((Single) renderer).symbol());
  }

  /** A renderer drawing every feature with one symbol ({@code QgsSingleSymbolRenderer}). */
  private static XmlNode singleSymbolRenderer(Symbol symbol) {
    return renderer("singleSymbol", null)
        .add(
            XmlNode.of("symbols").add(symbol(symbol).set("name", 0)),
            XmlNode.of("rotation"),
            XmlNode.of("sizescale"));
  }

  /** The category value of the hollow features: no value of a category attribute. */
  static final String HOLLOW_VALUE = "hollow";

  /** A categorized renderer ({@code QgsCategorizedSymbolRenderer}). */
  private static XmlNode categorizedRenderer(Categorized categorized) {
    String orderBy = orderBy(categorized);
    Hollow hollow = categorized.hollow();
    XmlNode renderer =
        renderer("categorizedSymbol", orderBy)
            .set("attr", hollow == null ? categorized.attribute() : hollowAttribute(categorized));
    XmlNode categoryList = XmlNode.of("categories");
    XmlNode symbols = XmlNode.of("symbols");
    List<Category> categories = new ArrayList<>(categorized.categories());
    List<XmlNode> categorySymbols = new ArrayList<>();
    categories.forEach(c -> categorySymbols.add(symbol(c.symbol())));
    if (hollow != null) {
      // before "all other values", so that the legend lists it with the clusters
      int at = categories.isEmpty() || !categories.get(categories.size() - 1).isElse() ? 0 : 1;
      Category ring =
          new Category(HOLLOW_VALUE, hollow.label(), hollowSymbol(categorized, hollow), true);
      categories.add(categories.size() - at, ring);
      categorySymbols.add(
          categories.size() - 1 - at,
          symbol(ring.symbol(), Map.of("outlineColor", expression(ringColour(categorized)))));
    }
    for (int i = 0; i < categories.size(); i++) {
      Category c = categories.get(i);
      categoryList.add(
          XmlNode.of("category")
              .set("value", c.value())
              .set("symbol", i)
              .set("label", c.label())
              .set("render", c.render()));
      symbols.add(categorySymbols.get(i).set("name", i));
    }
    XmlNode source = symbol(categorized.source()).set("name", 0);
    renderer.add(categoryList, symbols, XmlNode.of("source-symbol").add(source));
    renderer.add(XmlNode.of("rotation"), XmlNode.of("sizescale"));
    if (categorized.sizeLegend() != null) {
      renderer.add(sizeLegend(categorized.sizeLegend()));
    }
    return withOrderBy(renderer, orderBy);
  }

  /**
   * The category of a feature when some are hollow: {@link #HOLLOW_VALUE} below the threshold, else
   * the attribute's value.
   */
  private static String hollowAttribute(Categorized categorized) {
    Hollow hollow = categorized.hollow();
    return "CASE WHEN \""
        + hollow.field()
        + "\" < "
        + decimal(hollow.below())
        + " THEN '"
        + HOLLOW_VALUE
        + "' ELSE \""
        + categorized.attribute()
        + "\" END";
  }

  /** The hollow category's symbol: a ring in the colour of the "all other values" category. */
  private static Symbol hollowSymbol(Categorized categorized, Hollow hollow) {
    Category other =
        categorized.categories().stream()
            .filter(Category::isElse)
            .findFirst()
            .orElse(new Category("", "", categorized.source()));
    return categorized.hollowOf(other);
  }

  /** The ring colour of a hollow feature: its category's colour, as a QGIS expression. */
  private static String ringColour(Categorized categorized) {
    StringBuilder e = new StringBuilder("CASE");
    String other = rgba(hollowSymbol(categorized, categorized.hollow()).strokeRgb(), 255);
    for (Category c : categorized.categories()) {
      if (!c.isElse()) {
        e.append(" WHEN \"")
            .append(categorized.attribute())
            .append("\" = ")
            .append(literal(c.value()))
            .append(" THEN '")
            .append(rgba(c.symbol().rgb(), 255))
            .append('\'');
      }
    }
    return e.append(" ELSE '").append(other).append("' END").toString();
  }

  /** A category value as an expression literal: numbers as they are, text quoted. */
  private static String literal(String value) {
    return value.matches("-?[0-9]+(\\.[0-9]+)?") ? value : "'" + value.replace("'", "''") + "'";
  }

  /** The drawing order as a QGIS expression, or null for the order the features are stored in. */
  private static String orderBy(Categorized categorized) {
    return switch (categorized.order()) {
      case AS_STORED -> null;
      case SMALLEST_FIRST -> "\"" + categorized.source().scale().field() + "\"";
      case NULL_FIRST -> "\"" + categorized.attribute() + "\" IS NOT NULL";
    };
  }

  /** A graduated colour renderer ({@code QgsGraduatedSymbolRenderer}) with custom classes. */
  private static XmlNode graduatedRenderer(Graduated graduated) {
    XmlNode renderer =
        renderer("graduatedSymbol", null)
            .set("attr", graduated.attribute())
            .set("graduatedMethod", "GraduatedColor");
    XmlNode rangeList = XmlNode.of("ranges");
    XmlNode symbols = XmlNode.of("symbols");
    for (int i = 0; i < graduated.ranges().size(); i++) {
      Range r = graduated.ranges().get(i);
      rangeList.add(
          XmlNode.of("range")
              .set("lower", decimal(r.lower()))
              .set("upper", decimal(r.upper()))
              .set("symbol", i)
              .set("label", r.label())
              .set("render", "true"));
      symbols.add(symbol(r.symbol()).set("name", i));
    }
    renderer.add(rangeList, symbols, gradientRamp(graduated.ramp()));
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
  private static XmlNode sizeLegend(String title) {
    return XmlNode.of("data-defined-size-legend")
        .set("type", "collapsed")
        .set("valign", "bottom")
        .set("title", title)
        .add(XmlNode.of("text-style").set("color", "0,0,0,255").set("align", 1));
  }

  /** A two-colour linear gradient colour ramp ({@code QgsGradientColorRamp}) with stops. */
  private static XmlNode gradientRamp(List<Integer> rgbs) {
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

  /** A symbol of one symbol layer. */
  static XmlNode symbol(Symbol symbol) {
    return symbol(symbol, Map.of());
  }

  /**
   * A symbol of one symbol layer whose marker also takes {@code dataDefined} properties (by QGIS
   * property key, e.g. {@code outlineColor}).
   */
  private static XmlNode symbol(Symbol symbol, Map<String, XmlNode> dataDefined) {
    XmlNode size = symbol.scale() == null ? null : sizeScale(symbol.scale());
    Map<String, XmlNode> markerProperties = new TreeMap<>(dataDefined);
    if (size != null) {
      markerProperties.put("size", size);
    }
    XmlNode layer =
        switch (symbol.geometry()) {
          case POINT ->
              circle(symbol.fillRgb(), symbol.strokeRgb(), symbol.strokeWidth(), markerProperties);
          case LINE -> line(symbol.strokeRgb(), symbol.size(), size);
          case POLYGON ->
              fill(
                  symbol.fillRgb(),
                  (int) Math.round(symbol.fillOpacity() * 255),
                  symbol.strokeRgb(),
                  symbol.strokeWidth());
        };
    String type =
        switch (symbol.geometry()) {
          case POINT -> "marker";
          case LINE -> "line";
          case POLYGON -> "fill";
        };
    return XmlNode.of("symbol")
        .set("type", type)
        .set("alpha", decimal(symbol.opacity()))
        .set("clip_to_extent", 1)
        .set("force_rhr", 0)
        .add(dataDefinedProperties(Map.of()), layer);
  }

  /** A circle marker ({@code QgsSimpleMarkerSymbolLayer}); sizes in millimetres. */
  private static XmlNode circle(
      int fillRgb, int outlineRgb, double outlineWidth, Map<String, XmlNode> dataDefined) {
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
    return symbolLayer("SimpleMarker", props, dataDefined);
  }

  /** A solid line ({@code QgsSimpleLineSymbolLayer}); widths in millimetres. */
  private static XmlNode line(int rgb, double width, XmlNode dataDefinedWidth) {
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
  private static XmlNode fill(int fillRgb, int fillAlpha, int outlineRgb, double outlineWidth) {
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
   * with a {@code QgsSizeScaleTransformer}).
   */
  private static XmlNode sizeScale(Scale scale) {
    int scaleType = scale.byArea() ? SCALE_AREA : SCALE_LINEAR;
    XmlNode transformer =
        XmlNode.of("Option")
            .set("type", "Map")
            .set("name", "transformer")
            .add(
                XmlNode.of("Option")
                    .set("type", "Map")
                    .set("name", "d")
                    .add(
                        option("exponent", "double", decimal(scale.exponent())),
                        option("maxSize", "double", decimal(scale.maxSize())),
                        option("maxValue", "double", decimal(scale.maxValue())),
                        option("minSize", "double", decimal(scale.minSize())),
                        option("minValue", "double", decimal(scale.minValue())),
                        option("nullSize", "double", decimal(scale.minSize())),
                        option("scaleType", "int", Integer.toString(scaleType))),
                option("t", "int", "1"));
    return XmlNode.of("Option")
        .set("type", "Map")
        .add(
            option("active", "bool", "true"),
            option("field", "QString", scale.field()),
            transformer,
            option("type", "int", "2"));
  }

  /** A property computed by a QGIS expression ({@code QgsProperty} of type expression). */
  private static XmlNode expression(String expression) {
    return XmlNode.of("Option")
        .set("type", "Map")
        .add(
            option("active", "bool", "true"),
            option("expression", "QString", expression),
            option("type", "int", "3"));
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

  /** Rule-based labelling ({@code QgsRuleBasedLabeling}), a rule per tier. */
  static XmlNode labeling(String layer, Labels labels) {
    XmlNode root = XmlNode.of("rules").set("key", key(layer + "/labels"));
    for (LabelTier tier : labels.tiers()) {
      XmlNode rule =
          XmlNode.of("rule")
              .set("key", key(layer + "/" + tier.description()))
              .set("filter", filter(labels.rank(), tier))
              .set("description", tier.description());
      if (tier.minScaleDenominator() > 0) {
        rule.set("scalemaxdenom", tier.minScaleDenominator());
      }
      root.add(rule.add(labelSettings(labels, tier)));
    }
    return XmlNode.of("labeling").set("type", "rule-based").add(root);
  }

  /** A tier's filter as a QGIS expression: its bounds on the rank as plain numbers to edit. */
  private static String filter(String rank, LabelTier tier) {
    String field = "\"" + rank + "\"";
    String atLeast = Double.isNaN(tier.atLeast()) ? "" : field + " >= " + decimal(tier.atLeast());
    String below = Double.isNaN(tier.below()) ? "" : field + " < " + decimal(tier.below());
    if (atLeast.isEmpty()) {
      return below.isEmpty() ? "" : below + " OR " + field + " IS NULL";
    }
    return below.isEmpty() ? atLeast : atLeast + " AND " + below;
  }

  /**
   * Point labels of a tier, in the user's default font, placed cartographically around the symbol
   * ({@code QgsPalLayerSettings} placement OrderedPositionsAroundPoint).
   */
  private static XmlNode labelSettings(Labels labels, LabelTier tier) {
    XmlNode textStyle =
        XmlNode.of("text-style")
            .set("fieldName", labels.field())
            .set("isExpression", 0)
            .set("fontSize", decimal(tier.sizePoints()))
            .set("fontSizeUnit", "Point")
            .set("fontWeight", tier.bold() ? 75 : 50)
            .set("fontItalic", 0)
            .set("textColor", rgba(labels.textRgb(), 255))
            .set("textOpacity", 1)
            .set("multilineHeight", 1)
            .add(
                XmlNode.of("text-buffer")
                    .set("bufferDraw", 1)
                    .set("bufferSize", decimal(labels.haloSize()))
                    .set("bufferSizeUnits", "MM")
                    .set("bufferColor", rgba(labels.haloRgb(), 255))
                    .set("bufferOpacity", decimal(labels.haloOpacity()))
                    .set("bufferJoinStyle", 128)
                    .set("bufferNoFill", 1)
                    .set("bufferBlendMode", 0));
    XmlNode placement =
        XmlNode.of("placement")
            .set("placement", 6)
            .set("predefinedPositionOrder", "TR,TL,BR,BL,R,L,TSR,BSR")
            .set("dist", decimal(labels.distance()))
            .set("distUnits", "MM")
            .set("offsetType", 0)
            .set("priority", tier.priority());
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
