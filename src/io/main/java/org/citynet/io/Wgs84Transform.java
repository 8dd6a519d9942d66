package org.citynet.io;

import java.util.Optional;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.Proj4jException;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Converts a layer's coordinates from its EPSG coordinate reference system to WGS84 longitude and
 * latitude (EPSG:4326), with proj4j and the EPSG parameters it ships (proj4j-epsg). Coordinates are
 * in the GIS order of GeoJSON and GeoPackage: x (easting or longitude) first.
 */
final class Wgs84Transform {
  private static final int WGS84 = 4326;
  private static final CRSFactory CRS = new CRSFactory();

  private final long code;
  private final CoordinateTransform transform;

  private Wgs84Transform(long code, CoordinateTransform transform) {
    this.code = code;
    this.transform = transform;
  }

  /** For a layer already in WGS84 longitude and latitude. */
  static Wgs84Transform identity() {
    return new Wgs84Transform(WGS84, null);
  }

  /** The transform from {@code EPSG:code}, or empty when proj4j does not know the code. */
  static Optional<Wgs84Transform> fromEpsg(long code) {
    if (code == WGS84) {
      return Optional.of(identity());
    }
    try {
      CoordinateReferenceSystem source = CRS.createFromName("EPSG:" + code);
      CoordinateReferenceSystem target = CRS.createFromName("EPSG:" + WGS84);
      return Optional.of(
          new Wgs84Transform(
              code, new CoordinateTransformFactory().createTransform(source, target)));
    } catch (Proj4jException | IllegalArgumentException e) {
      // proj4j's way of saying it has no parameters for the code, or cannot use them
      return Optional.empty();
    }
  }

  /** The source system, e.g. {@code EPSG:3857}. */
  String source() {
    return "EPSG:" + code;
  }

  /**
   * {@code {lon, lat}} in degrees for {@code x, y}; NaN where the point lies outside the source
   * system's domain.
   */
  double[] apply(double x, double y) {
    if (transform == null) {
      return new double[] {x, y};
    }
    try {
      ProjCoordinate out = transform.transform(new ProjCoordinate(x, y), new ProjCoordinate());
      return new double[] {out.x, out.y};
    } catch (Proj4jException | IllegalStateException e) {
      // proj4j's IllegalStateException: a geographic source's latitude out of range
      return new double[] {Double.NaN, Double.NaN};
    }
  }
}
