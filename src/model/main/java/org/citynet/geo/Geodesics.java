package org.citynet.geo;

import java.util.ArrayList;
import java.util.List;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicLine;
import net.sf.geographiclib.GeodesicMask;
import org.locationtech.jts.algorithm.Distance;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Geodesics on the WGS84 ellipsoid, as lengths and as longitude/latitude lines a flat map can draw.
 *
 * <p>Distances and positions come from GeographicLib (C. F. F. Karney, "Algorithms for geodesics",
 * J. Geodesy 87:43–55, 2013), accurate to a few nanometres. A line is a polyline of points on the
 * geodesic, with longitudes unrolled (continuous, even past ±180°). It is cut wherever it passes
 * the antimeridian, the cut point lying on the geodesic at exactly ±180°, and each piece is shifted
 * into [-180°, 180°]. So no segment of the result spans more than 180° of longitude and no renderer
 * draws the line the long way round the globe.
 *
 * <p>The default line ({@link #line(double, double, double, double)}) has only as many vertices as
 * keep its straight longitude/latitude chords (what a GIS draws between two vertices of a layer in
 * EPSG:4326) within {@link #DEFAULT_TOLERANCE_KM} of the geodesic: each chord is halved at its
 * midpoint along the geodesic until the chord's midpoint lies within the tolerance of it, from
 * steps of {@value #COARSE_STEP_KM} km so that no bend is hidden between two samples (the adaptive
 * resampling of d3-geo and PROJ's densifiers). A long geodesic needs tens of vertices where equal
 * steps of 50 km give hundreds. {@link #line(double, double, double, double, double)} samples at
 * equal steps instead, and {@link #equalEarthLine} adaptively in the projected plane of a map.
 *
 * <p>Cost: O(length / step + v) GeographicLib positions for v vertices, plus about 30 per
 * antimeridian crossing.
 */
public final class Geodesics {
  /** Longest step of the equal-step lines the tests and the map's test compare with, in km. */
  public static final double DEFAULT_MAX_STEP_KM = 50;

  /**
   * How far the chords of {@link #line(double, double, double, double)} may stray from the true
   * geodesic, in km: below the width of a line on any map of a country or larger.
   */
  public static final double DEFAULT_TOLERANCE_KM = 1;

  /** WGS84 semi-major axis, in metres, and first eccentricity squared (for the chord check). */
  private static final double A = Geodesic.WGS84.EquatorialRadius();

  private static final double E2 = Geodesic.WGS84.Flattening() * (2 - Geodesic.WGS84.Flattening());

  /** Spatial reference of every geometry made here: WGS84 longitude/latitude. */
  public static final int SRID = 4326;

  private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), SRID);

  /** Factory of the projected lines: EPSG:8857, Equal Earth Greenwich. */
  private static final GeometryFactory EQUAL_EARTH =
      new GeometryFactory(new PrecisionModel(), 8857);

  /** First sampling step of {@link #equalEarthLine}, in km, before refinement. */
  private static final double COARSE_STEP_KM = 1000;

  /** Halvings of a coarse step at most: 1000 km / 2^16 is 15 m, below any map's detail. */
  private static final int MAX_REFINEMENTS = 16;

  /** A crossing is located on the geodesic to this distance, in metres. */
  private static final double CROSSING_TOLERANCE_M = 1e-3;

  private Geodesics() {}

  /** The factory of every geometry made here (floating precision, SRID 4326). */
  public static GeometryFactory factory() {
    return FACTORY;
  }

  /** Length of the shortest path between two points on the WGS84 ellipsoid, in km. */
  public static double lengthKm(double lat1, double lon1, double lat2, double lon2) {
    return Geodesic.WGS84.Inverse(lat1, lon1, lat2, lon2, GeodesicMask.DISTANCE).s12 / 1000;
  }

  /**
   * The geodesic between two points, its longitude/latitude chords within {@link
   * #DEFAULT_TOLERANCE_KM} of it; see {@link #lineWithin}.
   */
  public static Geometry line(double lat1, double lon1, double lat2, double lon2) {
    return lineWithin(lat1, lon1, lat2, lon2, DEFAULT_TOLERANCE_KM);
  }

  /**
   * The geodesic between two points as longitude/latitude coordinates, with only the vertices that
   * keep each straight chord (in longitude/latitude) within {@code toleranceKm} of the geodesic at
   * the chord's midpoint. Every vertex lies on the geodesic.
   *
   * @param toleranceKm how far a chord may stray from the geodesic, &gt; 0
   * @return as {@link #line(double, double, double, double, double)}
   */
  public static Geometry lineWithin(
      double lat1, double lon1, double lat2, double lon2, double toleranceKm) {
    if (!(toleranceKm > 0) || Double.isInfinite(toleranceKm)) {
      throw new IllegalArgumentException("toleranceKm must be positive and finite: " + toleranceKm);
    }
    GeodesicLine geodesic = geodesic(lat1, lon1, lat2, lon2);
    List<List<Vertex>> parts = pieces(geodesic, lat1, lon1, lat2, lon2, COARSE_STEP_KM);
    List<List<Vertex>> refined = new ArrayList<>(parts.size());
    for (List<Vertex> part : parts) {
      List<Vertex> out = new ArrayList<>();
      Vertex from = part.get(0);
      out.add(from);
      for (Vertex to : part.subList(1, part.size())) {
        refineLonLat(geodesic, toleranceKm * 1000, from, to, 0, out);
        out.add(to);
        from = to;
      }
      refined.add(out);
    }
    return lonLatLines(refined, lon2);
  }

  /**
   * Adds to {@code out} the geodesic's vertices strictly between {@code v0} and {@code v1} that
   * keep every longitude/latitude chord within {@code toleranceM} of the geodesic at its midpoint.
   */
  private static void refineLonLat(
      GeodesicLine geodesic, double toleranceM, Vertex v0, Vertex v1, int depth, List<Vertex> out) {
    if (depth == MAX_REFINEMENTS) {
      return;
    }
    double s = (v0.s() + v1.s()) / 2;
    Coordinate p = position(geodesic, s);
    Vertex mid = new Vertex(s, p.x, p.y);
    if (localDistanceM((v0.lat() + v1.lat()) / 2, (v0.lon() + v1.lon()) / 2, mid.lat(), mid.lon())
        <= toleranceM) {
      return;
    }
    refineLonLat(geodesic, toleranceM, v0, mid, depth + 1, out);
    out.add(mid);
    refineLonLat(geodesic, toleranceM, mid, v1, depth + 1, out);
  }

  /**
   * Distance between two nearby points, in metres, on the ellipsoid's tangent plane at their mean
   * latitude (meridional and prime-vertical radii of curvature): within 1% of the geodesic distance
   * for points a few km apart, which is all a tolerance check needs.
   */
  static double localDistanceM(double lat1, double lon1, double lat2, double lon2) {
    double phi = Math.toRadians((lat1 + lat2) / 2);
    double sin = Math.sin(phi);
    double w = 1 - E2 * sin * sin;
    double primeVertical = A / Math.sqrt(w);
    double meridional = primeVertical * (1 - E2) / w;
    double dx = Math.toRadians(lon2 - lon1) * primeVertical * Math.cos(phi);
    double dy = Math.toRadians(lat2 - lat1) * meridional;
    return Math.sqrt(dx * dx + dy * dy);
  }

  /**
   * The geodesic between two points as longitude/latitude coordinates.
   *
   * @param maxStepKm longest step between consecutive vertices along the geodesic, &gt; 0; a value
   *     at least the geodesic's length gives just the two end points (plus any antimeridian cut)
   * @return a {@link LineString} from the first point to the second, or a {@code MultiLineString}
   *     of its pieces, in order, when it crosses the antimeridian; the end points are the input
   *     coordinates exactly. Two equal points give a two-point line of length zero.
   */
  public static Geometry line(
      double lat1, double lon1, double lat2, double lon2, double maxStepKm) {
    if (!(maxStepKm > 0) || Double.isInfinite(maxStepKm)) {
      throw new IllegalArgumentException("maxStepKm must be positive and finite: " + maxStepKm);
    }
    GeodesicLine geodesic = geodesic(lat1, lon1, lat2, lon2);
    return lonLatLines(pieces(geodesic, lat1, lon1, lat2, lon2, maxStepKm), lon2);
  }

  /** The pieces shifted into [-180°, 180°], as one line or a multi-line in order. */
  private static Geometry lonLatLines(List<List<Vertex>> parts, double lon2) {
    LineString[] lines = new LineString[parts.size()];
    for (int i = 0; i < lines.length; i++) {
      List<Vertex> part = parts.get(i);
      double shift = shift(part);
      Coordinate[] shifted =
          part.stream()
              .map(v -> new Coordinate(v.lon() - shift, v.lat()))
              .toArray(Coordinate[]::new);
      Coordinate last = shifted[shifted.length - 1];
      if (i == lines.length - 1 && Math.abs(last.x - lon2) < 1e-9) {
        // the shift rounds: restore the input longitude exactly
        last.x = lon2;
      }
      lines[i] = FACTORY.createLineString(shifted);
    }
    return lines.length == 1 ? lines[0] : FACTORY.createMultiLineString(lines);
  }

  /**
   * The geodesic between two points drawn on an {@link EqualEarth} map: cut at the antimeridian as
   * {@link #line(double, double, double, double, double)} is, projected, and sampled only as
   * densely as the map needs. Each chord is halved at its midpoint along the geodesic until that
   * midpoint lies within {@code toleranceM} of the chord (the adaptive resampling of d3-geo and
   * PROJ's densifiers), starting from steps of {@value #COARSE_STEP_KM} km so that no bend is
   * hidden between two samples.
   *
   * <p>Cost: O(length / {@value #COARSE_STEP_KM} km + v) GeographicLib positions for v vertices
   * drawn; on a world map a geodesic needs a few dozen, where steps of {@link #DEFAULT_MAX_STEP_KM}
   * give hundreds.
   *
   * @param toleranceM how far the drawn chords may stray from the projected geodesic, in projected
   *     metres, &gt; 0 (a map's smallest visible detail divided by its scale)
   * @return a {@link LineString}, or a {@code MultiLineString} of its pieces in order, in Equal
   *     Earth metres
   */
  public static Geometry equalEarthLine(
      double lat1, double lon1, double lat2, double lon2, double toleranceM) {
    if (!(toleranceM > 0) || Double.isInfinite(toleranceM)) {
      throw new IllegalArgumentException("toleranceM must be positive and finite: " + toleranceM);
    }
    GeodesicLine geodesic = geodesic(lat1, lon1, lat2, lon2);
    List<List<Vertex>> parts = pieces(geodesic, lat1, lon1, lat2, lon2, COARSE_STEP_KM);
    LineString[] lines = new LineString[parts.size()];
    for (int i = 0; i < lines.length; i++) {
      List<Vertex> part = parts.get(i);
      ProjectedPiece piece = new ProjectedPiece(geodesic, shift(part), toleranceM);
      List<Coordinate> xy = new ArrayList<>();
      ProjectedSample from = piece.project(part.get(0));
      xy.add(from.xy());
      for (Vertex vertex : part.subList(1, part.size())) {
        ProjectedSample to = piece.project(vertex);
        piece.refine(from, to, 0, xy);
        xy.add(to.xy());
        from = to;
      }
      lines[i] = EQUAL_EARTH.createLineString(xy.toArray(Coordinate[]::new));
    }
    return lines.length == 1 ? lines[0] : EQUAL_EARTH.createMultiLineString(lines);
  }

  /**
   * One piece of a geodesic, between two antimeridian cuts, drawn in Equal Earth with its
   * longitudes shifted by {@code shift} into [-180°, 180°], within {@code toleranceM} projected
   * metres.
   */
  private record ProjectedPiece(GeodesicLine geodesic, double shift, double toleranceM) {
    ProjectedSample project(Vertex v) {
      return new ProjectedSample(v.s(), EqualEarth.project(v.lat(), v.lon() - shift));
    }

    /**
     * Adds to {@code out} the vertices strictly between {@code from} and {@code to} that keep every
     * chord within {@code toleranceM} of the projected geodesic at its midpoint.
     */
    void refine(ProjectedSample from, ProjectedSample to, int depth, List<Coordinate> out) {
      if (depth == MAX_REFINEMENTS) {
        return;
      }
      double s = (from.s() + to.s()) / 2;
      Coordinate lonLat = position(geodesic, s);
      ProjectedSample mid = new ProjectedSample(s, EqualEarth.project(lonLat.y, lonLat.x - shift));
      if (Distance.pointToSegment(mid.xy(), from.xy(), to.xy()) <= toleranceM) {
        return;
      }
      refine(from, mid, depth + 1, out);
      out.add(mid.xy());
      refine(mid, to, depth + 1, out);
    }
  }

  /** A sample of a geodesic: its distance from the start in metres, its projected position. */
  private record ProjectedSample(double s, Coordinate xy) {}

  private static GeodesicLine geodesic(double lat1, double lon1, double lat2, double lon2) {
    return Geodesic.WGS84.InverseLine(
        lat1,
        lon1,
        lat2,
        lon2,
        GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE | GeodesicMask.DISTANCE_IN);
  }

  /** A sample of a geodesic: its distance from the start in metres, its unrolled position. */
  private record Vertex(double s, double lon, double lat) {}

  /**
   * The geodesic sampled at equal steps of at most {@code maxStepKm}, with longitudes unrolled and
   * cut wherever it passes an antimeridian: the pieces in order, each cut point ending one piece
   * and starting the next.
   */
  private static List<List<Vertex>> pieces(
      GeodesicLine geodesic, double lat1, double lon1, double lat2, double lon2, double maxStepKm) {
    double length = geodesic.Distance();
    int steps = Math.max(1, (int) Math.ceil(length / (maxStepKm * 1000)));
    List<List<Vertex>> parts = new ArrayList<>();
    List<Vertex> part = new ArrayList<>();
    Vertex previous = new Vertex(0, lon1, lat1);
    part.add(previous);
    for (int i = 1; i <= steps; i++) {
      double s = length * i / steps;
      Coordinate p = i == steps ? end(geodesic, length, lat2, lon2) : position(geodesic, s);
      Vertex next = new Vertex(s, p.x, p.y);
      for (double meridian : antimeridiansBetween(previous.lon(), next.lon())) {
        Vertex cut = crossing(geodesic, previous.s(), s, meridian, previous.lon() < next.lon());
        part.add(cut);
        parts.add(part);
        part = new ArrayList<>();
        part.add(cut);
      }
      part.add(next);
      previous = next;
    }
    parts.add(part);
    return parts;
  }

  private static Coordinate position(GeodesicLine geodesic, double s) {
    var p =
        geodesic.Position(
            s, GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE | GeodesicMask.LONG_UNROLL);
    return new Coordinate(p.lon2, p.lat2);
  }

  /** The end point, exactly as given but unrolled to follow on from the sampled longitudes. */
  private static Coordinate end(GeodesicLine geodesic, double length, double lat2, double lon2) {
    double unrolled = position(geodesic, length).x;
    return new Coordinate(lon2 + 360 * Math.rint((unrolled - lon2) / 360), lat2);
  }

  /** The unrolled longitudes ≡ 180° (mod 360) strictly between a and b, in order from a to b. */
  private static List<Double> antimeridiansBetween(double a, double b) {
    List<Double> meridians = new ArrayList<>();
    if (a < b) {
      for (double m = 360 * Math.floor((a + 180) / 360) + 180; m < b; m += 360) {
        meridians.add(m);
      }
    } else {
      for (double m = 360 * Math.ceil((a + 180) / 360) - 540; m > b; m -= 360) {
        meridians.add(m);
      }
    }
    return meridians;
  }

  /**
   * The point between distances {@code s0} and {@code s1} where the geodesic reaches unrolled
   * longitude {@code meridian}, by bisection: longitude is monotonic along a geodesic.
   */
  private static Vertex crossing(
      GeodesicLine geodesic, double s0, double s1, double meridian, boolean eastward) {
    double lo = s0;
    double hi = s1;
    while (hi - lo > CROSSING_TOLERANCE_M) {
      double mid = (lo + hi) / 2;
      if (position(geodesic, mid).x < meridian == eastward) {
        lo = mid;
      } else {
        hi = mid;
      }
    }
    double s = (lo + hi) / 2;
    return new Vertex(s, meridian, position(geodesic, s).y);
  }

  /**
   * The multiple of 360° that moves a piece with no antimeridian strictly inside into [-180, 180];
   * zero for a piece already there, so a point at exactly ±180° keeps its sign.
   */
  private static double shift(List<Vertex> part) {
    double min = part.stream().mapToDouble(Vertex::lon).min().orElseThrow();
    double max = part.stream().mapToDouble(Vertex::lon).max().orElseThrow();
    return min >= -180 && max <= 180 ? 0 : 360 * Math.floor(((min + max) / 2 + 180) / 360);
  }
}
