package org.citynet.export.network;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.citynet.export.AtomicFiles;
import org.citynet.export.schema.OutputColumn;
import org.citynet.export.schema.OutputColumns;
import org.citynet.geo.Geodesics;
import org.citynet.model.City;
import org.citynet.model.CityMetrics;
import org.citynet.model.LinkMetrics;
import org.citynet.model.NetworkAnalysis;
import org.citynet.model.Partnership;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;

/**
 * Writes the analysed network as two GeoJSON files (RFC 7946) for web maps such as kepler.gl:
 * {@code NAME-cities.geojson}, a FeatureCollection of Point features, and {@code
 * NAME-links.geojson}, one MultiLineString feature per link.
 *
 * <p>Properties are the {@link OutputColumns#cities} and {@link OutputColumns#links} columns, in
 * order: numbers as JSON numbers in Java's round-trip form, booleans as {@code true}/{@code false},
 * a missing value (no population, an empty or non-finite number) as {@code null}. A link's geometry
 * is its WGS84 geodesic from {@link Geodesics#line(double, double, double, double)}: one line, or
 * two or more where it crosses the antimeridian, cut at ±180° as RFC 7946 §3.1.9 asks (every link
 * is a MultiLineString, as in the GeoPackage, so that GIS readers such as GDAL see a layer of one
 * geometry type). Positions are {@code [longitude, latitude]} rounded to {@value #DECIMALS}
 * decimals (about 10 cm, RFC 7946 §11.2); the properties {@code lat} and {@code lon} keep the input
 * values. No {@code crs} member (RFC 7946 §4: always WGS84). UTF-8, O(n + m + vertices).
 */
public final class GeoJsonWriter {
  private static final int DECIMALS = 6;
  private static final double SCALE = Math.pow(10, DECIMALS);
  private static final JsonFactory JSON = new JsonFactory();

  private GeoJsonWriter() {}

  /** Writes the cities to {@code citiesFile} and the links to {@code linksFile} (atomically). */
  public static void write(NetworkAnalysis analysis, Path citiesFile, Path linksFile)
      throws IOException {
    List<OutputColumn<CityMetrics>> cityColumns = OutputColumns.cities(analysis);
    write(
        citiesFile,
        json -> {
          for (CityMetrics m : analysis.cities()) {
            json.writeStartObject();
            json.writeStringField("type", "Feature");
            json.writeObjectFieldStart("geometry");
            json.writeStringField("type", "Point");
            json.writeFieldName("coordinates");
            position(json, m.city().lon(), m.city().lat());
            json.writeEndObject();
            properties(json, cityColumns, m);
            json.writeEndObject();
          }
        });
    Map<String, City> byId = new HashMap<>();
    analysis.cities().forEach(m -> byId.put(m.city().id(), m.city()));
    List<OutputColumn<LinkMetrics>> linkColumns = OutputColumns.links(analysis);
    write(
        linksFile,
        json -> {
          for (LinkMetrics link : analysis.links()) {
            json.writeStartObject();
            json.writeStringField("type", "Feature");
            geometry(json, line(link.partnership(), byId));
            properties(json, linkColumns, link);
            json.writeEndObject();
          }
        });
  }

  @FunctionalInterface
  private interface Features {
    void writeTo(JsonGenerator json) throws IOException;
  }

  private static void write(Path file, Features features) throws IOException {
    AtomicFiles.write(
        file,
        partial -> {
          try (OutputStream out = Files.newOutputStream(partial);
              JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("type", "FeatureCollection");
            json.writeArrayFieldStart("features");
            features.writeTo(json);
            json.writeEndArray();
            json.writeEndObject();
          }
        });
  }

  private static Geometry line(Partnership p, Map<String, City> byId) {
    City a = byId.get(p.source());
    City b = byId.get(p.target());
    if (a == null || b == null) {
      throw new IllegalArgumentException(
          "link " + p.source() + " – " + p.target() + " names an unknown city");
    }
    return Geodesics.line(a.lat(), a.lon(), b.lat(), b.lon());
  }

  /** Every link as a MultiLineString, so that GIS readers see a layer of one geometry type. */
  private static void geometry(JsonGenerator json, Geometry line) throws IOException {
    json.writeObjectFieldStart("geometry");
    json.writeStringField("type", "MultiLineString");
    json.writeArrayFieldStart("coordinates");
    for (int i = 0; i < line.getNumGeometries(); i++) {
      json.writeStartArray();
      for (Coordinate c : ((LineString) line.getGeometryN(i)).getCoordinates()) {
        position(json, c.x, c.y);
      }
      json.writeEndArray();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void position(JsonGenerator json, double lon, double lat) throws IOException {
    json.writeStartArray();
    json.writeNumber(Math.round(lon * SCALE) / SCALE);
    json.writeNumber(Math.round(lat * SCALE) / SCALE);
    json.writeEndArray();
  }

  private static <T> void properties(JsonGenerator json, List<OutputColumn<T>> columns, T row)
      throws IOException {
    json.writeObjectFieldStart("properties");
    for (OutputColumn<T> column : columns) {
      json.writeFieldName(column.name());
      Object v = column.valueOf(row);
      if (v == null) {
        json.writeNull();
      } else if (v instanceof Double d) {
        json.writeNumber(d);
      } else if (v instanceof Long l) {
        json.writeNumber(l);
      } else if (v instanceof Boolean b) {
        json.writeBoolean(b);
      } else {
        json.writeString(v.toString());
      }
    }
    json.writeEndObject();
  }
}
