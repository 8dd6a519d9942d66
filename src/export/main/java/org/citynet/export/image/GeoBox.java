package org.citynet.export.image;

/**
 * A longitude/latitude rectangle (WGS84 degrees) that a map zooms to.
 *
 * <p>It may not cross the antimeridian: the map is centred on Greenwich.
 *
 * @param minLon western edge, within [-180, 180)
 * @param minLat southern edge, within [-90, 90)
 * @param maxLon eastern edge, greater than {@code minLon} and at most 180
 * @param maxLat northern edge, greater than {@code minLat} and at most 90
 */
public record GeoBox(double minLon, double minLat, double maxLon, double maxLat) {
  /** The whole world. */
  public static final GeoBox WORLD = new GeoBox(-180, -90, 180, 90);

  /**
   * @throws IllegalArgumentException when an edge is out of range or the box is empty
   */
  public GeoBox {
    if (!(-180 <= minLon && minLon < maxLon && maxLon <= 180)) {
      throw new IllegalArgumentException(
          "bbox longitudes must satisfy -180 <= west < east <= 180, got " + minLon + ", " + maxLon);
    }
    if (!(-90 <= minLat && minLat < maxLat && maxLat <= 90)) {
      throw new IllegalArgumentException(
          "bbox latitudes must satisfy -90 <= south < north <= 90, got " + minLat + ", " + maxLat);
    }
  }

  /**
   * Parses {@code "west,south,east,north"} in degrees, e.g. {@code "-12,34,35,60"} for Europe.
   *
   * @throws IllegalArgumentException when there are not four numbers or the box is invalid
   */
  public static GeoBox parse(String text) {
    String[] parts = text.split(",", -1);
    if (parts.length != 4) {
      throw new IllegalArgumentException(
          "bbox must be west,south,east,north in degrees (e.g. -12,34,35,60), got '" + text + "'");
    }
    double[] v = new double[4];
    for (int i = 0; i < 4; i++) {
      try {
        v[i] = Double.parseDouble(parts[i].strip());
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "bbox value '" + parts[i].strip() + "' is not a number (in '" + text + "')", e);
      }
    }
    return new GeoBox(v[0], v[1], v[2], v[3]);
  }
}
