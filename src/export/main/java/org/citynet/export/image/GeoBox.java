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

  /** Boxes of the UN M49 regions, for {@code --region}; Oceania stops at the antimeridian. */
  private static final java.util.Map<String, GeoBox> REGIONS =
      java.util.Map.of(
          "africa", new GeoBox(-26, -37, 60, 38),
          "americas", new GeoBox(-170, -57, -25, 75),
          "asia", new GeoBox(25, -12, 180, 62),
          "europe", new GeoBox(-25, 34, 45, 72),
          "oceania", new GeoBox(110, -50, 180, 0));

  /**
   * The box of a UN M49 region by name, any case: Africa, Americas, Asia, Europe, Oceania.
   *
   * @throws IllegalArgumentException for another name
   */
  public static GeoBox ofRegion(String region) {
    GeoBox box = REGIONS.get(region.strip().toLowerCase(java.util.Locale.ROOT));
    if (box == null) {
      throw new IllegalArgumentException(
          "unknown region '" + region + "': use Africa, Americas, Asia, Europe or Oceania");
    }
    return box;
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
