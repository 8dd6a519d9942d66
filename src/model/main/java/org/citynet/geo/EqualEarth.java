package org.citynet.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/**
 * The Equal Earth projection on the WGS84 ellipsoid, as EPSG:8857 ("WGS 84 / Equal Earth
 * Greenwich"): an equal-area pseudocylindrical projection for world maps.
 *
 * <p>Formulas from B. Šavrič, T. Patterson and B. Jenny, "The Equal Earth map projection",
 * <i>International Journal of Geographical Information Science</i> 33(3), 454–465 (2019),
 * doi:10.1080/13658816.2018.1504949. On the ellipsoid the geodetic latitude is replaced by the
 * authalic latitude and the result scaled by the authalic radius, as in EPSG method 1078 (IOGP
 * Guidance Note 7-2) and PROJ's {@code eqearth}; the output matches GDAL to the millimetre. The
 * central meridian is Greenwich, with no false easting or northing. Each point costs O(1).
 */
public final class EqualEarth {
  /** WGS84 semi-major axis in metres. */
  public static final double SEMI_MAJOR_AXIS = 6378137.0;

  private static final double FLATTENING = 1 / 298.257223563;
  private static final double E2 = FLATTENING * (2 - FLATTENING);
  private static final double E = Math.sqrt(E2);
  private static final double QP = q(1);

  /** Authalic radius: the sphere with the ellipsoid's surface area. */
  private static final double RQ = SEMI_MAJOR_AXIS * Math.sqrt(QP / 2);

  private static final double A1 = 1.340264;
  private static final double A2 = -0.081106;
  private static final double A3 = 0.000893;
  private static final double A4 = 0.003796;
  private static final double M = Math.sqrt(3) / 2;

  /** Easting of the antimeridian on the equator: the map spans [-MAX_X, MAX_X], in metres. */
  public static final double MAX_X = project(0, 180).x;

  /** Northing of the North Pole: the map spans [-MAX_Y, MAX_Y], in metres. */
  public static final double MAX_Y = project(90, 0).y;

  private EqualEarth() {}

  /**
   * Projects one point.
   *
   * @param lat geodetic latitude in degrees, within [-90, 90]
   * @param lon longitude in degrees; [-180, 180] covers the map, values beyond extrapolate
   * @return easting (x) and northing (y) in metres
   */
  public static Coordinate project(double lat, double lon) {
    double sinBeta = Math.max(-1, Math.min(1, q(Math.sin(Math.toRadians(lat))) / QP));
    double theta = Math.asin(M * sinBeta);
    double t2 = theta * theta;
    double t6 = t2 * t2 * t2;
    double x =
        Math.toRadians(lon)
            * Math.cos(theta)
            / (M * (A1 + 3 * A2 * t2 + t6 * (7 * A3 + 9 * A4 * t2)));
    double y = theta * (A1 + A2 * t2 + t6 * (A3 + A4 * t2));
    return new Coordinate(RQ * x, RQ * y);
  }

  /**
   * Projects every vertex of a geometry whose coordinates are (longitude, latitude) in degrees, as
   * in GeoJSON.
   *
   * @return a projected copy; the input is left unchanged
   */
  public static Geometry project(Geometry lonLat) {
    Geometry copy = lonLat.copy();
    copy.apply(
        new CoordinateSequenceFilter() {
          @Override
          public void filter(CoordinateSequence seq, int i) {
            Coordinate p = project(seq.getY(i), seq.getX(i));
            seq.setOrdinate(i, CoordinateSequence.X, p.x);
            seq.setOrdinate(i, CoordinateSequence.Y, p.y);
          }

          @Override
          public boolean isDone() {
            return false;
          }

          @Override
          public boolean isGeometryChanged() {
            return true;
          }
        });
    return copy;
  }

  /** Snyder's q (Map Projections — A Working Manual, eq. 3-12) for a latitude's sine. */
  private static double q(double sinPhi) {
    double es = E * sinPhi;
    return (1 - E2) * (sinPhi / (1 - es * es) - Math.log((1 - es) / (1 + es)) / (2 * E));
  }
}
