package org.citynet.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.citynet.model.City;
import org.citynet.model.CityTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default dataset's cities, converted by GDAL to GeoJSON and GeoPackage (in WGS84 and in Web
 * Mercator), read back into the same table the CSV reader gives: ids, names, countries, populations
 * and the four extra columns exactly, coordinates to 1e-6 degrees after proj4j undoes GDAL's
 * projection.
 */
class CityLayerRoundTripTest {
  static final Path CSV = Path.of("datasets/mayoral-forum-twinning/cities.csv");

  @TempDir Path dir;
  final List<String> warnings = new ArrayList<>();

  CityTable expected() throws Exception {
    return new CityCsvReader(w -> {}).read(CSV);
  }

  CityTable read(Path file) throws Exception {
    return new CityLayerReader(CityLayerOptions.defaults(), warnings::add).read(file);
  }

  static void assertSameCities(CityTable actual, CityTable expected, double degrees) {
    assertThat(actual.extraColumns())
        .containsExactly("geonameid", "country_from_coords", "forum_host_years", "cifal_centre")
        .isEqualTo(expected.extraColumns());
    assertThat(actual.cities()).hasSize(expected.cities().size()).hasSizeGreaterThan(1000);
    for (int i = 0; i < expected.cities().size(); i++) {
      City a = actual.cities().get(i);
      City e = expected.cities().get(i);
      assertThat(List.of(a.id(), a.name(), a.country(), a.population(), a.extras()))
          .isEqualTo(List.of(e.id(), e.name(), e.country(), e.population(), e.extras()));
      assertThat(a.lat()).as("lat of %s", e.id()).isCloseTo(e.lat(), within(degrees));
      assertThat(a.lon()).as("lon of %s", e.id()).isCloseTo(e.lon(), within(degrees));
    }
  }

  @Test
  void geoJsonInWgs84ReadsAsTheCsv() throws Exception {
    Path file = GdalLayers.fromCities(CSV, dir.resolve("cities.geojson"), "GeoJSON", "EPSG:4326");
    assertSameCities(read(file), expected(), 1e-9);
    assertThat(warnings).isEmpty();
  }

  @Test
  void geoJsonWithALegacyWebMercatorCrsIsConvertedBack() throws Exception {
    Path file = GdalLayers.fromCities(CSV, dir.resolve("cities.json"), "GeoJSON", "EPSG:3857");
    assertSameCities(read(file), expected(), 1e-6);
  }

  @Test
  void geoPackageInWgs84ReadsAsTheCsv() throws Exception {
    Path file = GdalLayers.fromCities(CSV, dir.resolve("cities.gpkg"), "GPKG", "EPSG:4326");
    assertSameCities(read(file), expected(), 1e-9);
    assertThat(warnings).isEmpty();
  }

  @Test
  void geoPackageInWebMercatorIsConvertedBack() throws Exception {
    Path file = GdalLayers.fromCities(CSV, dir.resolve("cities.gpkg"), "GPKG", "EPSG:3857");
    assertSameCities(read(file), expected(), 1e-6);
  }

  @Test
  void geoPackageWithTypedColumnsGivesTheSameText() throws Exception {
    // AUTODETECT_TYPE makes population and geonameid INTEGER columns: read back as the same digits
    Path file =
        GdalLayers.fromCities(
            CSV, dir.resolve("typed.gpkg"), "GPKG", "EPSG:4326", "-oo", "AUTODETECT_TYPE=YES");
    assertSameCities(read(file), expected(), 1e-9);
  }
}
