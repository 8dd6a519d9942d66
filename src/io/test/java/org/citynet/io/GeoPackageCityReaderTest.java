package org.citynet.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.citynet.model.City;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** GeoPackages written by GDAL's ogr2ogr from small synthetic CSV files. */
class GeoPackageCityReaderTest {
  @TempDir Path dir;

  static final String POINTS =
      "id,name,country,wkt\n"
          + "bcn,Barcelona,ES,POINT (2.15899 41.38879)\n"
          + "uio,Quito,EC,POINT (-78.52495 -0.22985)\n";

  Path csv(String name, String content) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, content, UTF_8);
    return file;
  }

  Path gpkg(String csvContent, String... more) throws Exception {
    return GdalLayers.fromWkt(
        csv("layer.csv", csvContent), dir.resolve("cities.gpkg"), "GPKG", more);
  }

  List<String> problems(Path gpkg, Optional<String> layer) {
    InputException e =
        catchThrowableOfType(
            InputException.class,
            () ->
                new GeoPackageCityReader(
                        new CityLayerOptions(layer, "id", "name", "country", "population"), w -> {})
                    .read(gpkg));
    assertThat(e).as("an InputException").isNotNull();
    return e.problems().stream().map(p -> p.describe().replace(gpkg.toString(), "F")).toList();
  }

  @Test
  void namesFeaturesByFidInEveryProblem() throws Exception {
    Path file =
        gpkg(
            "id,name,country,wkt\n"
                + "bcn,Barcelona,ES,POINT (2.15899 41.38879)\n"
                + "road,Road,ES,\"LINESTRING (0 0,1 1)\"\n"
                + ",Nameless,ES,POINT (1 2)\n"
                + "bcn,Again,ES,POINT (1 2)\n"
                + "x,X,Spain,POINT (1 2)\n",
            "-nlt",
            "GEOMETRY",
            "-nln",
            "places");
    assertThat(problems(file, Optional.of("places")))
        .containsExactly(
            "F: feature fid 2: column 'geometry': geometry is a LineString, not a Point — cities"
                + " must be points: replace the shape by one point, e.g. its centroid",
            "F: feature fid 3: column 'id': id is empty — give every city a unique id",
            "F: feature fid 4: column 'id': id 'bcn' already used in feature fid 1 — make ids"
                + " unique",
            "F: feature fid 5: column 'country': 'Spain' is not an ISO 3166-1 alpha-2 country code"
                + " — write ES for Spain");
  }

  @Test
  void refusesToTakeALineLayerForCities() throws Exception {
    Path file =
        gpkg(
            "id,name,country,wkt\nroad,Road,ES,\"LINESTRING (0 0,1 1)\"\n",
            "-nlt",
            "LINESTRING",
            "-nln",
            "roads");
    assertThat(problems(file, Optional.empty()))
        .containsExactly(
            "F: has no point layer (layers: roads (LineString)) — name the layer of city points"
                + " with --cities-layer");
    assertThat(problems(file, Optional.of("roads")))
        .containsExactly(
            "F: layer 'roads' holds LineString geometries, not points — name the layer of city"
                + " points with --cities-layer");
  }

  @Test
  void asksWhichLayerWhenThereAreSeveralPointLayers() throws Exception {
    Path file = gpkg(POINTS, "-nlt", "POINT", "-nln", "capitals");
    GdalLayers.fromWkt(
        csv("more.csv", POINTS), file, "GPKG", "-update", "-nlt", "POINT", "-nln", "partners");
    assertThat(problems(file, Optional.empty()))
        .containsExactly(
            "F: has several point layers: capitals, partners — name the layer of city points with"
                + " --cities-layer");
    assertThat(problems(file, Optional.of("towns")))
        .containsExactly(
            "F: has no layer 'towns' (layers: capitals (Point), partners (Point)) — name one of"
                + " its layers with --cities-layer");
    List<City> cities =
        new GeoPackageCityReader(
                new CityLayerOptions(
                    Optional.of("partners"), "id", "name", "country", "population"),
                w -> {})
            .read(file)
            .cities();
    assertThat(cities).extracting(City::id).containsExactly("bcn", "uio");
  }

  @Test
  void refusesACoordinateSystemWithoutAnEpsgCode() throws Exception {
    Path file =
        GdalLayers.fromCities(
            csv("c.csv", "id,name,country,lat,lon\nbcn,Barcelona,ES,41.38879,2.15899\n"),
            dir.resolve("ortho.gpkg"),
            "GPKG",
            "+proj=ortho +lat_0=40 +lon_0=0 +datum=WGS84",
            "-nln",
            "cities");
    assertThat(problems(file, Optional.empty()))
        .containsExactly(
            "F: layer 'cities' uses the coordinate reference system 'unknown' (NONE:100000), which"
                + " citynet cannot convert to WGS84 — convert the layer to WGS84: ogr2ogr -t_srs"
                + " EPSG:4326 out.gpkg in.gpkg");
  }

  @Test
  void saysWhenTheIdColumnIsMissing() throws Exception {
    Path file = gpkg("code,name,country,wkt\nbcn,Barcelona,ES,POINT (2.15899 41.38879)\n");
    assertThat(problems(file, Optional.empty()))
        .containsExactly(
            "F: column 'id': required property is missing (the layer has: code, name, country) —"
                + " name the property holding the city's id with --id-column");
  }

  @Test
  void refusesAFileThatIsNoSqliteDatabase() throws Exception {
    Path file = csv("cities.gpkg", POINTS);
    assertThat(problems(file, Optional.empty()))
        .containsExactly(
            "F: is not a GeoPackage (it is not a SQLite database) — pass a .gpkg file, or a cities"
                + " CSV or GeoJSON file");
  }

  @Test
  void refusesALayerWhoseGeometryTypeIsNoGeoPackageType() throws Exception {
    // found by GeoPackageCityReaderFuzzTest: gpkg_geometry_columns names the type "GE_METRY"
    Path file = dir.resolve("cities.gpkg");
    try (var in =
        getClass()
            .getResourceAsStream(
                "GeoPackageCityReaderFuzzTestInputs/endsInATableOrAnInputException/"
                    + "unknown-geometry-type.gpkg")) {
      Files.copy(in, file);
    }
    assertThat(problems(file, Optional.empty()))
        .singleElement()
        .asString()
        .contains("declares the geometry type 'GE_METRY', which is not a GeoPackage geometry type");
  }
}
