package org.citynet.export.image;

import java.util.List;
import org.citynet.geo.EqualEarth;
import org.citynet.geo.WorldCountries;
import org.locationtech.jts.geom.Geometry;

/**
 * The world's countries ({@link WorldCountries}, Natural Earth 1:50m, public domain), projected to
 * Equal Earth once per JVM. The GeoPackage reads the same countries, so Natural Earth is parsed
 * once per run.
 */
public final class Basemap {
  private Basemap() {}

  /** The countries, one geometry each, in Equal Earth metres. */
  public static List<Geometry> countries() {
    return Holder.COUNTRIES;
  }

  /** Lazy holder: projected on first use, then shared. */
  private static final class Holder {
    static final List<Geometry> COUNTRIES =
        WorldCountries.naturalEarth50m().stream()
            .map(country -> EqualEarth.project(country.geometry()))
            .toList();
  }
}
