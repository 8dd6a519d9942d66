package org.citynet.export.image;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.citynet.export.BetweenClusters;
import org.citynet.export.ClusterPalette;
import org.citynet.model.Cluster;

/**
 * The key below the map: cluster colours (id, dominant region, size) on the left, circle sizes and
 * what the lines mean on the right, and, when the map shows any, what a hollow circle means.
 */
final class MapLegend {
  private static final TextStyle HEADING = TextStyle.of(Font.BOLD, 8, new Color(0x222222));
  private static final TextStyle ENTRY = TextStyle.of(Font.PLAIN, 7, new Color(0x333333));
  private static final Color SAMPLE = new Color(0xE6E6E6);
  private static final Color SAMPLE_OUTLINE = new Color(0x555555);
  private static final double ROW = 10.5;
  private static final double SWATCH_RADIUS = 3.2;
  private static final int MAX_ROWS = 5;

  private final List<Entry> entries;
  private final CircleScale scale;
  private final String sizeHeading;
  private final List<String> lineNotes;
  private final boolean hollow;
  private final double width;

  /** One cluster colour. */
  private record Entry(Color colour, String text) {}

  private MapLegend(
      List<Entry> entries,
      CircleScale scale,
      String sizeHeading,
      List<String> lineNotes,
      boolean hollow,
      double width) {
    this.entries = entries;
    this.scale = scale;
    this.sizeHeading = sizeHeading;
    this.lineNotes = lineNotes;
    this.hollow = hollow;
    this.width = width;
  }

  /**
   * A legend for these clusters and circle sizes, {@code width} points wide.
   *
   * @param weighted whether link weights differ, so line widths carry meaning
   * @param hollow whether the map shows a city between clusters, drawn hollow
   */
  static MapLegend of(
      List<Cluster> clusters,
      CircleScale scale,
      SizeMeasure sizeBy,
      boolean weighted,
      boolean hollow,
      double width) {
    List<Entry> entries = new ArrayList<>();
    int otherClusters = 0;
    int otherCities = 0;
    for (Cluster c : clusters) {
      if (ClusterPalette.hasOwnColour(c.id())) {
        String region = c.dominantRegion().isBlank() ? "region unknown" : c.dominantRegion();
        entries.add(
            new Entry(
                new Color(ClusterPalette.rgb(c.id())),
                String.format(
                    Locale.ENGLISH,
                    "%d · %s · %,d %s",
                    c.id(),
                    region,
                    c.size(),
                    cities(c.size()))));
      } else {
        otherClusters++;
        otherCities += c.size();
      }
    }
    if (otherClusters > 0) {
      entries.add(
          new Entry(
              new Color(ClusterPalette.OTHER_RGB),
              String.format(
                  Locale.ENGLISH,
                  "other · %,d clusters · %,d %s",
                  otherClusters,
                  otherCities,
                  cities(otherCities))));
    }
    List<String> notes =
        List.of(
            weighted ? "Lines: geodesic routes, width by √weight;" : "Lines: geodesic routes;",
            "cluster colour within a cluster, grey between.");
    String sizeHeading =
        "Circle area: " + sizeBy.label() + (scale.legendValues().isEmpty() ? " (all zero)" : "");
    return new MapLegend(List.copyOf(entries), scale, sizeHeading, notes, hollow, width);
  }

  private static String cities(int n) {
    return n == 1 ? "city" : "cities";
  }

  double height() {
    double clusters = HEADING.ascent() + 4 + Math.min(entries.size(), MAX_ROWS) * ROW;
    double sizes = circleScaleHeight(scale) + 6 + (lineNotes.size() + (hollow ? 1 : 0)) * ROW;
    return Math.max(clusters, sizes);
  }

  void paint(Graphics2D g, double x, double y) {
    double right = x + width * 0.62;
    paintClusters(g, x, y, right - x - 10);
    paintSizes(g, right, y);
  }

  private void paintClusters(Graphics2D g, double x, double y, double w) {
    if (entries.isEmpty()) {
      return;
    }
    HEADING.draw(g, "Clusters (id · dominant region · size)", x, y + HEADING.ascent());
    double top = y + HEADING.ascent() + 4;
    int columns = (entries.size() + MAX_ROWS - 1) / MAX_ROWS;
    double columnWidth = w / columns;
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      double cx = x + (i / MAX_ROWS) * columnWidth + SWATCH_RADIUS;
      double cy = top + (i % MAX_ROWS) * ROW + ROW / 2;
      g.setColor(e.colour());
      g.fill(circle(cx, cy, SWATCH_RADIUS));
      ENTRY.draw(g, e.text(), cx + SWATCH_RADIUS + 4, cy + ENTRY.ascent() / 2 - 1);
    }
  }

  private void paintSizes(Graphics2D g, double x, double y) {
    double bottom = paintCircleScale(g, scale, sizeHeading, x, y);
    double noteTop = bottom + 4 + ENTRY.ascent() + 6;
    for (int i = 0; i < lineNotes.size(); i++) {
      ENTRY.draw(g, lineNotes.get(i), x, noteTop + i * ROW + ENTRY.ascent());
    }
    if (hollow) {
      // a ring as the map draws a city between clusters, in the grey of "other"
      double cy = noteTop + lineNotes.size() * ROW + ROW / 2;
      Ellipse2D ring = circle(x + SWATCH_RADIUS, cy, SWATCH_RADIUS);
      g.setColor(Color.WHITE);
      g.fill(ring);
      g.setColor(new Color(ClusterPalette.OTHER_RGB));
      g.setStroke(new BasicStroke((float) MapPainter.hollowStroke(SWATCH_RADIUS)));
      g.draw(ring);
      ENTRY.draw(g, BetweenClusters.KEY, x + 2 * SWATCH_RADIUS + 4, cy + ENTRY.ascent() / 2 - 1);
    }
  }

  /** Up to three significant digits, digit groups for large values. */
  static String format(double v) {
    if (v >= 100) {
      return String.format(Locale.ENGLISH, "%,.0f", v);
    }
    return new BigDecimal(v).round(new MathContext(3)).stripTrailingZeros().toPlainString();
  }

  /** Height of a circle scale: its heading, the largest sample circle and the value labels. */
  static double circleScaleHeight(CircleScale scale) {
    return HEADING.ascent() + 6 + 2 * scale.maxRadius() + 4 + ENTRY.ascent();
  }

  /**
   * Draws a circle scale, a heading over sample circles with their values, with its top left at (x,
   * y); used by the map and the period maps alike.
   *
   * @return the y of the circles' common bottom
   */
  static double paintCircleScale(
      Graphics2D g, CircleScale scale, String heading, double x, double y) {
    HEADING.draw(g, heading, x, y + HEADING.ascent());
    double bottom = y + HEADING.ascent() + 6 + 2 * scale.maxRadius();
    double cx = x + scale.maxRadius();
    g.setStroke(new BasicStroke(0.6f));
    for (double v : scale.legendValues()) {
      double r = scale.radius(v);
      g.setColor(SAMPLE);
      g.fill(circle(cx, bottom - r, r));
      g.setColor(SAMPLE_OUTLINE);
      g.draw(circle(cx, bottom - r, r));
      String text = format(v);
      ENTRY.draw(g, text, cx - ENTRY.width(text) / 2, bottom + 4 + ENTRY.ascent());
      cx += sampleWidth(scale, v);
    }
    return bottom;
  }

  /** Width of a circle scale: its heading or its samples, whichever is wider. */
  static double circleScaleWidth(CircleScale scale, String heading) {
    double samples = 0;
    for (double v : scale.legendValues()) {
      samples += sampleWidth(scale, v);
    }
    return Math.max(HEADING.width(heading), samples);
  }

  private static double sampleWidth(CircleScale scale, double v) {
    return Math.max(2 * scale.radius(v), ENTRY.width(format(v))) + 12;
  }

  private static Ellipse2D circle(double cx, double cy, double r) {
    return new Ellipse2D.Double(cx - r, cy - r, 2 * r, 2 * r);
  }
}
