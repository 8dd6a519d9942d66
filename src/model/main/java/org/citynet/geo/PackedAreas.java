package org.citynet.geo;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.io.ByteOrderValues;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;
import org.locationtech.jts.io.WKBWriter;

/**
 * Multi-polygons in a binary resource: each one as its length and its OGC well-known binary
 * (big-endian, two dimensions, no SRID), which keeps every coordinate's double exactly. The basemap
 * resources are made once from Natural Earth's GeoJSON with the parsing, repairing and dissolving
 * done then, so that a run reads finished, valid areas in O(v) for v vertices instead of parsing
 * text and checking validity in O(v log v).
 */
public final class PackedAreas {
  private PackedAreas() {}

  /** Writes {@code area} to {@code out}. */
  public static void write(DataOutputStream out, MultiPolygon area) throws IOException {
    byte[] wkb = new WKBWriter(2, ByteOrderValues.BIG_ENDIAN).write(area);
    out.writeInt(wkb.length);
    out.write(wkb);
  }

  /**
   * Reads one area that {@link #write} wrote, with SRID 4326 and no validity check: the resources
   * hold only valid areas, which their tests check.
   *
   * @throws IOException if the stream ends early or holds no multi-polygon there
   */
  public static MultiPolygon read(DataInputStream in) throws IOException {
    byte[] wkb = new byte[in.readInt()];
    in.readFully(wkb);
    try {
      Geometry geometry = new WKBReader(Geodesics.factory()).read(wkb);
      if (geometry instanceof MultiPolygon area) {
        return area;
      }
      throw new IOException("not a multi-polygon: " + geometry.getGeometryType());
    } catch (ParseException e) {
      throw new IOException("not well-known binary: " + e.getMessage(), e);
    }
  }
}
