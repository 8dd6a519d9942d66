package org.citynet.export.image;

import java.util.Locale;

/**
 * A UN M49 region the map can zoom to ({@code --region}), with its box; Oceania stops at the
 * antimeridian, as the map is centred on Greenwich.
 */
public enum MapRegion {
  AFRICA(new GeoBox(-26, -37, 60, 38)),
  AMERICAS(new GeoBox(-170, -57, -25, 75)),
  ASIA(new GeoBox(25, -12, 180, 62)),
  EUROPE(new GeoBox(-25, 34, 45, 72)),
  OCEANIA(new GeoBox(110, -50, 180, 0));

  private final GeoBox box;

  MapRegion(GeoBox box) {
    this.box = box;
  }

  /** The longitude/latitude box the map shows for the region. */
  public GeoBox box() {
    return box;
  }

  /** The region's name as the UN writes it, e.g. {@code Americas}: how {@code --help} lists it. */
  @Override
  public String toString() {
    return name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
  }
}
