package org.citynet.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.citynet.model.City;
import org.citynet.model.CityTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeoJsonCityReaderTest {
  @TempDir Path dir;
  final List<String> warnings = new ArrayList<>();

  static String feature(String properties, String geometry) {
    return "{\"type\":\"Feature\",\"properties\":" + properties + ",\"geometry\":" + geometry + "}";
  }

  static String collection(String crs, String... features) {
    return "{\"type\":\"FeatureCollection\","
        + (crs.isEmpty() ? "" : "\"crs\":" + crs + ",")
        + "\"features\":["
        + String.join(",", features)
        + "]}";
  }

  static final String BCN =
      feature(
          "{\"id\":\"bcn\",\"name\":\"Barcelona\",\"country\":\"ES\",\"population\":1621537}",
          "{\"type\":\"Point\",\"coordinates\":[2.15899,41.38879]}");

  CityTable read(String json) throws Exception {
    return read(json, CityLayerOptions.defaults());
  }

  CityTable read(String json, CityLayerOptions options) throws Exception {
    Path file = dir.resolve("cities.geojson");
    Files.writeString(file, json, UTF_8);
    return new GeoJsonCityReader(options, warnings::add).read(file);
  }

  List<String> problems(String json) {
    InputException e = catchThrowableOfType(InputException.class, () -> read(json));
    assertThat(e).as("an InputException").isNotNull();
    String file = dir.resolve("cities.geojson").toString();
    return e.problems().stream().map(p -> p.describe().replace(file, "F")).toList();
  }

  /** Found by the fuzz target: Jackson took the leading zero bytes for UTF-32. */
  @Test
  void bytesThatLookLikeUtf32AreAnInputProblemNotACrash() throws Exception {
    Path file = dir.resolve("cities.geojson");
    Files.write(file, java.util.HexFormat.of().parseHex("00000002007e010000c86f"));
    InputException e =
        catchThrowableOfType(
            InputException.class,
            () -> new GeoJsonCityReader(CityLayerOptions.defaults(), warnings::add).read(file));
    assertThat(e).isNotNull();
    assertThat(e.problems().get(0).describe())
        .startsWith(file + ": is not UTF-8 text (")
        .endsWith("save the file as UTF-8, as GeoJSON (RFC 7946) requires");
  }

  @Test
  void readsPointsWithPropertiesAndKeepsTheOthersAsExtraColumns() throws Exception {
    CityTable t =
        read(
            collection(
                "",
                feature(
                    "{\"ID\":\"bcn\",\"Name\":\"Barcelona\",\"country\":\"ES\","
                        + "\"population\":1621537}",
                    "{\"type\":\"Point\",\"coordinates\":[2.15899,41.38879]}"),
                feature(
                    "{\"ID\":\"uio\",\"Name\":\"Quito\",\"country\":\"ec\",\"note\":\"high\","
                        + "\"founded\":1534}",
                    "{\"type\":\"MultiPoint\",\"coordinates\":[[-78.52495,-0.22985]]}")));
    assertThat(t.extraColumns()).containsExactly("note", "founded");
    assertThat(t.cities())
        .containsExactly(
            new City(
                "bcn",
                "Barcelona",
                "ES",
                41.38879,
                2.15899,
                OptionalLong.of(1621537),
                List.of("", "")),
            new City(
                "uio",
                "Quito",
                "EC",
                -0.22985,
                -78.52495,
                OptionalLong.empty(),
                List.of("high", "1534")));
  }

  @Test
  void refusesPropertiesThatDifferOnlyInCase() {
    assertThat(
            problems(
                collection(
                    "",
                    BCN,
                    feature(
                        "{\"ID\":\"uio\",\"name\":\"Quito\",\"country\":\"EC\"}",
                        "{\"type\":\"Point\",\"coordinates\":[-78.5,-0.2]}"))))
        .containsExactly(
            "F: properties 'id' and 'ID' differ only in case — rename or remove one of them");
  }

  @Test
  void takesTheCityPropertiesUnderTheNamesGiven() throws Exception {
    CityTable t =
        read(
            collection(
                "",
                feature(
                    "{\"code\":7,\"city\":\"Málaga\",\"iso\":\"ES\",\"pop\":\"578460\"}",
                    "{\"type\":\"Point\",\"coordinates\":[-4.42034,36.72016,12.5]}")),
            new CityLayerOptions(Optional.empty(), "CODE", "city", "iso", "pop"));
    assertThat(t.cities())
        .containsExactly(
            new City("7", "Málaga", "ES", 36.72016, -4.42034, OptionalLong.of(578460), List.of()));
  }

  @Test
  void convertsALegacyEpsgCrsToWgs84() throws Exception {
    // Barcelona (2.15899 E, 41.38879 N) in Web Mercator, as GDAL 3.6 gives it:
    // echo "2.15899 41.38879" | gdaltransform -s_srs EPSG:4326 -t_srs EPSG:3857
    CityTable t =
        read(
            collection(
                "{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::3857\"}}",
                feature(
                    "{\"id\":\"bcn\",\"name\":\"Barcelona\",\"country\":\"ES\"}",
                    "{\"type\":\"Point\",\"coordinates\":[240337.66742777,5069858.34592258]}")));
    assertThat(t.cities().get(0).lat()).isCloseTo(41.38879, within(1e-8));
    assertThat(t.cities().get(0).lon()).isCloseTo(2.15899, within(1e-8));
  }

  @Test
  void refusesProjectedLookingCoordinatesInAGeographicCrs() {
    // EPSG:4256 is geographic: Web Mercator metres are far out of its range
    assertThat(
            problems(
                collection(
                    "{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::4256\"}}",
                    feature(
                        "{\"id\":\"bcn\",\"name\":\"Barcelona\",\"country\":\"ES\"}",
                        "{\"type\":\"Point\",\"coordinates\":[240337.66742777,5069858.34592258]}"))))
        .singleElement()
        .asString()
        .contains("column 'geometry'", "cannot be converted from EPSG:4256 to WGS84");
  }

  @Test
  void namesEveryFeatureProblemByItsNumber() {
    assertThat(
            problems(
                collection(
                    "",
                    BCN,
                    feature(
                        "{\"id\":\"road\",\"name\":\"Road\",\"country\":\"ES\"}",
                        "{\"type\":\"LineString\",\"coordinates\":[[0,0],[1,1]]}"),
                    feature(
                        "{\"name\":\"Nameless\",\"country\":\"ES\"}",
                        "{\"type\":\"Point\",\"coordinates\":[1,2]}"),
                    feature(
                        "{\"id\":\"bcn\",\"name\":\"Again\",\"country\":\"ES\"}",
                        "{\"type\":\"Point\",\"coordinates\":[1,2]}"),
                    feature("{\"id\":\"x\",\"name\":\"X\",\"country\":\"Spain\"}", "null"),
                    feature(
                        "{\"id\":\"y\",\"name\":\"Y\",\"country\":\"ES\"}",
                        "{\"type\":\"MultiPoint\",\"coordinates\":[[1,2],[3,4]]}"),
                    feature(
                        "{\"id\":\"z\",\"name\":\"Z\",\"country\":\"ES\"}",
                        "{\"type\":\"Point\",\"coordinates\":[]}"),
                    feature(
                        "{\"id\":\"w\",\"name\":\"W\",\"country\":\"ES\"}",
                        "{\"type\":\"Point\",\"coordinates\":[41.4,120.5]}"))))
        .containsExactly(
            "F: feature 2: column 'geometry': geometry is a LineString, not a Point — cities must be"
                + " points: replace the shape by one point, e.g. its centroid",
            "F: feature 3: column 'id': id is empty — give every city a unique id",
            "F: feature 4: column 'id': id 'bcn' already used in feature 1 — make ids unique",
            "F: feature 5: column 'geometry': has no geometry — give every city a point",
            "F: feature 5: column 'country': 'Spain' is not an ISO 3166-1 alpha-2 country code"
                + " — write ES for Spain",
            "F: feature 6: column 'geometry': geometry is a MultiPoint of 2 points — a city is one"
                + " point: keep one, or make one feature per city",
            "F: feature 7: column 'geometry': geometry is an empty Point — give every city a point",
            "F: feature 8: column 'lat': value 120.5 is not between -90 and 90; with lon 41.4 the two"
                + " look swapped — write the point as [longitude, latitude], x first");
  }

  @Test
  void saysWhichRequiredPropertyIsMissingAndSuggestsTheClosest() {
    assertThat(
            problems(
                collection(
                    "",
                    feature(
                        "{\"id\":\"a\",\"nmae\":\"A\",\"country\":\"ES\"}",
                        "{\"type\":\"Point\",\"coordinates\":[1,2]}"))))
        .containsExactly(
            "F: column 'name': required property is missing (the layer has: id, nmae, country) —"
                + " did you mean 'nmae'? rename it to name, or pass --name-column 'nmae'");
  }

  @Test
  void refusesACrsItCannotConvert() {
    assertThat(
            problems(
                collection(
                    "{\"type\":\"name\",\"properties\":{\"name\":\"urn:ogc:def:crs:EPSG::999999\"}}",
                    BCN)))
        .containsExactly(
            "F: column 'crs': the coordinate reference system EPSG:999999 is not one citynet knows"
                + " — convert it to WGS84: ogr2ogr -t_srs EPSG:4326 -lco RFC7946=YES out.geojson"
                + " in.geojson");
    assertThat(
            problems(
                collection(
                    "{\"type\":\"link\",\"properties\":{\"href\":\"http://example.com/crs/42\"}}",
                    BCN)))
        .containsExactly(
            "F: column 'crs': the coordinate reference system"
                + " '{\"type\":\"link\",\"properties\":{\"href\":\"http://example.com/crs/42\"}}' is not an"
                + " EPSG code citynet can read — convert it to WGS84: ogr2ogr -t_srs EPSG:4326 -lco"
                + " RFC7946=YES out.geojson in.geojson");
  }

  @Test
  void saysWhatTheFileIsWhenItIsNoFeatureCollection() {
    assertThat(problems("{\"type\":\"Point\",\"coordinates\":[1,2]}"))
        .containsExactly(
            "F: is a GeoJSON Point, not a FeatureCollection — write one Point feature per city in"
                + " a FeatureCollection");
    assertThat(problems("[1,2]"))
        .containsExactly(
            "F: is JSON but not GeoJSON (no \"type\": \"FeatureCollection\" at the top) — write one"
                + " Point feature per city in a FeatureCollection");
    assertThat(problems(""))
        .containsExactly("F: file is empty — write a GeoJSON FeatureCollection");
    assertThat(problems("{\"type\":\"FeatureCollection\",\"features\":[]}"))
        .containsExactly(
            "F: column 'id': required property is missing (the layer has: none) — name"
                + " the property holding the city's id with --id-column",
            "F: column 'name': required property is missing (the layer has: none) — name"
                + " the property holding the city's name with --name-column",
            "F: column 'country': required property is missing (the layer has: none) — name"
                + " the property holding the city's country with --country-column");
  }

  @Test
  void locatesASyntaxErrorByLine() {
    assertThat(problems("{\"type\":\"FeatureCollection\",\n\"features\":[\n{\"type\":}]}"))
        .singleElement()
        .asString()
        .startsWith("F:3: is not valid JSON: Unexpected character ('}' (code 125))")
        .endsWith(" — check the file around this line; a GeoJSON file is JSON text");
  }
}
