package org.citynet.export.image;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.citynet.geo.EqualEarth;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.geojson.GeoJsonReader;

/**
 * The world's countries (Natural Earth 1:50m, public domain), projected to Equal Earth once per
 * JVM: parsing the 4.7 MB GeoJSON takes longer than drawing it.
 */
final class Basemap {
  private static final String RESOURCE = "/org/citynet/world/ne_50m_admin_0_countries.geojson";

  private final List<Geometry> countries;

  private Basemap(List<Geometry> countries) {
    this.countries = List.copyOf(countries);
  }

  /** The countries, one geometry each, in Equal Earth metres. */
  static List<Geometry> countries() {
    return Holder.WORLD.countries;
  }

  /** Lazy holder: loaded on first use, then shared. */
  private static final class Holder {
    static final Basemap WORLD = load();
  }

  private static Basemap load() {
    try (InputStream in = Basemap.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("basemap resource missing from the jar: " + RESOURCE);
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        Geometry all = new GeoJsonReader().read(reader);
        List<Geometry> countries = new ArrayList<>(all.getNumGeometries());
        for (int i = 0; i < all.getNumGeometries(); i++) {
          countries.add(EqualEarth.project(all.getGeometryN(i)));
        }
        return new Basemap(countries);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the basemap " + RESOURCE, e);
    } catch (ParseException e) {
      throw new IllegalStateException("the basemap " + RESOURCE + " is not valid GeoJSON", e);
    }
  }
}
