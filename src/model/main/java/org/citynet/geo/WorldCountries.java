package org.citynet.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;

/**
 * The countries of the world: Natural Earth's 1:50m "Admin 0 – Countries" (version 4.0.0, public
 * domain), read once per JVM.
 *
 * <p>The source is Natural Earth's GeoJSON (kept with the tests, as {@code
 * src/model/test/resources/org/citynet/world/ne_50m_admin_0_countries.geojson}); parsing it and
 * repairing its few invalid polygons takes about a second of CPU, so a run reads the same countries
 * from a binary resource ({@link #RESOURCE}, {@link PackedAreas}) made from the GeoJSON by {@link
 * #fromGeoJson} and {@link #write}. {@code WorldCountriesTest} fails when the binary differs from
 * what the GeoJSON gives today, and rewrites it when asked to (see that test).
 *
 * <p>Natural Earth's {@code ADM0_A3} is the join key: it is unique, while {@code ISO_A2} is "-99"
 * for seven features. Two of them are ordinary countries and get their ISO code here (France FR,
 * Norway NO); the other five — Northern Cyprus, Somaliland, Siachen Glacier, Ashmore and Cartier
 * Is., Indian Ocean Territories — have none, as in ISO 3166-1. Kosovo has the user-assigned code
 * XK, as in the input data. Overseas departments such as Réunion (RE) and French Guiana (GF) are
 * parts of France's polygon, not countries of their own, at this scale.
 */
public final class WorldCountries {
  /** The countries as {@link #write} writes them, what a run reads. */
  public static final String RESOURCE = "/org/citynet/world/ne_50m_admin_0_countries.bin";

  /** The first int of {@link #RESOURCE}: its format (and version). */
  private static final int MAGIC = 0x434e4331; // "CNC1"

  /** Natural Earth's "no code" value. */
  private static final String NO_CODE = "-99";

  /** ISO codes Natural Earth leaves out although ISO 3166-1 has them. */
  private static final Map<String, String> MISSING_ISO_A2 = Map.of("FRA", "FR", "NOR", "NO");

  private WorldCountries() {}

  /**
   * A country as Natural Earth draws it.
   *
   * @param adm0A3 Natural Earth's unique three-letter code ({@code ADM0_A3})
   * @param isoA2 ISO 3166-1 alpha-2 code, "" when it has none
   * @param name Natural Earth's short name ({@code NAME})
   * @param unRegion Natural Earth's UN M49 region ({@code REGION_UN}), e.g. "Europe"
   * @param unSubregion Natural Earth's UN M49 sub-region ({@code SUBREGION})
   * @param geometry its land, valid, in longitude/latitude degrees (SRID 4326)
   */
  public record Country(
      String adm0A3,
      String isoA2,
      String name,
      String unRegion,
      String unSubregion,
      MultiPolygon geometry) {}

  /** Every country of the 1:50m file, in the file's order (by {@code ADM0_A3}). */
  public static List<Country> naturalEarth50m() {
    return Holder.COUNTRIES;
  }

  /** Lazy holder: read on first use, then shared. */
  private static final class Holder {
    static final List<Country> COUNTRIES = load();
  }

  private static List<Country> load() {
    try (InputStream in = WorldCountries.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("country resource missing from the jar: " + RESOURCE);
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the countries " + RESOURCE, e);
    }
  }

  /**
   * The countries of Natural Earth's GeoJSON, each geometry made valid: what {@link #RESOURCE} is
   * made of.
   *
   * @throws IllegalStateException if the GeoJSON is malformed
   */
  public static List<Country> fromGeoJson(InputStream in) throws IOException {
    try {
      List<Country> countries = new ArrayList<>();
      for (JsonNode feature : new ObjectMapper().readTree(in).required("features")) {
        JsonNode properties = feature.required("properties");
        String adm0A3 = properties.required("ADM0_A3").asText();
        String isoA2 = properties.path("ISO_A2").asText();
        if (isoA2.equals(NO_CODE)) {
          isoA2 = MISSING_ISO_A2.getOrDefault(adm0A3, "");
        }
        countries.add(
            new Country(
                adm0A3,
                isoA2,
                properties.path("NAME").asText(),
                properties.path("REGION_UN").asText(),
                properties.path("SUBREGION").asText(),
                multiPolygon(feature.required("geometry"))));
      }
      return List.copyOf(countries);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("Natural Earth's countries are not valid GeoJSON", e);
    }
  }

  /** Writes {@code countries} in the binary format of {@link #RESOURCE}. */
  public static void write(List<Country> countries, OutputStream out) throws IOException {
    DataOutputStream data = new DataOutputStream(new BufferedOutputStream(out));
    data.writeInt(MAGIC);
    data.writeInt(countries.size());
    for (Country c : countries) {
      data.writeUTF(c.adm0A3());
      data.writeUTF(c.isoA2());
      data.writeUTF(c.name());
      data.writeUTF(c.unRegion());
      data.writeUTF(c.unSubregion());
      PackedAreas.write(data, c.geometry());
    }
    data.flush();
  }

  /** The countries {@link #write} wrote. */
  static List<Country> read(InputStream in) throws IOException {
    DataInputStream data = new DataInputStream(new BufferedInputStream(in));
    if (data.readInt() != MAGIC) {
      throw new IOException("not a citynet country file");
    }
    Country[] countries = new Country[data.readInt()];
    for (int i = 0; i < countries.length; i++) {
      countries[i] =
          new Country(
              data.readUTF(),
              data.readUTF(),
              data.readUTF(),
              data.readUTF(),
              data.readUTF(),
              PackedAreas.read(data));
    }
    return List.of(countries);
  }

  /**
   * A GeoJSON Polygon or MultiPolygon (RFC 7946 §3.1.6–7) as a valid multi-polygon.
   *
   * @throws IllegalArgumentException if it is another type or malformed
   */
  private static MultiPolygon multiPolygon(JsonNode geometry) {
    JsonNode coordinates = geometry.required("coordinates");
    List<JsonNode> polygons = new ArrayList<>();
    switch (geometry.required("type").asText()) {
      case "Polygon" -> polygons.add(coordinates);
      case "MultiPolygon" -> coordinates.forEach(polygons::add);
      default -> throw new IllegalArgumentException("not a polygon: " + geometry.get("type"));
    }
    GeometryFactory factory = Geodesics.factory();
    Polygon[] parts = new Polygon[polygons.size()];
    for (int p = 0; p < parts.length; p++) {
      JsonNode rings = polygons.get(p);
      LinearRing[] holes = new LinearRing[rings.size() - 1];
      for (int h = 0; h < holes.length; h++) {
        holes[h] = ring(rings.get(h + 1));
      }
      parts[p] = factory.createPolygon(ring(rings.get(0)), holes);
    }
    return Polygons.multiPolygon(factory.createMultiPolygon(parts));
  }

  private static LinearRing ring(JsonNode positions) {
    Coordinate[] coordinates = new Coordinate[positions.size()];
    for (int i = 0; i < coordinates.length; i++) {
      JsonNode position = positions.get(i);
      coordinates[i] = new Coordinate(position.get(0).asDouble(), position.get(1).asDouble());
    }
    return Geodesics.factory().createLinearRing(coordinates);
  }
}
