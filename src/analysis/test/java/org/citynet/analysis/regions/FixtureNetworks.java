package org.citynet.analysis.regions;

import java.nio.file.Path;
import java.util.List;
import org.citynet.graph.CityGraph;
import org.citynet.graph.CityGraphs;
import org.citynet.io.CityCsvReader;
import org.citynet.io.CountryRegions;
import org.citynet.io.LinkCsvReader;
import org.citynet.model.City;
import org.citynet.model.CityTable;
import org.citynet.model.LinkTable;

/** The real networks of {@code src/test/resources/networks}, read through the citynet readers. */
final class FixtureNetworks {
  private FixtureNetworks() {}

  /** The network in {@code src/test/resources/networks/<folder>}. */
  static CityGraph load(String folder) {
    Path dir = Path.of("src/test/resources/networks", folder);
    try {
      CityTable cities = new CityCsvReader(w -> {}).read(dir.resolve("cities.csv"));
      LinkTable links = new LinkCsvReader(w -> {}).read(dir.resolve("links.csv"));
      return CityGraphs.build(cities, links, "links.csv", false, w -> {});
    } catch (Exception e) {
      throw new AssertionError("cannot read fixture " + dir, e);
    }
  }

  static List<String> countries(CityGraph g) {
    return g.cities().stream().map(City::country).toList();
  }

  static List<String> regions(CityGraph g) {
    return g.cities().stream()
        .map(
            c -> CountryRegions.m49().of(c.country()).map(CountryRegions.Region::region).orElse(""))
        .toList();
  }

  static List<String> subregions(CityGraph g) {
    return g.cities().stream()
        .map(
            c ->
                CountryRegions.m49()
                    .of(c.country())
                    .map(CountryRegions.Region::subregion)
                    .orElse(""))
        .toList();
  }
}
