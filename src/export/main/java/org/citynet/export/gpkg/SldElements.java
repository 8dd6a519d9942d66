package org.citynet.export.gpkg;

import static org.citynet.export.gpkg.QmlElements.decimal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.citynet.export.gpkg.Symbology.Categorized;
import org.citynet.export.gpkg.Symbology.Category;
import org.citynet.export.gpkg.Symbology.DrawingOrder;
import org.citynet.export.gpkg.Symbology.Geometry;
import org.citynet.export.gpkg.Symbology.Graduated;
import org.citynet.export.gpkg.Symbology.Hollow;
import org.citynet.export.gpkg.Symbology.LabelTier;
import org.citynet.export.gpkg.Symbology.Labels;
import org.citynet.export.gpkg.Symbology.Range;
import org.citynet.export.gpkg.Symbology.Single;
import org.citynet.export.gpkg.Symbology.SizeClass;
import org.citynet.export.gpkg.Symbology.Style;
import org.citynet.export.gpkg.Symbology.Symbol;

/**
 * A {@link Style} as an OGC Styled Layer Descriptor 1.1.0 (OGC 05-078r4) with Symbology Encoding
 * 1.1 (OGC 05-077r4) and Filter Encoding 1.1 (OGC 04-095), for tools that read SLD rather than
 * QGIS's QML (GeoServer, MapServer, QGIS's "Load style from SLD").
 *
 * <p>Everything is a plain rule with an {@code ogc:Filter}: no {@code Categorize}/{@code
 * Interpolate} functions, which QGIS's SLD import does not read. A size scale therefore becomes
 * {@value #SIZE_CLASSES} classes of equal size steps ({@link Symbology.Scale#classes}), each
 * category getting a rule per class ({@code And} of the category and the class filters). Feature
 * types styles, drawn one after the other, stand in for QGIS's drawing order: one per size class,
 * smallest first, or the NULL category before the others. Sizes are in SE's default unit, the 0.28
 * mm "standardized rendering pixel". Categories not drawn by default get no rule. Hollow features
 * ({@link Symbology.Hollow}) get a rule of their own beside each category's rule, with the ring in
 * that category's colour.
 */
final class SldElements {
  static final String SLD = "http://www.opengis.net/sld";
  static final String SE = "http://www.opengis.net/se";
  static final String OGC = "http://www.opengis.net/ogc";

  /** Classes a data-defined size is drawn in. */
  static final int SIZE_CLASSES = 5;

  /** SE's standardized rendering pixel, in mm (SE 1.1 §10.3). */
  private static final double PIXEL_MM = 0.28;

  private static final double POINT_MM = 25.4 / 72;

  private SldElements() {}

  /** The style as a complete SLD document, one named layer with one user style. */
  static String document(Style style) {
    XmlNode userStyle =
        XmlNode.of("UserStyle")
            .add(
                XmlNode.of("se:Name").text(LayerStyles.STYLE_NAME),
                description(LayerStyles.STYLE_NAME, style.description()));
    userStyle.addAll(featureTypeStyles(style));
    if (style.labels() != null) {
      userStyle.add(labels(style.labels()));
    }
    XmlNode root =
        XmlNode.of("StyledLayerDescriptor")
            .set("version", "1.1.0")
            .set("xmlns", SLD)
            .set("xmlns:se", SE)
            .set("xmlns:ogc", OGC)
            .set("xmlns:xlink", "http://www.w3.org/1999/xlink")
            .set("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance")
            .set(
                "xsi:schemaLocation",
                SLD + " http://schemas.opengis.net/sld/1.1.0/StyledLayerDescriptor.xsd")
            .add(
                XmlNode.of("NamedLayer").add(XmlNode.of("se:Name").text(style.table()), userStyle));
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + root;
  }

  private static List<XmlNode> featureTypeStyles(Style style) {
    if (style.renderer() instanceof Categorized c) {
      return categorized(style.geometry(), c);
    }
    List<XmlNode> rules = new ArrayList<>();
    if (style.renderer() instanceof Graduated g) {
      for (int i = 0; i < g.ranges().size(); i++) {
        Range r = g.ranges().get(i);
        // QGIS's classes share their bounds, the first taking it: (lower, upper] after the first.
        XmlNode filter =
            all(
                compare(
                    i == 0 ? "PropertyIsGreaterThanOrEqualTo" : "PropertyIsGreaterThan",
                    g.attribute(),
                    decimal(r.lower())),
                compare("PropertyIsLessThanOrEqualTo", g.attribute(), decimal(r.upper())));
        rules.add(rule(r.label(), filter, 0, symbolizer(r.symbol(), r.symbol().size())));
      }
    } else {
      Symbol symbol = ((Single) style.renderer()).symbol();
      rules.add(rule(style.table(), null, 0, symbolizer(symbol, symbol.size())));
    }
    return List.of(XmlNode.of("se:FeatureTypeStyle").addAll(rules));
  }

  /**
   * A rule per drawn category and size class, grouped into feature type styles in the drawing
   * order.
   */
  private static List<XmlNode> categorized(Geometry geometry, Categorized categorized) {
    List<String> values =
        categorized.categories().stream().filter(c -> !c.isElse()).map(Category::value).toList();
    Map<Integer, XmlNode> groups = new TreeMap<>();
    for (Category category : categorized.categories()) {
      if (!category.render()) {
        continue;
      }
      XmlNode isCategory =
          category.isElse()
              ? otherThan(categorized.attribute(), values)
              : compare("PropertyIsEqualTo", categorized.attribute(), category.value());
      Symbol symbol = category.symbol();
      List<SizeClass> classes =
          symbol.scale() == null
              ? List.of(new SizeClass(Double.NaN, Double.NaN, symbol.size()))
              : symbol.scale().classes(SIZE_CLASSES);
      Hollow hollow = categorized.hollow();
      for (int k = 0; k < classes.size(); k++) {
        SizeClass sizeClass = classes.get(k);
        String name = category.label();
        XmlNode filter = isCategory;
        if (symbol.scale() != null) {
          String field = symbol.scale().field();
          name += " · " + field + " " + bounds(sizeClass.lower(), sizeClass.upper());
          filter = all(isCategory, within(field, sizeClass.lower(), sizeClass.upper()));
        }
        int group =
            categorized.order() == DrawingOrder.SMALLEST_FIRST
                ? k
                : categorized.order() == DrawingOrder.NULL_FIRST && !category.isElse() ? 1 : 0;
        XmlNode style = groups.computeIfAbsent(group, g -> XmlNode.of("se:FeatureTypeStyle"));
        if (hollow == null) {
          style.add(rule(name, filter, 0, symbolizer(symbol, sizeClass.size())));
          continue;
        }
        XmlNode below = compare("PropertyIsLessThan", hollow.field(), decimal(hollow.below()));
        XmlNode placed =
            any(
                isNull(hollow.field()),
                compare("PropertyIsGreaterThanOrEqualTo", hollow.field(), decimal(hollow.below())));
        style.add(rule(name, all(filter, placed), 0, symbolizer(symbol, sizeClass.size())));
        style.add(
            rule(
                name + " · " + hollow.label(),
                all(filter, below),
                0,
                symbolizer(categorized.hollowOf(category), sizeClass.size())));
      }
    }
    return List.copyOf(groups.values());
  }

  private static String bounds(double lower, double upper) {
    if (Double.isNaN(lower)) {
      return Double.isNaN(upper) ? "any" : "< " + decimal(upper);
    }
    return Double.isNaN(upper) ? "≥ " + decimal(lower) : decimal(lower) + " – " + decimal(upper);
  }

  private static XmlNode labels(Labels labels) {
    XmlNode style = XmlNode.of("se:FeatureTypeStyle");
    for (LabelTier tier : labels.tiers()) {
      double fontSize = tier.sizePoints() * POINT_MM;
      XmlNode font = XmlNode.of("se:Font").add(svg("font-size", pixels(fontSize)));
      if (tier.bold()) {
        font.add(svg("font-weight", "bold"));
      }
      // Anchored at the label's lower left: it sits to the upper right of the point, QGIS's first
      // choice of position.
      XmlNode placement =
          XmlNode.of("se:LabelPlacement")
              .add(
                  XmlNode.of("se:PointPlacement")
                      .add(
                          XmlNode.of("se:AnchorPoint")
                              .add(
                                  XmlNode.of("se:AnchorPointX").text("0"),
                                  XmlNode.of("se:AnchorPointY").text("0")),
                          XmlNode.of("se:Displacement")
                              .add(
                                  XmlNode.of("se:DisplacementX").text(pixels(labels.distance())),
                                  XmlNode.of("se:DisplacementY").text(pixels(labels.distance())))));
      XmlNode halo =
          XmlNode.of("se:Halo")
              .add(
                  XmlNode.of("se:Radius").text(pixels(labels.haloSize())),
                  XmlNode.of("se:Fill")
                      .add(
                          svg("fill", hex(labels.haloRgb())),
                          svg("fill-opacity", decimal(labels.haloOpacity()))));
      XmlNode text =
          XmlNode.of("se:TextSymbolizer")
              .add(
                  XmlNode.of("se:Label").add(property(labels.field())),
                  font,
                  placement,
                  halo,
                  XmlNode.of("se:Fill").add(svg("fill", hex(labels.textRgb()))));
      style.add(
          rule(
              tier.description(),
              within(labels.rank(), tier.atLeast(), tier.below()),
              tier.minScaleDenominator(),
              text));
    }
    return style;
  }

  /**
   * A rule.
   *
   * @param filter or null for every feature
   * @param maxScaleDenominator 0 for every scale, else the denominator of the smallest scale (most
   *     zoomed out) at which the rule applies
   */
  private static XmlNode rule(
      String name, XmlNode filter, long maxScaleDenominator, XmlNode symbolizer) {
    XmlNode rule = XmlNode.of("se:Rule").add(XmlNode.of("se:Name").text(name));
    rule.add(description(name, null));
    if (filter != null) {
      rule.add(XmlNode.of("ogc:Filter").add(filter));
    }
    if (maxScaleDenominator > 0) {
      rule.add(XmlNode.of("se:MaxScaleDenominator").text(Long.toString(maxScaleDenominator)));
    }
    return rule.add(symbolizer);
  }

  private static XmlNode description(String title, String summary) {
    XmlNode description = XmlNode.of("se:Description").add(XmlNode.of("se:Title").text(title));
    if (summary != null) {
      description.add(XmlNode.of("se:Abstract").text(summary));
    }
    return description;
  }

  // --- symbolizers ---

  /** The symbol drawn at {@code size} (a marker's diameter or a line's width, mm). */
  private static XmlNode symbolizer(Symbol symbol, double size) {
    XmlNode stroke =
        stroke(
            symbol.strokeRgb(),
            symbol.opacity(),
            symbol.geometry() == Geometry.LINE ? size : symbol.strokeWidth());
    return switch (symbol.geometry()) {
      case POINT ->
          XmlNode.of("se:PointSymbolizer")
              .add(
                  XmlNode.of("se:Graphic")
                      .add(
                          XmlNode.of("se:Mark")
                              .add(
                                  XmlNode.of("se:WellKnownName").text("circle"),
                                  fill(symbol),
                                  stroke),
                          XmlNode.of("se:Size").text(pixels(size))));
      case LINE -> XmlNode.of("se:LineSymbolizer").add(stroke);
      case POLYGON -> {
        XmlNode polygon = XmlNode.of("se:PolygonSymbolizer");
        if (symbol.fillOpacity() > 0) {
          polygon.add(fill(symbol));
        }
        yield polygon.add(stroke);
      }
    };
  }

  private static XmlNode fill(Symbol symbol) {
    XmlNode fill = XmlNode.of("se:Fill").add(svg("fill", hex(symbol.fillRgb())));
    double opacity = symbol.opacity() * symbol.fillOpacity();
    if (opacity < 1) {
      fill.add(svg("fill-opacity", decimal(opacity)));
    }
    return fill;
  }

  private static XmlNode stroke(int rgb, double opacity, double width) {
    XmlNode stroke = XmlNode.of("se:Stroke").add(svg("stroke", hex(rgb)));
    if (opacity < 1) {
      stroke.add(svg("stroke-opacity", decimal(opacity)));
    }
    return stroke.add(
        svg("stroke-width", pixels(width)),
        svg("stroke-linejoin", "round"),
        svg("stroke-linecap", "round"));
  }

  private static XmlNode svg(String name, String value) {
    return XmlNode.of("se:SvgParameter").set("name", name).text(value);
  }

  /** Millimetres in SE pixels, to 1/100 pixel. */
  private static String pixels(double mm) {
    return decimal(Math.round(mm / PIXEL_MM * 100) / 100.0);
  }

  private static String hex(int rgb) {
    return String.format("#%06X", rgb);
  }

  // --- filters ---

  private static XmlNode property(String name) {
    return XmlNode.of("ogc:PropertyName").text(name);
  }

  private static XmlNode compare(String operator, String field, String literal) {
    return XmlNode.of("ogc:" + operator)
        .add(property(field), XmlNode.of("ogc:Literal").text(literal));
  }

  /**
   * Values of {@code field} in [lower, upper), NaN for no bound; without a lower bound NULL too.
   * Null for no bounds at all.
   */
  private static XmlNode within(String field, double lower, double upper) {
    XmlNode below =
        Double.isNaN(upper) ? null : compare("PropertyIsLessThan", field, decimal(upper));
    if (Double.isNaN(lower)) {
      return below == null ? null : any(isNull(field), below);
    }
    XmlNode atLeast = compare("PropertyIsGreaterThanOrEqualTo", field, decimal(lower));
    return below == null ? atLeast : all(atLeast, below);
  }

  /** NULL or none of {@code values}: what QGIS's "all other values" category matches. */
  private static XmlNode otherThan(String field, List<String> values) {
    if (values.isEmpty()) {
      return null;
    }
    XmlNode[] equal =
        values.stream().map(v -> compare("PropertyIsEqualTo", field, v)).toArray(XmlNode[]::new);
    return any(isNull(field), XmlNode.of("ogc:Not").add(any(equal)));
  }

  private static XmlNode isNull(String field) {
    return XmlNode.of("ogc:PropertyIsNull").add(property(field));
  }

  /** Filter Encoding's {@code And} needs two operands or more; nulls are left out. */
  private static XmlNode all(XmlNode... operands) {
    return logical("ogc:And", operands);
  }

  private static XmlNode any(XmlNode... operands) {
    return logical("ogc:Or", operands);
  }

  private static XmlNode logical(String operator, XmlNode... operands) {
    List<XmlNode> present = new ArrayList<>();
    for (XmlNode operand : operands) {
      if (operand != null) {
        present.add(operand);
      }
    }
    if (present.size() < 2) {
      return present.isEmpty() ? null : present.get(0);
    }
    return XmlNode.of(operator).addAll(present);
  }
}
