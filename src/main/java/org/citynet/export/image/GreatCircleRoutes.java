package org.citynet.export.image;

import java.util.ArrayList;
import java.util.List;
import net.sf.geographiclib.Geodesic;
import net.sf.geographiclib.GeodesicData;
import net.sf.geographiclib.GeodesicLine;
import net.sf.geographiclib.GeodesicMask;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;

/**
 * Stand-in for {@code org.citynet.geo.Geodesics.line}: the geodesic between two cities on the WGS84
 * ellipsoid (Karney 2013, via GeographicLib), sampled every {@code maxStepKm} at most and split
 * where it crosses the antimeridian. To be deleted once that class is merged.
 */
final class GreatCircleRoutes {
  private static final GeometryFactory GEOMETRIES = new GeometryFactory();
  private static final int POSITION =
      GeodesicMask.LATITUDE | GeodesicMask.LONGITUDE | GeodesicMask.LONG_UNROLL;

  private GreatCircleRoutes() {}

  /** The route in (lon, lat) degrees: a LineString, or a MultiLineString when split. */
  static Geometry line(double lat1, double lon1, double lat2, double lon2, double maxStepKm) {
    GeodesicLine line = Geodesic.WGS84.InverseLine(lat1, lon1, lat2, lon2);
    double length = line.Distance();
    int steps = Math.max(1, (int) Math.ceil(length / (maxStepKm * 1000)));
    List<LineString> parts = new ArrayList<>();
    List<Coordinate> part = new ArrayList<>();
    double prevLon = 0;
    double prevLat = 0;
    int prevTurn = 0;
    for (int i = 0; i <= steps; i++) {
      GeodesicData d = line.Position(length * i / steps, POSITION);
      // longitudes run on unwrapped; each whole turn past ±180 starts a new part
      int turn = (int) Math.floor((d.lon2 + 180) / 360);
      if (i > 0 && turn != prevTurn) {
        double edge = -180 + 360 * Math.max(turn, prevTurn);
        double lat = prevLat + (d.lat2 - prevLat) * (edge - prevLon) / (d.lon2 - prevLon);
        if (prevLon != edge) { // a route starting on the antimeridian has nothing to close
          part.add(new Coordinate(edge - 360 * prevTurn, lat));
        }
        addPart(parts, part);
        part = new ArrayList<>();
        part.add(new Coordinate(edge - 360 * turn, lat));
      }
      part.add(new Coordinate(d.lon2 - 360 * turn, d.lat2));
      prevLon = d.lon2;
      prevLat = d.lat2;
      prevTurn = turn;
    }
    addPart(parts, part);
    return parts.size() == 1
        ? parts.get(0)
        : GEOMETRIES.createMultiLineString(parts.toArray(LineString[]::new));
  }

  private static void addPart(List<LineString> parts, List<Coordinate> part) {
    if (part.size() >= 2) {
      parts.add(GEOMETRIES.createLineString(part.toArray(Coordinate[]::new)));
    }
  }
}
