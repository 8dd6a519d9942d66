package org.citynet.export.image;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.citynet.export.BetweenClusters;
import org.citynet.export.ClusterPalette;
import org.citynet.geo.EqualEarth;
import org.citynet.geo.Geodesics;
import org.citynet.model.CityMetrics;
import org.citynet.model.NetworkAnalysis;
import org.citynet.model.Partnership;
import org.citynet.model.Significance;
import org.jfree.svg.SVGHints;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

/**
 * The map as one Java2D drawing in page points (1/72 inch), painted unchanged onto a raster for PNG
 * and onto JFreeSVG for SVG.
 *
 * <p>Everything that does not depend on the target (projection, simplification, label placement,
 * layout) is computed once here. Drawn elements are grouped for SVG readers: groups {@code
 * basemap}, {@code links}, {@code cities}, {@code labels} and {@code legend}; each link carries the
 * id {@code link-i} and each city circle {@code city-i}, with {@code i} its index in the analysis.
 * Building is O(c + l·s) for c cities and l links of s samples each, a link's geodesic being
 * sampled only as densely as {@link PageTransform#TOLERANCE} needs. Links are drawn one by one, not
 * batched per style: their translucent strokes must add up where they overlap, to show density.
 */
final class MapPainter implements Page {
  /** Page width in points: 10 inches, a full-width figure. */
  static final double PAGE_WIDTH = 720;

  private static final double MARGIN = 20;
  private static final double MAX_MAP_HEIGHT = 600;
  private static final GeometryFactory GEOMETRIES = new GeometryFactory();

  private static final TextStyle TITLE = TextStyle.of(Font.BOLD, 14, new Color(0x111111));
  private static final TextStyle SUBTITLE = TextStyle.of(Font.PLAIN, 9, new Color(0x555555));
  private static final TextStyle LABEL = TextStyle.of(Font.PLAIN, 8, new Color(0x1A1A1A));
  private static final TextStyle ATTRIBUTION = TextStyle.of(Font.PLAIN, 6, new Color(0x777777));

  private static final Color HALO = Color.WHITE;

  /** One link as drawn. */
  private record LinkMark(int index, Shape path, int rgb, float width) {}

  /**
   * One city circle as drawn; {@code between} for a city between clusters (cluster confidence below
   * {@link Significance#LOW_CONFIDENCE}), drawn hollow.
   */
  private record CityMark(
      int index, double x, double y, double radius, Color colour, boolean between) {}

  private final PageTransform page;
  private final boolean zoomed;
  private final double pageHeight;
  private final String title;
  private final String subtitle;
  private final BasemapLayer basemap;
  private final List<LinkMark> links;
  private final int linkAlpha;
  private final List<CityMark> cities;
  private final List<LabelPlacer.Placed> labels;
  private final MapLegend legend;
  private final double legendTop;
  private final List<String> attribution;
  private final double attributionTop;

  private MapPainter(NetworkAnalysis analysis, MapOptions options) {
    Envelope view = viewOf(options.bbox());
    double scale =
        Math.min((PAGE_WIDTH - 2 * MARGIN) / view.getWidth(), MAX_MAP_HEIGHT / view.getHeight());
    double top = MARGIN + TITLE.ascent() + 5 + SUBTITLE.ascent() + 10;
    double width = view.getWidth() * scale;
    page =
        new PageTransform(
            view,
            new Rectangle2D.Double((PAGE_WIDTH - width) / 2, top, width, view.getHeight() * scale));
    zoomed = !options.bbox().equals(GeoBox.WORLD);

    title = "City partnership network — " + analysis.run().name();
    int drawn = Math.min(options.maxLinks(), analysis.links().size());
    subtitle =
        String.format(
            Locale.ENGLISH,
            "%,d cities · %,d partnerships%s · %,d clusters%s",
            analysis.summary().cities(),
            analysis.summary().links(),
            drawn < analysis.links().size()
                ? String.format(Locale.ENGLISH, " (the %,d strongest drawn)", drawn)
                : "",
            analysis.summary().clusters(),
            betweenNote(analysis));
    basemap = BasemapLayer.on(page);

    CircleScale circles =
        CircleScale.of(
            analysis.cities().stream().mapToDouble(options.sizeBy()::of).max().orElse(0),
            analysis.cities().size());
    links = linkMarks(analysis, MapLinks.strongest(analysis, options.sizeBy(), drawn));
    linkAlpha = MapLinks.alpha(links.size());
    cities = cityMarks(analysis, options.sizeBy(), circles);
    labels =
        LabelPlacer.place(
            labelCandidates(analysis, options),
            cities.stream().map(c -> circle(c.x(), c.y(), c.radius())).toList(),
            LABEL,
            insetFrame(2));

    Rectangle2D frame = page.frame();
    double contentWidth = PAGE_WIDTH - 2 * MARGIN;
    boolean weighted =
        analysis.links().stream().map(l -> l.partnership().weight()).distinct().count() > 1;
    legend =
        MapLegend.of(
            analysis.clusters(),
            circles,
            options.sizeBy(),
            weighted,
            cities.stream().anyMatch(CityMark::between),
            contentWidth);
    legendTop = frame.getMaxY() + 14;
    List<String> credits = new ArrayList<>(analysis.run().attribution());
    credits.add("Basemap: Natural Earth (public domain)");
    credits.add("Projection: Equal Earth (EPSG:8857)");
    attribution = ATTRIBUTION.wrap(String.join(" · ", credits), contentWidth);
    attributionTop = legendTop + legend.height() + 10;
    pageHeight = attributionTop + attribution.size() * lineHeight(ATTRIBUTION) + MARGIN;
  }

  /** " (hollow: 12 cities between clusters)", or nothing when there are none. */
  private static String betweenNote(NetworkAnalysis analysis) {
    long between = analysis.cities().stream().filter(BetweenClusters::is).count();
    return between == 0
        ? ""
        : String.format(
            Locale.ENGLISH,
            " (hollow: %,d %s between clusters)",
            between,
            between == 1 ? "city" : "cities");
  }

  static MapPainter of(NetworkAnalysis analysis, MapOptions options) {
    return new MapPainter(analysis, options);
  }

  @Override
  public double pageWidth() {
    return PAGE_WIDTH;
  }

  @Override
  public double pageHeight() {
    return pageHeight;
  }

  /** Where projected metres land on the page. */
  PageTransform page() {
    return page;
  }

  @Override
  public void paint(Graphics2D g) {
    g.setColor(Color.WHITE);
    g.fill(new Rectangle2D.Double(0, 0, PAGE_WIDTH, pageHeight));
    TITLE.draw(g, title, MARGIN, MARGIN + TITLE.ascent());
    SUBTITLE.draw(g, subtitle, MARGIN, MARGIN + TITLE.ascent() + 5 + SUBTITLE.ascent());

    Shape pageClip = g.getClip();
    if (zoomed) {
      g.clip(page.frame());
    }
    group(g, "basemap", () -> basemap.paint(g));
    group(g, "links", () -> paintLinks(g));
    group(g, "cities", () -> paintCities(g));
    group(g, "labels", () -> paintLabels(g));
    g.setClip(pageClip);
    if (zoomed) {
      g.setColor(BasemapLayer.OUTLINE);
      g.setStroke(new BasicStroke(0.6f));
      g.draw(page.frame());
    }

    group(g, "legend", () -> legend.paint(g, MARGIN, legendTop));
    for (int i = 0; i < attribution.size(); i++) {
      ATTRIBUTION.draw(
          g,
          attribution.get(i),
          MARGIN,
          attributionTop + i * lineHeight(ATTRIBUTION) + ATTRIBUTION.ascent());
    }
  }

  private void paintLinks(Graphics2D g) {
    for (LinkMark link : links) {
      g.setColor(new Color((linkAlpha << 24) | link.rgb(), true));
      g.setStroke(new BasicStroke(link.width(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
      g.setRenderingHint(SVGHints.KEY_ELEMENT_ID, "link-" + link.index());
      g.draw(link.path());
    }
  }

  private void paintCities(Graphics2D g) {
    for (CityMark city : cities) {
      Shape circle = circle(city.x(), city.y(), city.radius());
      g.setRenderingHint(SVGHints.KEY_ELEMENT_ID, "city-" + city.index());
      if (city.between()) {
        // Hollow: a ring in the cluster's colour says the city's cluster is uncertain.
        g.setColor(HALO);
        g.fill(circle);
        g.setColor(city.colour());
        g.setStroke(new BasicStroke((float) hollowStroke(city.radius())));
        g.draw(circle);
        continue;
      }
      g.setColor(city.colour());
      g.fill(circle);
      // a rim that separates overlapping circles; thin on small ones, which it would wash out
      g.setColor(HALO);
      g.setStroke(new BasicStroke((float) Math.min(0.35, 0.1 * city.radius())));
      g.draw(circle);
    }
  }

  /** The ring width of a hollow circle of {@code radius}: bold enough to read as a ring. */
  static double hollowStroke(double radius) {
    return Math.max(0.6, 0.3 * radius);
  }

  private void paintLabels(Graphics2D g) {
    for (LabelPlacer.Placed label : labels) {
      LABEL.drawWithHalo(g, label.text(), label.x(), label.baseline(), HALO, 0.9);
    }
  }

  private List<LinkMark> linkMarks(NetworkAnalysis analysis, int[] drawn) {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < analysis.cities().size(); i++) {
      index.put(analysis.cities().get(i).city().id(), i);
    }
    double minWeight = Double.POSITIVE_INFINITY;
    double maxWeight = 0;
    for (int i : drawn) {
      minWeight = Math.min(minWeight, analysis.links().get(i).partnership().weight());
      maxWeight = Math.max(maxWeight, analysis.links().get(i).partnership().weight());
    }
    Geometry view = GEOMETRIES.toGeometry(page.view());
    double tolerance = PageTransform.TOLERANCE / page.scale();
    List<LinkMark> marks = new ArrayList<>();
    List<Integer> clusters = new ArrayList<>();
    for (int i : drawn) {
      Partnership p = analysis.links().get(i).partnership();
      CityMetrics a = cityOf(analysis, index, p.source());
      CityMetrics b = cityOf(analysis, index, p.target());
      // the GeoPackage's route, split at the antimeridian alike, with no more vertices than shown
      Geometry route =
          Geodesics.equalEarthLine(
              a.city().lat(), a.city().lon(), b.city().lat(), b.city().lon(), tolerance);
      // the parts of a split route lie at both ends of the map: test them, not their envelope
      if (!page.view().covers(route.getEnvelopeInternal()) && !route.intersects(view)) {
        continue;
      }
      int cluster = a.cluster() == b.cluster() ? a.cluster() : -1;
      marks.add(
          new LinkMark(
              i,
              page.toPath(route),
              ClusterPalette.rgb(cluster),
              (float) MapLinks.width(p.weight(), minWeight, maxWeight)));
      clusters.add(ClusterPalette.hasOwnColour(cluster) ? cluster : -1);
    }
    // grey links at the bottom, then clusters from the largest up so small ones stay visible;
    // within each, heavier links on top
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < marks.size(); i++) {
      order.add(i);
    }
    order.sort(
        Comparator.<Integer>comparingInt(i -> clusters.get(i) < 0 ? 0 : 1)
            .thenComparingInt(i -> -clusters.get(i))
            .thenComparingDouble(i -> marks.get(i).width()));
    return order.stream().map(marks::get).toList();
  }

  private static CityMetrics cityOf(
      NetworkAnalysis analysis, Map<String, Integer> index, String id) {
    Integer i = index.get(id);
    if (i == null) {
      throw new IllegalArgumentException(
          "a partnership names city '" + id + "', which is not in the analysis");
    }
    return analysis.cities().get(i);
  }

  private List<CityMark> cityMarks(
      NetworkAnalysis analysis, SizeMeasure sizeBy, CircleScale circles) {
    List<CityMark> marks = new ArrayList<>();
    for (int i = 0; i < analysis.cities().size(); i++) {
      CityMetrics m = analysis.cities().get(i);
      Coordinate xy = EqualEarth.project(m.city().lat(), m.city().lon());
      if (!page.view().contains(xy)) {
        continue;
      }
      Point2D p = page.toPage(xy);
      marks.add(
          new CityMark(
              i,
              p.getX(),
              p.getY(),
              circles.radius(sizeBy.of(m)),
              new Color(ClusterPalette.rgb(m.cluster())),
              BetweenClusters.is(m)));
    }
    // large circles first so small ones on top stay visible
    marks.sort(Comparator.comparingDouble(CityMark::radius).reversed());
    return List.copyOf(marks);
  }

  private List<LabelPlacer.Candidate> labelCandidates(
      NetworkAnalysis analysis, MapOptions options) {
    return cities.stream()
        .sorted(
            Comparator.<CityMark>comparingDouble(
                    c -> -options.sizeBy().of(analysis.cities().get(c.index())))
                .thenComparingInt(CityMark::index))
        .limit(options.topLabels())
        .map(
            c ->
                new LabelPlacer.Candidate(
                    analysis.cities().get(c.index()).city().name(), c.x(), c.y(), c.radius()))
        .toList();
  }

  private Rectangle2D insetFrame(double inset) {
    Rectangle2D f = page.frame();
    return new Rectangle2D.Double(
        f.getX() + inset, f.getY() + inset, f.getWidth() - 2 * inset, f.getHeight() - 2 * inset);
  }

  /** The projected extent of {@code box}, with a little room so edge strokes are not cut. */
  private static Envelope viewOf(GeoBox box) {
    Envelope view = new Envelope();
    int steps = 90;
    for (int i = 0; i <= steps; i++) {
      double lon = box.minLon() + (box.maxLon() - box.minLon()) * i / steps;
      double lat = box.minLat() + (box.maxLat() - box.minLat()) * i / steps;
      view.expandToInclude(EqualEarth.project(box.minLat(), lon));
      view.expandToInclude(EqualEarth.project(box.maxLat(), lon));
      view.expandToInclude(EqualEarth.project(lat, box.minLon()));
      view.expandToInclude(EqualEarth.project(lat, box.maxLon()));
    }
    view.expandBy(view.getWidth() * 0.005, view.getHeight() * 0.005);
    return view;
  }

  private static double lineHeight(TextStyle style) {
    return (style.ascent() + style.descent()) * 1.15;
  }

  private static Ellipse2D circle(double x, double y, double r) {
    return new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
  }

  /** Wraps what {@code body} draws in an SVG group; raster targets ignore the hints. */
  private static void group(Graphics2D g, String id, Runnable body) {
    g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, id);
    body.run();
    g.setRenderingHint(SVGHints.KEY_END_GROUP, id);
  }
}
