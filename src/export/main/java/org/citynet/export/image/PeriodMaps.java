package org.citynet.export.image;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.citynet.export.AtomicFiles;
import org.citynet.export.ClusterPalette;
import org.citynet.geo.EqualEarth;
import org.citynet.geo.Geodesics;
import org.citynet.model.CityMetrics;
import org.citynet.model.LinkMetrics;
import org.citynet.model.NetworkAnalysis;
import org.citynet.model.PeriodAnalysis;
import org.citynet.model.PeriodCity;
import org.citynet.model.TimeAnalysis;
import org.citynet.model.YearSpan;
import org.jfree.svg.SVGHints;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;

/**
 * Writes {@code NAME-periods.png}: one small map per period of the analysis, {@value #COLUMNS} to a
 * row, so the network's change over time reads at a glance.
 *
 * <p>Every panel has the same Equal Earth projection and the same extent and scale, the extent of
 * all the network's cities, so that a city stays in one place from panel to panel. A panel shows
 * the period's cities, sized by their betweenness in the period's snapshot on one circle scale for
 * all panels, and the partnerships whose active years overlap the period between two of those
 * cities. Colours follow the clusters tracked through the periods ({@link
 * TimeAnalysis#trackedClusters}, {@link ClusterPalette#tracked}): a cluster that continues, grows,
 * shrinks, merges or splits keeps its colour from panel to panel; a link has its cities' common
 * cluster's colour, grey between clusters. A legend below the panels gives the circle scale and
 * what the colours mean. In the SVG each panel is a group {@code period-FIRST-LAST} and each city
 * circle has the id {@code city-FIRST-LAST-ID}. Building is O(p·(c + l·s)) for p periods, c cities
 * and l links of s geodesic samples.
 */
public final class PeriodMaps implements Page {
  /** Panels per row at most. */
  public static final int COLUMNS = 4;

  /**
   * Most partnerships drawn in all panels together for which the SVG is written: each one is a path
   * of its own there, about 550 bytes, so this bounds the SVG near 15 MB; the PNG has no limit.
   */
  public static final int SVG_LINK_LIMIT = 25_000;

  /** Width of one panel in points. */
  public static final double PANEL_WIDTH = 240;

  /** Blank border around the page in points. */
  public static final double MARGIN = 10;

  private static final double GAP = 8;
  private static final double MAX_ASPECT = 1.2;
  private static final TextStyle TITLE = TextStyle.of(Font.BOLD, 10, new Color(0x111111));
  private static final TextStyle ATTRIBUTION = TextStyle.of(Font.PLAIN, 6, new Color(0x777777));
  private static final TextStyle HEADING = TextStyle.of(Font.BOLD, 8, new Color(0x222222));
  private static final TextStyle ENTRY = TextStyle.of(Font.PLAIN, 7, new Color(0x333333));
  private static final String SIZE_HEADING = "Circle area: betweenness in the period";
  private static final Color HALO = Color.WHITE;

  /** One period's panel as drawn. */
  private record Panel(
      String title,
      double top,
      PageTransform page,
      BasemapLayer basemap,
      List<Mark> links,
      int linkAlpha,
      List<Dot> cities) {}

  private record Mark(Shape path, int rgb) {}

  /** A city's circle in a panel. */
  record Dot(String id, double x, double y, double radius, Color colour) {}

  private final int columns;
  private final double panelHeight;
  private final double pageHeight;
  private final List<Panel> panels;
  private final CircleScale circles;
  private final double legendTop;
  private final List<String> colourNote;
  private final double colourNoteLeft;
  private final List<String> attribution;
  private final double attributionTop;
  private final int dpi;

  private PeriodMaps(NetworkAnalysis analysis, MapOptions options) {
    List<PeriodAnalysis> periods = analysis.time().periods();
    if (periods.isEmpty()) {
      throw new IllegalArgumentException("the analysis has no periods to map");
    }
    dpi = options.dpi();
    columns = Math.min(COLUMNS, periods.size());
    Envelope view = extentOf(analysis);
    double mapWidth = PANEL_WIDTH - 2 * GAP;
    double scale = Math.min(mapWidth / view.getWidth(), mapWidth * MAX_ASPECT / view.getHeight());
    double mapHeight = view.getHeight() * scale;
    double titleHeight = TITLE.ascent() + TITLE.descent() + 4;
    panelHeight = titleHeight + mapHeight + GAP;

    Map<String, CityMetrics> cityById = new HashMap<>();
    for (CityMetrics c : analysis.cities()) {
      cityById.put(c.city().id(), c);
    }
    double maxBetweenness =
        periods.stream()
            .flatMap(p -> p.members().stream())
            .mapToDouble(PeriodCity::betweenness)
            .max()
            .orElse(0);
    circles = CircleScale.of(maxBetweenness, analysis.cities().size());
    List<List<Integer>> colours = ClusterPalette.tracked(analysis.time().trackedClusters());
    YearSpan inputYears = analysis.time().inputYears().orElse(periods.get(0).period());

    List<Panel> built = new ArrayList<>();
    for (int i = 0; i < periods.size(); i++) {
      PeriodAnalysis period = periods.get(i);
      double left = MARGIN + (i % columns) * PANEL_WIDTH + GAP;
      double top = MARGIN + (i / columns) * panelHeight;
      PageTransform page =
          new PageTransform(
              view,
              new Rectangle2D.Double(
                  left + (mapWidth - view.getWidth() * scale) / 2,
                  top + titleHeight,
                  view.getWidth() * scale,
                  mapHeight));
      Map<String, PeriodCity> members = new HashMap<>();
      for (PeriodCity c : period.members()) {
        members.put(c.id(), c);
      }
      List<Integer> slots = colours.get(i);
      List<Mark> links =
          linkMarks(analysis, period.period(), inputYears, members, slots, cityById, page);
      built.add(
          new Panel(
              period.period().label(),
              top,
              page,
              BasemapLayer.on(page),
              links,
              MapLinks.alpha(links.size()),
              cityDots(period, slots, cityById, page, circles)));
    }
    panels = List.copyOf(built);

    int rows = (periods.size() + columns - 1) / columns;
    double contentWidth = pageWidth() - 2 * MARGIN;
    List<String> credits = new ArrayList<>(analysis.run().attribution());
    credits.add("Basemap: Natural Earth (public domain)");
    credits.add("Projection: Equal Earth (EPSG:8857)");
    attribution = ATTRIBUTION.wrap(String.join(" · ", credits), contentWidth);
    legendTop = MARGIN + rows * panelHeight + 4;
    colourNoteLeft = MARGIN + Math.min(contentWidth / 2, sizesWidth() + 24);
    colourNote =
        ENTRY.wrap(
            String.format(
                Locale.ENGLISH,
                "Colours: the clusters of each period, followed from one period to the next"
                    + " (matched when the Jaccard overlap of their cities is at least %.2g; Greene"
                    + " et al. 2010). A cluster keeps its colour while it continues, grows,"
                    + " shrinks, merges (the largest part's colour) or splits (to the largest"
                    + " part); a new cluster takes a colour unused in its period, one unused in the"
                    + " period before too while there is one."
                    + " Grey: cities alone, clusters beyond %d colours, and links between two"
                    + " clusters.",
                analysis.time().jaccardThreshold(),
                ClusterPalette.SIZE),
            MARGIN + contentWidth - colourNoteLeft);
    double legendHeight =
        Math.max(MapLegend.circleScaleHeight(circles), colourNote.size() * noteLineHeight());
    attributionTop = legendTop + legendHeight + 8;
    pageHeight = attributionTop + attribution.size() * lineHeight() + MARGIN;
  }

  /**
   * How many partnerships the panels of {@code analysis} draw in all: per period, those active in
   * it between two of its cities. O(p·l).
   */
  public static long drawnLinks(NetworkAnalysis analysis) {
    YearSpan inputYears =
        analysis.time().inputYears().orElse(analysis.time().periods().get(0).period());
    long drawn = 0;
    for (PeriodAnalysis period : analysis.time().periods()) {
      Set<String> members = new HashSet<>();
      period.members().forEach(c -> members.add(c.id()));
      for (LinkMetrics link : analysis.links()) {
        var p = link.partnership();
        if (members.contains(p.source())
            && members.contains(p.target())
            && p.years().within(inputYears).overlaps(period.period())) {
          drawn++;
        }
      }
    }
    return drawn;
  }

  /**
   * The period maps of {@code analysis}.
   *
   * @throws IllegalArgumentException when the analysis has no periods
   */
  public static PeriodMaps of(NetworkAnalysis analysis, MapOptions options) {
    return new PeriodMaps(analysis, options);
  }

  /** Writes the panels as a PNG at the options' resolution to {@code target}, replacing it. */
  public void writePng(Path target) throws IOException {
    byte[] bytes = MapRenderer.png(this, dpi);
    AtomicFiles.write(target, partial -> Files.write(partial, bytes));
  }

  /** Writes the panels as an SVG (user unit: the point) to {@code target}, replacing it. */
  public void writeSvg(Path target) throws IOException {
    byte[] bytes = MapRenderer.svg(this).getBytes(StandardCharsets.UTF_8);
    AtomicFiles.write(target, partial -> Files.write(partial, bytes));
  }

  /** The number of panels per row. */
  public int columns() {
    return columns;
  }

  @Override
  public double pageWidth() {
    return 2 * MARGIN + columns * PANEL_WIDTH;
  }

  @Override
  public double pageHeight() {
    return pageHeight;
  }

  @Override
  public void paint(Graphics2D g) {
    g.setColor(Color.WHITE);
    g.fill(new Rectangle2D.Double(0, 0, pageWidth(), pageHeight));
    for (Panel panel : panels) {
      g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, "period-" + panel.title());
      Rectangle2D frame = panel.page().frame();
      TITLE.draw(g, panel.title(), frame.getX(), panel.top() + TITLE.ascent());
      Shape clip = g.getClip();
      g.clip(frame);
      panel.basemap().paint(g);
      BasicStroke stroke =
          new BasicStroke(
              (float) MapLinks.MIN_WIDTH * 1.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
      g.setStroke(stroke);
      for (Mark link : panel.links()) {
        g.setColor(new Color((panel.linkAlpha() << 24) | link.rgb(), true));
        g.draw(link.path());
      }
      for (Dot city : panel.cities()) {
        Shape circle =
            new Ellipse2D.Double(
                city.x() - city.radius(),
                city.y() - city.radius(),
                2 * city.radius(),
                2 * city.radius());
        g.setColor(city.colour());
        g.setRenderingHint(SVGHints.KEY_ELEMENT_ID, "city-" + panel.title() + "-" + city.id());
        g.fill(circle);
        g.setColor(HALO);
        g.setStroke(new BasicStroke((float) Math.min(0.35, 0.1 * city.radius())));
        g.draw(circle);
      }
      g.setClip(clip);
      g.setColor(BasemapLayer.OUTLINE);
      g.setStroke(new BasicStroke(0.6f));
      g.draw(frame);
      g.setRenderingHint(SVGHints.KEY_END_GROUP, "period-" + panel.title());
    }
    g.setRenderingHint(SVGHints.KEY_BEGIN_GROUP, "legend");
    paintSizes(g, MARGIN, legendTop);
    for (int i = 0; i < colourNote.size(); i++) {
      ENTRY.draw(
          g, colourNote.get(i), colourNoteLeft, legendTop + i * noteLineHeight() + ENTRY.ascent());
    }
    g.setRenderingHint(SVGHints.KEY_END_GROUP, "legend");
    for (int i = 0; i < attribution.size(); i++) {
      ATTRIBUTION.draw(
          g, attribution.get(i), MARGIN, attributionTop + i * lineHeight() + ATTRIBUTION.ascent());
    }
  }

  /** The circle scale: a heading and sample circles with their values. */
  private void paintSizes(Graphics2D g, double x, double y) {
    MapLegend.paintCircleScale(
        g, circles, SIZE_HEADING + (circles.legendValues().isEmpty() ? " (all zero)" : ""), x, y);
  }

  /** Width of the circle scale, room left for its longest heading. */
  private double sizesWidth() {
    return MapLegend.circleScaleWidth(circles, SIZE_HEADING + " (all zero)");
  }

  private static List<Mark> linkMarks(
      NetworkAnalysis analysis,
      YearSpan period,
      YearSpan inputYears,
      Map<String, PeriodCity> members,
      List<Integer> slots,
      Map<String, CityMetrics> cityById,
      PageTransform page) {
    double tolerance = PageTransform.TOLERANCE / page.scale();
    List<Mark> marks = new ArrayList<>();
    List<Integer> clusters = new ArrayList<>();
    for (LinkMetrics link : analysis.links()) {
      var p = link.partnership();
      PeriodCity a = members.get(p.source());
      PeriodCity b = members.get(p.target());
      if (a == null || b == null || !p.years().within(inputYears).overlaps(period)) {
        continue;
      }
      CityMetrics ca = cityById.get(p.source());
      CityMetrics cb = cityById.get(p.target());
      Geometry route =
          Geodesics.equalEarthLine(
              ca.city().lat(), ca.city().lon(), cb.city().lat(), cb.city().lon(), tolerance);
      int slot = a.cluster() == b.cluster() ? slots.get(a.cluster()) : -1;
      marks.add(new Mark(page.toPath(route), ClusterPalette.rgb(slot)));
      clusters.add(ClusterPalette.hasOwnColour(slot) ? slot : -1);
    }
    // grey links at the bottom, then clusters from the largest up so small ones stay visible
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < marks.size(); i++) {
      order.add(i);
    }
    order.sort(
        Comparator.<Integer>comparingInt(i -> clusters.get(i) < 0 ? 0 : 1)
            .thenComparingInt(i -> -clusters.get(i)));
    return order.stream().map(marks::get).toList();
  }

  private static List<Dot> cityDots(
      PeriodAnalysis period,
      List<Integer> slots,
      Map<String, CityMetrics> cityById,
      PageTransform page,
      CircleScale circles) {
    List<Dot> dots = new ArrayList<>();
    for (PeriodCity member : period.members()) {
      CityMetrics city = cityById.get(member.id());
      Point2D xy = page.toPage(EqualEarth.project(city.city().lat(), city.city().lon()));
      dots.add(
          new Dot(
              member.id(),
              xy.getX(),
              xy.getY(),
              circles.radius(member.betweenness()),
              new Color(ClusterPalette.rgb(slots.get(member.cluster())))));
    }
    // large circles first so small ones on top stay visible
    dots.sort(Comparator.comparingDouble(Dot::radius).reversed());
    return List.copyOf(dots);
  }

  /**
   * The projected extent of all the network's cities with a margin of a tenth of its size (at least
   * 200 km), so circles at the edge are not cut.
   */
  private static Envelope extentOf(NetworkAnalysis analysis) {
    Envelope extent = new Envelope();
    for (CityMetrics c : analysis.cities()) {
      Coordinate xy = EqualEarth.project(c.city().lat(), c.city().lon());
      extent.expandToInclude(xy);
    }
    double pad = Math.max(200_000, 0.1 * Math.max(extent.getWidth(), extent.getHeight()));
    extent.expandBy(pad);
    return extent;
  }

  private static double noteLineHeight() {
    return (ENTRY.ascent() + ENTRY.descent()) * 1.2;
  }

  private static double lineHeight() {
    return (ATTRIBUTION.ascent() + ATTRIBUTION.descent()) * 1.15;
  }
}
