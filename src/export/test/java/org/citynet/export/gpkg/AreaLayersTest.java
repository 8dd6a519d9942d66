package org.citynet.export.gpkg;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.citynet.export.gpkg.AreaLayers.Basemap;
import org.citynet.export.schema.CountryFigures;
import org.citynet.export.schema.RegionFigures;
import org.citynet.geo.Geodesics;
import org.citynet.geo.Polygons;
import org.citynet.geo.WorldCountries;
import org.citynet.geo.WorldCountries.Country;
import org.citynet.model.LinkMetrics;
import org.citynet.model.NetworkAnalysis;
import org.citynet.model.Partnership;
import org.citynet.testing.GeneratedResources;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class AreaLayersTest {
  /**
   * A synthetic world of unit squares for the small analysis' countries: ES and DE side by side, IS
   * apart, FJ, WS, EC; plus an area without an ISO code in Asia and one in the open ocean.
   */
  private static final List<Country> WORLD =
      List.of(
          square("ESP", "ES", "", 0),
          square("DEU", "DE", "", 1),
          square("ISL", "IS", "", 5),
          square("FJI", "FJ", "", 10),
          square("WSM", "WS", "", 20),
          square("ECU", "EC", "", 30),
          square("CYN", "", "Asia", 40),
          square("IOA", "", "Seven seas (open ocean)", 50));

  private static final Basemap BASEMAP = Basemap.of(WORLD);
  private static final NetworkAnalysis ANALYSIS = GeoPackageWriterTest.smallAnalysis("areas");
  private static final AreaLayers AREAS = AreaLayers.of(ANALYSIS, BASEMAP);

  @Test
  void countsCitiesPartnershipsAndStrengthPerCountry() {
    Map<String, CountryFigures> byCode = countries();
    // Links of the small analysis: Suva–Apia, Barcelona–Berlin, Berlin–Quito, Reykjavík–Berlin.
    check(byCode.get("DEU"), 1, 3, 3, 3.0);
    check(byCode.get("ESP"), 1, 1, 1, 1.5);
    check(byCode.get("FJI"), 1, 1, 1, 1.5);
    check(byCode.get("ISL"), 1, 1, 1, 1.5);
    check(byCode.get("CYN"), 0, 0, 0, 0);
  }

  @Test
  void countsAPartnershipWithinOneCountryOnceAndNotAsAbroad() {
    LinkMetrics domestic =
        new LinkMetrics(
            new Partnership("ES-BCN", "ES-BCN2", 1, 1, List.of()), 500, true, true, 1.0);
    NetworkAnalysis withMadrid =
        GeoPackageWriterTest.withCities(
            ANALYSIS,
            GeoPackageWriterTest.withCity(
                ANALYSIS, "ES-BCN2", "Madrid", "ES", 40.4168, -3.7038, "Europe"),
            List.of(domestic));
    CountryFigures spain = countries(AreaLayers.of(withMadrid, BASEMAP)).get("ESP");
    assertThat(spain.cities()).isEqualTo(2);
    assertThat(spain.links()).isEqualTo(1);
    assertThat(spain.linksAbroad()).isZero();
  }

  @Test
  void takesTheRegionFromTheIsoCodeElseFromNaturalEarthIfItIsAnM49Region() {
    Map<String, CountryFigures> byCode = countries();
    assertThat(byCode.get("ESP").region()).isEqualTo("Europe");
    assertThat(byCode.get("ESP").subregion()).isEqualTo("Southern Europe");
    assertThat(byCode.get("FJI").region()).isEqualTo("Oceania");
    assertThat(byCode.get("CYN").region()).isEqualTo("Asia");
    assertThat(byCode.get("IOA").region()).isEmpty();
  }

  @Test
  void dissolvesTheCountriesOfEachRegionAndCountsItsPartnerships() {
    Map<String, RegionFigures> byName =
        AREAS.regionFigures().stream()
            .collect(Collectors.toMap(RegionFigures::region, Function.identity()));
    assertThat(byName).containsOnlyKeys("Americas", "Asia", "Europe", "Oceania");
    RegionFigures europe = byName.get("Europe");
    assertThat(europe.area().getNumGeometries()).as("ES and DE merge, IS apart").isEqualTo(2);
    assertThat(europe.area().getArea()).isEqualTo(3);
    assertThat(europe.area().isValid()).isTrue();
    assertThat(europe.cities()).isEqualTo(3);
    // Barcelona–Berlin and Reykjavík–Berlin inside; Berlin–Quito leaves.
    assertThat(europe.internalLinks()).isEqualTo(2);
    assertThat(europe.externalLinks()).isEqualTo(1);
    assertThat(byName.get("Americas").externalLinks()).isEqualTo(1);
    assertThat(byName.get("Oceania").internalLinks()).isEqualTo(1);
    assertThat(byName.get("Asia").cities()).isZero();
  }

  @Test
  void namesTheCountryCodesOfCitiesInNoPolygon() {
    NetworkAnalysis withReunion =
        GeoPackageWriterTest.withCities(
            ANALYSIS,
            GeoPackageWriterTest.withCity(
                ANALYSIS, "RE-SDN", "Saint-Denis", "RE", -20.88, 55.45, "Africa"),
            ANALYSIS.links());
    AreaLayers areas = AreaLayers.of(withReunion, BASEMAP);
    assertThat(areas.unmatchedCountryCodes()).containsExactly("RE");
    assertThat(areas.countries().description()).endsWith("in no country: RE");
    assertThat(AREAS.countries().description()).doesNotContain("in no country");
  }

  @Test
  void refusesALinkToAnUnknownCity() {
    NetworkAnalysis broken =
        GeoPackageWriterTest.withCities(
            ANALYSIS,
            ANALYSIS.cities(),
            List.of(
                new LinkMetrics(
                    new Partnership("ES-BCN", "nowhere", 1, 1, List.of()), 0, false, false, 1.0)));
    assertThatThrownBy(() -> AreaLayers.of(broken, BASEMAP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nowhere");
  }

  private static void check(
      CountryFigures f, long cities, long links, long abroad, double strength) {
    assertThat(f.cities()).as(f.country().name()).isEqualTo(cities);
    assertThat(f.links()).as(f.country().name()).isEqualTo(links);
    assertThat(f.linksAbroad()).as(f.country().name()).isEqualTo(abroad);
    assertThat(f.strength()).as(f.country().name()).isEqualTo(strength);
  }

  private static Map<String, CountryFigures> countries() {
    return countries(AREAS);
  }

  private static Map<String, CountryFigures> countries(AreaLayers areas) {
    return areas.countryFigures().stream()
        .collect(Collectors.toMap(f -> f.country().adm0A3(), Function.identity()));
  }

  private static Country square(String adm0, String iso, String unRegion, double x) {
    return new Country(
        adm0,
        iso,
        adm0,
        unRegion,
        "",
        Polygons.multiPolygon(Geodesics.factory().toGeometry(new Envelope(x, x + 1, 0, 1))));
  }

  /**
   * The regions a run reads are exactly those dissolved now from Natural Earth's countries (with
   * {@code -Dcitynet.writeResources=true} this test rewrites them), each a valid multi-polygon.
   */
  @Test
  void regionResourceIsWhatDissolvingTheCountriesGivesToday() throws Exception {
    Basemap dissolved = Basemap.of(WorldCountries.naturalEarth50m());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    dissolved.writeRegions(bytes);
    GeneratedResources.check(
        Path.of("src/export/main/resources" + AreaLayers.REGIONS), bytes.toByteArray());
    Basemap read = Basemap.naturalEarth();
    assertThat(read.regions()).isEqualTo(dissolved.regions());
    assertThat(read.countries()).isEqualTo(dissolved.countries());
    assertThat(read.regions().keySet())
        .containsExactly("Africa", "Americas", "Asia", "Europe", "Oceania");
    read.regions().values().forEach(area -> assertThat(area.isValid()).isTrue());
  }
}
