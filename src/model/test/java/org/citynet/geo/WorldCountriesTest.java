package org.citynet.geo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.citynet.geo.WorldCountries.Country;
import org.citynet.testing.GeneratedResources;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Envelope;

class WorldCountriesTest {
  private static final List<Country> WORLD = WorldCountries.naturalEarth50m();

  /** Natural Earth's countries as GeoJSON (a test resource), the source of the binary resource. */
  private static final String NATURAL_EARTH = "/org/citynet/world/ne_50m_admin_0_countries.geojson";

  private static final Map<String, Country> BY_ADM0 =
      WORLD.stream().collect(Collectors.toMap(Country::adm0A3, Function.identity()));

  @Test
  void readsAllCountriesOfTheFileWithUniqueJoinKeys() {
    assertThat(WORLD).hasSize(241);
    assertThat(BY_ADM0).hasSize(241);
  }

  @Test
  void givesFranceAndNorwayTheIsoCodesNaturalEarthLeavesOut() {
    assertThat(BY_ADM0.get("FRA").isoA2()).isEqualTo("FR");
    assertThat(BY_ADM0.get("NOR").isoA2()).isEqualTo("NO");
    assertThat(BY_ADM0.get("FRA").name()).isEqualTo("France");
  }

  @Test
  void keepsKosovoAsXkAndLeavesAreasWithoutAnIsoCodeEmpty() {
    assertThat(BY_ADM0.get("KOS").isoA2()).isEqualTo("XK");
    assertThat(BY_ADM0.get("CYN").isoA2()).isEmpty();
    assertThat(BY_ADM0.get("SOL").isoA2()).isEmpty();
    assertThat(WORLD).noneMatch(c -> c.isoA2().equals("-99"));
    List<String> codes = WORLD.stream().map(Country::isoA2).filter(c -> !c.isEmpty()).toList();
    assertThat(codes).doesNotHaveDuplicates().hasSize(241 - 5);
  }

  @Test
  void keepsNaturalEarthsUnRegions() {
    assertThat(BY_ADM0.get("SOL").unRegion()).isEqualTo("Africa");
    assertThat(BY_ADM0.get("SOL").unSubregion()).isEqualTo("Eastern Africa");
  }

  @Test
  void hasValidNonEmptyGeometriesWithinTheWorld() {
    Envelope world = new Envelope(-180, 180, -90, 90);
    for (Country c : WORLD) {
      assertThat(c.geometry().isEmpty()).as(c.name()).isFalse();
      assertThat(c.geometry().isValid()).as(c.name()).isTrue();
      assertThat(world.contains(c.geometry().getEnvelopeInternal())).as(c.name()).isTrue();
      assertThat(c.geometry().getSRID()).isEqualTo(4326);
    }
  }

  /**
   * The binary file a run reads holds exactly the countries the GeoJSON gives, parsed and repaired
   * now (with {@code -Dcitynet.writeResources=true} this test rewrites it).
   */
  @Test
  void binaryResourceIsWhatTheGeoJsonGivesToday() throws Exception {
    List<Country> parsed;
    try (InputStream in = WorldCountriesTest.class.getResourceAsStream(NATURAL_EARTH)) {
      parsed = WorldCountries.fromGeoJson(in);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    WorldCountries.write(parsed, bytes);
    GeneratedResources.check(
        Path.of("src/model/main/resources" + WorldCountries.RESOURCE), bytes.toByteArray());
    // A record's geometry compares with JTS's equalsExact: the same vertices, exactly.
    assertThat(WORLD).hasSameSizeAs(parsed);
    for (int i = 0; i < parsed.size(); i++) {
      assertThat(WORLD.get(i)).as(parsed.get(i).name()).isEqualTo(parsed.get(i));
    }
  }
}
