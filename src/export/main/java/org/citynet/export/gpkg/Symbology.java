package org.citynet.export.gpkg;

import java.util.ArrayList;
import java.util.List;

/**
 * What a layer's default style draws, independent of the format it is written in: {@link
 * LayerStyles} decides it once, {@link QmlElements} writes it as a QGIS style and {@link
 * SldElements} as an OGC Styled Layer Descriptor, so the two cannot drift apart.
 *
 * <p>Sizes and widths are in millimetres, opacities in [0, 1], colours 0xRRGGBB.
 */
final class Symbology {
  private Symbology() {}

  /** A layer's geometry; the ordinal is QGIS's {@code QgsWkbTypes::GeometryType}. */
  enum Geometry {
    POINT,
    LINE,
    POLYGON
  }

  /**
   * A size taken from a numeric field: values from {@code minValue} to {@code maxValue} give sizes
   * from {@code minSize} to {@code maxSize}, clamped beyond, NULL the smallest. The size grows
   * linearly with the value, or (with {@code byArea}) so that the area of a circle does.
   */
  record Scale(
      String field,
      boolean byArea,
      double minValue,
      double maxValue,
      double minSize,
      double maxSize) {
    /** QGIS's size-scale exponent: 0.5 for area, 1 for linear. */
    double exponent() {
      return byArea ? 0.5 : 1;
    }

    /** The value at which the scale reaches {@code size}, for sizes in [minSize, maxSize]. */
    double valueAt(double size) {
      double t = (size - minSize) / (maxSize - minSize);
      return minValue + (maxValue - minValue) * Math.pow(t, 1 / exponent());
    }

    /**
     * The scale cut into {@code n} classes of equal size steps, smallest first, for formats that
     * can only draw fixed sizes: class k spans the values whose size falls in its step and is drawn
     * at the step's middle size.
     */
    List<SizeClass> classes(int n) {
      double step = (maxSize - minSize) / n;
      List<SizeClass> classes = new ArrayList<>(n);
      for (int k = 0; k < n; k++) {
        double lower = k == 0 ? Double.NaN : valueAt(minSize + k * step);
        double upper = k == n - 1 ? Double.NaN : valueAt(minSize + (k + 1) * step);
        classes.add(new SizeClass(lower, upper, minSize + (k + 0.5) * step));
      }
      return classes;
    }
  }

  /**
   * A class of a {@link Scale}: values in [lower, upper), NaN for no bound (the first class also
   * takes NULL), drawn at {@code size}.
   */
  record SizeClass(double lower, double upper, double size) {}

  /**
   * One symbol.
   *
   * @param opacity of the whole symbol
   * @param fillOpacity of the fill (markers and polygons); 0 for no fill
   * @param size a marker's diameter or a line's width
   * @param scale a data-defined {@code size}, or null
   */
  record Symbol(
      Geometry geometry,
      double opacity,
      int fillRgb,
      double fillOpacity,
      int strokeRgb,
      double strokeWidth,
      double size,
      Scale scale) {
    /** A circle marker of diameter {@code scale}. */
    static Symbol circle(int fillRgb, int strokeRgb, double strokeWidth, Scale scale) {
      return new Symbol(Geometry.POINT, 1, fillRgb, 1, strokeRgb, strokeWidth, 2, scale);
    }

    /** A solid line of {@code width}, or of the width {@code scale} gives when it is not null. */
    static Symbol line(int rgb, double opacity, double width, Scale scale) {
      return new Symbol(Geometry.LINE, opacity, rgb, 0, rgb, width, width, scale);
    }

    /** A polygon fill with an outline; {@code fillOpacity} 0 draws the outline only. */
    static Symbol fill(
        double opacity, int fillRgb, double fillOpacity, int strokeRgb, double strokeWidth) {
      return new Symbol(
          Geometry.POLYGON, opacity, fillRgb, fillOpacity, strokeRgb, strokeWidth, 0, null);
    }

    /** The colour the symbol is known by: a line's colour, a marker's or polygon's fill. */
    int rgb() {
      return geometry == Geometry.POLYGON && fillOpacity == 0 ? strokeRgb : fillRgb;
    }
  }

  /**
   * A category: the features whose attribute equals {@code value}.
   *
   * @param value the attribute value it matches, "" for every value no other category matches (NULL
   *     included)
   * @param render whether it is drawn (the box ticked in QGIS's legend)
   */
  record Category(String value, String label, Symbol symbol, boolean render) {
    Category(String value, String label, Symbol symbol) {
      this(value, label, symbol, true);
    }

    boolean isElse() {
      return value.isEmpty();
    }
  }

  /** A class of values in [lower, upper]; of two classes sharing a bound, the first has it. */
  record Range(double lower, double upper, String label, Symbol symbol) {}

  /** How a layer's features get their symbols. */
  sealed interface Renderer {}

  /**
   * A symbol per value of {@code attribute}.
   *
   * @param source the symbol the categories vary; QGIS draws the size legend from it
   * @param sizeLegend the title of a legend of the data-defined size, or null for none
   * @param hollow the features drawn hollow instead of filled, or null for none
   */
  record Categorized(
      String attribute,
      List<Category> categories,
      Symbol source,
      String sizeLegend,
      DrawingOrder order,
      Hollow hollow)
      implements Renderer {
    /** Categories without hollow features. */
    Categorized(
        String attribute,
        List<Category> categories,
        Symbol source,
        String sizeLegend,
        DrawingOrder order) {
      this(attribute, categories, source, sizeLegend, order, null);
    }

    /** The marker a hollow feature of {@code category} gets: its symbol as a ring. */
    Symbol hollowOf(Category category) {
      Symbol s = category.symbol();
      return new Symbol(
          s.geometry(),
          s.opacity(),
          hollow.fillRgb(),
          1,
          s.rgb(),
          hollow.strokeWidth(),
          s.size(),
          s.scale());
    }
  }

  /**
   * Point features whose numeric {@code field} lies below {@code below} (not NULL), drawn as a ring
   * in their category's colour around a {@code fillRgb} disc, under one legend entry {@code label}:
   * in QML a category of its own whose ring colour follows the category attribute, in SLD a hollow
   * rule beside each category's rule.
   */
  record Hollow(String field, double below, String label, int fillRgb, double strokeWidth) {}

  /** The order features of a categorized layer are drawn in, the last on top. */
  enum DrawingOrder {
    AS_STORED,
    /** By the field of the source symbol's size scale, ascending: the largest on top. */
    SMALLEST_FIRST,
    /** Features with NULL in the category attribute first. */
    NULL_FIRST
  }

  /** A symbol per class of values of {@code attribute}, coloured from {@code ramp}. */
  record Graduated(String attribute, List<Range> ranges, List<Integer> ramp) implements Renderer {}

  /** One symbol for every feature. */
  record Single(Symbol symbol) implements Renderer {}

  /**
   * Labels of a tier of features by a ranking field: those with {@code rank} in [atLeast, below)
   * (NaN for no bound; without a lower bound NULL too), from 1:{@code minScaleDenominator} inwards
   * (0: at every scale).
   *
   * @param priority placement priority, 0..10; higher wins where labels collide
   */
  record LabelTier(
      double atLeast,
      double below,
      String description,
      long minScaleDenominator,
      double sizePoints,
      boolean bold,
      int priority) {}

  /**
   * Labels from {@code field} in tiers of {@code rank}, the first placed first, in {@code textRgb}
   * with a halo, set off the point by {@code distance} towards the upper right.
   */
  record Labels(
      String field,
      String rank,
      int textRgb,
      int haloRgb,
      double haloOpacity,
      double haloSize,
      double distance,
      List<LabelTier> tiers) {}

  /**
   * A layer's style.
   *
   * @param table the feature table it styles
   * @param description what it shows, for style lists
   * @param labels or null for none
   * @param temporal QGIS temporal properties, or null for none (SLD has no such thing)
   */
  record Style(
      String table,
      String description,
      Geometry geometry,
      Renderer renderer,
      Labels labels,
      Temporal temporal) {
    /** A style without temporal properties. */
    Style(String table, String description, Geometry geometry, Renderer renderer, Labels labels) {
      this(table, description, geometry, renderer, labels, null);
    }
  }

  /**
   * QGIS temporal properties: each feature shown while the map's time lies from its {@code
   * startField} to its {@code endField}, both included; an empty end leaves it shown to the end.
   *
   * @param startField a DATE column
   * @param endField a DATE column
   */
  record Temporal(String startField, String endField) {}
}
