package org.citynet.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.citynet.bench.GravityNetworks.Network;
import org.citynet.bench.GravityNetworks.RealCity;
import org.citynet.io.CityCsvReader;
import org.citynet.io.LinkCsvReader;
import org.citynet.model.CityTable;
import org.citynet.model.LinkTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GravityNetworksTest {
  /** Three made-up places on the equator: A and B 333 km apart, C a quarter of the world away. */
  private static final List<RealCity> THREE =
      List.of(
          new RealCity(1, "A", "EC", 0, 0.5, 100_000),
          new RealCity(2, "B", "GA", 0, 3.5, 100_000),
          new RealCity(3, "C", "ID", 0, 90.5, 100_000));

  @TempDir Path dir;

  @Test
  void givesTheSameNetworkForTheSameSeedAndAnotherForAnother() {
    Network a = GravityNetworks.generate(THREE, 300, 1_000, 7);
    Network b = GravityNetworks.generate(THREE, 300, 1_000, 7);
    Network c = GravityNetworks.generate(THREE, 300, 1_000, 8);

    assertThat(b.lat()).containsExactly(a.lat());
    assertThat(b.links()).containsExactly(a.links());
    assertThat(c.links()).isNotEqualTo(a.links());
  }

  @Test
  void drawsExactlyTheRequestedNumberOfDistinctLinksWithoutLoops() {
    Network g = GravityNetworks.generate(THREE, 300, 3_000, 1);

    assertThat(g.links()).hasSize(3_000).doesNotHaveDuplicates();
    for (int k = 0; k < g.links().length; k++) {
      assertThat(g.source(k)).isLessThan(g.target(k));
    }
  }

  @Test
  void placesCitiesInProportionToPopulationNearTheirRealCity() {
    List<RealCity> two =
        List.of(
            new RealCity(1, "Big", "AA", 10, 10, 300_000),
            new RealCity(2, "Small", "BB", -40, 170, 100_000));

    Network g = GravityNetworks.generate(two, 4_000, 0, 3);

    int big = 0;
    for (int i = 0; i < g.cityCount(); i++) {
      RealCity near = two.get(g.near()[i]);
      big += g.near()[i] == 0 ? 1 : 0;
      // 0.1° jitter: 6 standard deviations.
      assertThat(Math.abs(g.lat()[i] - near.lat())).isLessThan(0.6);
      assertThat(Math.abs(g.lon()[i] - near.lon())).isLessThan(0.6);
      assertThat(g.population()[i]).isIn(300_000L, 100_000L);
    }
    // Binomial(4000, 3/4): mean 3000, standard deviation 27.
    assertThat(big).isBetween(2_850, 3_150);
  }

  @Test
  void linksFallOffWithTheSquareOfDistance() {
    Network g = GravityNetworks.generate(THREE, 300, 3_000, 5);

    int acrossAb = 0;
    int toC = 0;
    for (int k = 0; k < g.links().length; k++) {
      int a = g.near()[g.source(k)];
      int b = g.near()[g.target(k)];
      acrossAb += a != b && a != 2 && b != 2 ? 1 : 0;
      toC += a != b && (a == 2 || b == 2) ? 1 : 0;
    }
    // Weights per pair: 1/100² inside a group (the 100 km floor), 1/333² between A and B,
    // 1/9,010² (chord) to C; with about 100 cities per group that makes 94% inside, 6% A-B and
    // 0.02% to C.
    assertThat(acrossAb / 3_000.0).isBetween(0.03, 0.10);
    assertThat(toC).isLessThanOrEqualTo(3);
  }

  @Test
  void refusesMoreLinksThanItCanPlace() {
    assertThatThrownBy(() -> GravityNetworks.generate(THREE, 10, 40, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("links");
  }

  @Test
  void writesAFolderThatCitynetReads() throws Exception {
    Network g = GravityNetworks.generate(THREE, 50, 100, 2);

    GravityNetworkWriter.write(g, THREE, "test", dir);

    CityTable cities = new CityCsvReader(w -> {}).read(dir.resolve("cities.csv"));
    LinkTable links = new LinkCsvReader(w -> {}).read(dir.resolve("links.csv"));
    assertThat(cities.cities()).hasSize(50);
    assertThat(cities.cities().get(0).name()).startsWith("Synthetic 1 near ");
    assertThat(links.links()).hasSize(100);
    assertThat(Files.readString(dir.resolve("ATTRIBUTION.txt"))).contains("GeoNames");
    assertThat(Files.readString(dir.resolve("SOURCE.md"))).contains("not real data");
  }

  @Test
  void readsTheShippedGeoNamesCities() throws Exception {
    List<RealCity> real =
        GravityNetworks.readGeoNames(Path.of("datasets/geonames/geonames_cities15000.csv"));

    // 23,449 rows, 3 of them without a population.
    assertThat(real).hasSize(23_446);
    assertThat(real).anySatisfy(c -> assertThat(c.name()).isEqualTo("Andorra la Vella"));
  }
}
