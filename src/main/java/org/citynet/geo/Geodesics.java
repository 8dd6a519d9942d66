package org.citynet.geo;

import java.util.ArrayList;
import java.util.List;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicLine;
import net.sf.geographiclib.GeodesicMask;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Geodesics on the WGS84 ellipsoid, as lengths and as longitude/latitude lines a flat map can draw.
 *
 * <p>Distances and positions come from GeographicLib (C. F. F. Karney, "Algorithms for geodesics",
 * J. Geodesy 87:43–55, 2013), accurate to a few nanometres. A line is the geodesic sampled at equal
 * steps of at most {@code maxStepKm}, with longitudes unrolled (continuous, even past ±180°). It is
 * cut wherever it passes the antimeridian, the cut point lying on the geodesic at exactly ±180°,
 * and each piece is shifted into [-180°, 180°]. So no segment of the result spans more than 180° of
 * longitude and no renderer draws the line the long way round the globe.
 *
 * <p>Cost: O(length / maxStepKm) GeographicLib positions, plus about 30 per antimeridian crossing.
 */
public final class Geodesics {
  /** Longest step of a line drawn by {@link #line(double, double, double, double)}, in km. */
  public static final double DEFAULT_MAX_STEP_KM = 50;

  /** Spatial reference of every geometry made here: WGS84 longitude/latitude. */
  public static final int SRID = 4326;

  private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), SRID);

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

  /** The geodesic between two points, in steps of at most {@link #DEFAULT_MAX_STEP_KM}. */
  public static Geometry line(double lat1, double lon1, double lat2, double lon2) {
    return line(lat1, lon1, lat2, lon2, DEFAULT_MAX_STEP_KM);
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
    GeodesicLine geodesic =
        Geodesic.WGS84.InverseLine(
            lat1,
            lon1,
            lat2,
            lon2,
            GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE | GeodesicMask.DISTANCE_IN);
    double length = geodesic.Distance();
    int steps = Math.max(1, (int) Math.ceil(length / (maxStepKm * 1000)));

    List<List<Coordinate>> parts = new ArrayList<>();
    List<Coordinate> part = new ArrayList<>();
    Coordinate previous = new Coordinate(lon1, lat1);
    double previousS = 0;
    part.add(previous);
    for (int i = 1; i <= steps; i++) {
      double s = length * i / steps;
      Coordinate next = i == steps ? end(geodesic, length, lat2, lon2) : position(geodesic, s);
      for (double meridian : antimeridiansBetween(previous.x, next.x)) {
        Coordinate cut = crossing(geodesic, previousS, s, meridian, previous.x < next.x);
        part.add(cut);
        parts.add(part);
        part = new ArrayList<>();
        part.add(cut);
      }
      part.add(next);
      previous = next;
      previousS = s;
    }
    parts.add(part);

    LineString[] lines = new LineString[parts.size()];
    for (int i = 0; i < lines.length; i++) {
      lines[i] = shiftedLine(parts.get(i), i == lines.length - 1 ? lon2 : Double.NaN);
    }
    return lines.length == 1 ? lines[0] : FACTORY.createMultiLineString(lines);
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
  private static Coordinate crossing(
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
    return new Coordinate(meridian, position(geodesic, (lo + hi) / 2).y);
  }

  /**
   * A piece with no antimeridian strictly inside, shifted by a multiple of 360° into [-180, 180]; a
   * piece already there stays put, so a point at exactly ±180° keeps its sign.
   *
   * @param endLon the input longitude the piece ends at, restored exactly after the shift (which
   *     rounds), or NaN for a piece that ends at a cut
   */
  private static LineString shiftedLine(List<Coordinate> part, double endLon) {
    double min = part.stream().mapToDouble(c -> c.x).min().orElseThrow();
    double max = part.stream().mapToDouble(c -> c.x).max().orElseThrow();
    double shift = min >= -180 && max <= 180 ? 0 : 360 * Math.floor(((min + max) / 2 + 180) / 360);
    Coordinate[] shifted =
        part.stream().map(c -> new Coordinate(c.x - shift, c.y)).toArray(Coordinate[]::new);
    Coordinate last = shifted[shifted.length - 1];
    if (Math.abs(last.x - endLon) < 1e-9) {
      last.x = endLon;
    }
    return FACTORY.createLineString(shifted);
  }
}
