package org.citynet.io;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citynet.model.CityTable;

/**
 * Reads cities from a GeoJSON FeatureCollection of Point features (RFC 7946): coordinates are WGS84
 * longitude and latitude, the id, name, country and population are properties (see {@link
 * CityLayerOptions}), every other property is kept as an extra column.
 *
 * <p>A legacy {@code crs} member (GeoJSON 2008) naming an EPSG system is honoured by converting to
 * WGS84 ({@link Wgs84Transform}); {@code CRS84} and EPSG:4326 are read as longitude, latitude, as
 * GDAL does. Any other {@code crs} is refused. A MultiPoint of one point counts as a point.
 * Features are numbered from 1 in file order in messages ("feature 12"). The file is parsed whole
 * (Jackson tree, nesting depth bounded by Jackson's default read constraints): O(file size) memory.
 */
public final class GeoJsonCityReader {
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  /** EPSG codes in the forms {@code EPSG:n}, {@code urn:ogc:def:crs:EPSG:[version]:n}, OGC URLs. */
  private static final Pattern EPSG =
      Pattern.compile(
          "(?i)(?:epsg:|urn:ogc:def:crs:epsg:[0-9.]*:|https?://www\\.opengis\\.net/def/crs/epsg/[0-9.]+/)(\\d{1,9})");

  private static final Pattern CRS84 =
      Pattern.compile("(?i)(?:urn:ogc:def:crs:ogc:[0-9.]*:)?crs84");
  private static final String REPROJECT =
      "convert it to WGS84: ogr2ogr -t_srs EPSG:4326 -lco RFC7946=YES out.geojson in.geojson";

  private final CityLayerOptions options;
  private final Consumer<String> warnings;

  /** A reader that finds the city properties by {@code options} and sends remarks to warnings. */
  public GeoJsonCityReader(CityLayerOptions options, Consumer<String> warnings) {
    this.options = options;
    this.warnings = warnings;
  }

  /**
   * Reads the file.
   *
   * @throws InputException listing every problem found, when any is
   * @throws IOException when the file cannot be read at all
   */
  public CityTable read(Path path) throws IOException, InputException {
    String file = path.toString();
    JsonNode root;
    try (InputStream in = InputFiles.open(path, "GeoJSON file")) {
      root = JSON.readTree(in);
    } catch (JacksonException e) {
      JsonLocation at = e.getLocation();
      throw new InputException(
          new InputProblem(
              file,
              at == null ? 0 : Math.max(0, at.getLineNr()),
              "",
              "is not valid JSON: " + oneLine(e.getOriginalMessage()),
              "check the file around this line; a GeoJSON file is JSON text"));
    } catch (CharConversionException e) {
      // Jackson takes bytes such as 00 00 00 xx for UTF-32; RFC 7946 GeoJSON is UTF-8.
      throw new InputException(
          new InputProblem(
              file,
              0,
              "",
              "is not UTF-8 text (" + oneLine(e.getMessage()) + ")",
              "save the file as UTF-8, as GeoJSON (RFC 7946) requires"));
    }
    JsonNode features = features(file, root);
    Wgs84Transform toWgs84 = crs(file, root.get("crs"));
    Set<String> properties = new LinkedHashSet<>();
    for (JsonNode f : features) {
      JsonNode p = f.get("properties");
      if (p != null && p.isObject()) {
        p.fieldNames().forEachRemaining(properties::add);
      }
    }
    LayerCities layer = LayerCities.of(file, List.copyOf(properties), options, warnings);
    int number = 0;
    for (JsonNode f : features) {
      number++;
      LayerCities.Feature feature = layer.feature("feature " + number);
      if (!f.isObject()) {
        feature.problem(
            "", "is not a JSON object", "write each feature as {\"type\": \"Feature\", ...}");
        continue;
      }
      double[] lonLat = point(feature, f.get("geometry"), toWgs84);
      JsonNode p = f.get("properties");
      layer.add(feature, name -> text(p == null ? null : p.get(name)), lonLat[0], lonLat[1]);
    }
    return layer.table();
  }

  /** The features array of a FeatureCollection, or why the document is none. */
  private static JsonNode features(String file, JsonNode root) throws InputException {
    if (root == null || root.isMissingNode()) {
      throw new InputException(
          new InputProblem(file, 0, "", "file is empty", "write a GeoJSON FeatureCollection"));
    }
    String type = root.isObject() && root.path("type").isTextual() ? root.get("type").asText() : "";
    if (!type.equals("FeatureCollection")) {
      String what =
          type.isEmpty()
              ? "is JSON but not GeoJSON (no \"type\": \"FeatureCollection\" at the top)"
              : "is a GeoJSON " + CsvRow.shorten(type) + ", not a FeatureCollection";
      throw new InputException(
          new InputProblem(
              file, 0, "", what, "write one Point feature per city in a FeatureCollection"));
    }
    JsonNode features = root.get("features");
    if (features == null || !features.isArray()) {
      throw new InputException(
          new InputProblem(
              file,
              0,
              "",
              "the FeatureCollection has no \"features\" array",
              "list the features in \"features\": [...]"));
    }
    return features;
  }

  /** The transform the legacy {@code crs} member asks for; WGS84 without one. */
  private static Wgs84Transform crs(String file, JsonNode crs) throws InputException {
    if (crs == null || crs.isNull()) {
      return Wgs84Transform.identity();
    }
    String name = crs.path("properties").path("name").asText("");
    if (CRS84.matcher(name.trim()).matches()) {
      return Wgs84Transform.identity();
    }
    Matcher m = EPSG.matcher(name.trim());
    if (m.matches()) {
      long code = Long.parseLong(m.group(1));
      return Wgs84Transform.fromEpsg(code)
          .orElseThrow(
              () ->
                  new InputException(
                      new InputProblem(
                          file,
                          0,
                          "crs",
                          "the coordinate reference system EPSG:"
                              + code
                              + " is not one citynet knows",
                          REPROJECT)));
    }
    String shown = name.isEmpty() ? oneLine(crs.toString()) : CsvRow.shorten(name);
    throw new InputException(
        new InputProblem(
            file,
            0,
            "crs",
            "the coordinate reference system '" + shown + "' is not an EPSG code citynet can read",
            REPROJECT));
  }

  /** {@code {lon, lat}} of a Point (or one-point MultiPoint); NaNs after recording a problem. */
  private static double[] point(LayerCities.Feature feature, JsonNode geometry, Wgs84Transform t) {
    double[] none = {Double.NaN, Double.NaN};
    if (geometry == null || geometry.isNull()) {
      feature.noPoint("has no geometry");
      return none;
    }
    String type = geometry.path("type").asText("");
    JsonNode coordinates = geometry.path("coordinates");
    JsonNode position;
    switch (type) {
      case "Point" -> position = coordinates;
      case "MultiPoint" -> {
        if (coordinates.size() > 1) {
          feature.severalPoints(coordinates.size());
          return none;
        }
        position = coordinates.path(0);
      }
      case "" -> {
        feature.problem("geometry", "geometry has no \"type\"", "write {\"type\": \"Point\", ...}");
        return none;
      }
      default -> {
        feature.notAPoint(type);
        return none;
      }
    }
    if (!position.isArray() || position.isEmpty()) {
      feature.noPoint("geometry is an empty " + type);
      return none;
    }
    if (position.size() < 2 || !position.get(0).isNumber() || !position.get(1).isNumber()) {
      feature.problem(
          "geometry",
          "coordinates " + oneLine(position.toString()) + " are not two numbers",
          "write the point as [longitude, latitude]");
      return none;
    }
    double x = position.get(0).asDouble();
    double y = position.get(1).asDouble();
    if (!Double.isFinite(x) || !Double.isFinite(y)) {
      feature.problem(
          "geometry",
          "coordinates " + oneLine(position.toString()) + " are too large",
          "write the point as [longitude, latitude] in degrees");
      return none;
    }
    double[] lonLat = t.apply(x, y);
    if (!Double.isFinite(lonLat[0]) || !Double.isFinite(lonLat[1])) {
      feature.problem(
          "geometry",
          "coordinates " + x + ", " + y + " cannot be converted from " + t.source() + " to WGS84",
          "check the coordinates and the file's crs");
      return none;
    }
    return lonLat;
  }

  /** A property value as text: strings as they are, other values as JSON, null and absent as "". */
  private static String text(JsonNode value) {
    if (value == null || value.isNull()) {
      return "";
    }
    return value.isValueNode() ? value.asText() : value.toString();
  }

  /** Text for a one-line message: whitespace and control characters folded, cut at 200. */
  private static String oneLine(String text) {
    String s = text == null ? "" : text.replaceAll("[\\s\\p{Cntrl}]+", " ").strip();
    return s.length() > 200 ? s.substring(0, 200) + "…" : s;
  }
}
