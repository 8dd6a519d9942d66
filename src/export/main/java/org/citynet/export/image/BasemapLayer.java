package org.citynet.export.image;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.util.ArrayList;
import java.util.List;
import org.citynet.geo.EqualEarth;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/**
 * The background of every map: sea, graticule, Natural Earth countries and the world's outline,
 * projected once onto one {@link PageTransform}. Building is O(v) for the v basemap vertices of the
 * countries in view.
 */
final class BasemapLayer {
  private static final double GRATICULE_STEP = 30;
  private static final GeometryFactory GEOMETRIES = new GeometryFactory();
  private static final Color SEA = new Color(0xEEF3F7);
  private static final Color GRATICULE = new Color(0xDCE5EC);
  private static final Color LAND = new Color(0xDCDCDC);
  private static final Color BORDER = Color.WHITE;
  static final Color OUTLINE = new Color(0xA9B6C1);

  private final Shape sea;
  private final Shape graticule;
  private final List<Shape> land;

  private BasemapLayer(PageTransform page) {
    sea = page.toShape(EqualEarth.project(worldOutline()));
    graticule = page.toShape(EqualEarth.project(graticuleLines()));
    land =
        Basemap.countries().stream()
            .filter(country -> country.getEnvelopeInternal().intersects(page.view()))
            .map(page::toShape)
            .toList();
  }

  /** The basemap as it falls on {@code page}. */
  static BasemapLayer on(PageTransform page) {
    return new BasemapLayer(page);
  }

  void paint(Graphics2D g) {
    g.setColor(SEA);
    g.fill(sea);
    g.setColor(GRATICULE);
    g.setStroke(new BasicStroke(0.4f));
    g.draw(graticule);
    BasicStroke border = new BasicStroke(0.3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    for (Shape country : land) {
      g.setColor(LAND);
      g.fill(country);
      g.setColor(BORDER);
      g.setStroke(border);
      g.draw(country);
    }
    g.setColor(OUTLINE);
    g.setStroke(new BasicStroke(0.6f));
    g.draw(sea);
  }

  /** The edge of the world map: the ±180° meridians joined at the flat poles, in (lon, lat). */
  private static Geometry worldOutline() {
    List<Coordinate> ring = new ArrayList<>();
    for (int lat = -90; lat <= 90; lat++) {
      ring.add(new Coordinate(-180, lat));
    }
    for (int lat = 90; lat >= -90; lat--) {
      ring.add(new Coordinate(180, lat));
    }
    ring.add(new Coordinate(-180, -90));
    return GEOMETRIES.createPolygon(ring.toArray(Coordinate[]::new));
  }

  /** Meridians and parallels every {@value #GRATICULE_STEP} degrees, in (lon, lat). */
  private static Geometry graticuleLines() {
    List<LineString> lines = new ArrayList<>();
    for (double lon = -180 + GRATICULE_STEP; lon < 180; lon += GRATICULE_STEP) {
      List<Coordinate> meridian = new ArrayList<>();
      for (int lat = -90; lat <= 90; lat++) {
        meridian.add(new Coordinate(lon, lat));
      }
      lines.add(GEOMETRIES.createLineString(meridian.toArray(Coordinate[]::new)));
    }
    for (double lat = -90 + GRATICULE_STEP; lat < 90; lat += GRATICULE_STEP) {
      lines.add(
          GEOMETRIES.createLineString(
              new Coordinate[] {new Coordinate(-180, lat), new Coordinate(180, lat)}));
    }
    return GEOMETRIES.createMultiLineString(lines.toArray(LineString[]::new));
  }
}
