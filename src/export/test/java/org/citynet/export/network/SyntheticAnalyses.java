package org.citynet.export.network;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.citynet.analysis.NetworkAnalyzer;
import org.citynet.graph.CityGraphs;
import org.citynet.io.InputException;
import org.citynet.model.ActiveYears;
import org.citynet.model.AnalysisSettings;
import org.citynet.model.City;
import org.citynet.model.CityTable;
import org.citynet.model.Link;
import org.citynet.model.LinkTable;
import org.citynet.model.NetworkAnalysis;
import org.citynet.model.RunInfo;

/** Small synthetic networks, analysed for real, whose values the export tests read back. */
final class SyntheticAnalyses {
  private SyntheticAnalyses() {}

  /**
   * The analysis of {@code cities} (carrying {@code extras}) and {@code links}, default settings.
   */
  static NetworkAnalysis analyse(List<City> cities, List<String> extras, List<Link> links)
      throws InputException {
    var graph =
        CityGraphs.build(
            new CityTable(cities, extras),
            new LinkTable(links, List.of()),
            "links",
            false,
            w -> {});
    RunInfo run =
        new RunInfo(
            "synthetic",
            "test",
            "citynet --name synthetic",
            List.of(),
            AnalysisSettings.defaults(),
            Instant.EPOCH,
            List.of("Data: synthetic test network"));
    return NetworkAnalyzer.analyze(graph, extras, run);
  }

  /** A city; a negative population means none is known. */
  static City city(
      String id,
      String name,
      String country,
      double lat,
      double lon,
      long population,
      String... extras) {
    return new City(
        id,
        name,
        country,
        lat,
        lon,
        population < 0 ? OptionalLong.empty() : OptionalLong.of(population),
        List.of(extras));
  }

  /** A link without year or extra columns. */
  static Link link(String source, String target, double weight, String type) {
    return new Link(source, target, weight, type, ActiveYears.ALWAYS, 2, List.of());
  }
}
