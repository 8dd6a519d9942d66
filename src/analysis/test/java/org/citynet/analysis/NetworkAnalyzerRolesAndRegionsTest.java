package org.citynet.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.citynet.graph.CityGraph;
import org.citynet.graph.CityGraphs;
import org.citynet.io.CityCsvReader;
import org.citynet.io.LinkCsvReader;
import org.citynet.model.ActiveYears;
import org.citynet.model.AnalysisSettings;
import org.citynet.model.City;
import org.citynet.model.CityMetrics;
import org.citynet.model.CityTable;
import org.citynet.model.DistanceDecayCurve;
import org.citynet.model.Link;
import org.citynet.model.LinkMetrics;
import org.citynet.model.LinkTable;
import org.citynet.model.NetworkAnalysis;
import org.citynet.model.RegionalMixingSummary;
import org.citynet.model.Role;
import org.citynet.model.RunInfo;
import org.citynet.testing.ExternalTools;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NetworkAnalyzerRolesAndRegionsTest {
  /**
   * Two triangles joined by Hamburg–São Paulo, with Cape Town hanging off Berlin: Berlin, Paris,
   * Hamburg (Europe) and Cape Town (Africa) form cluster 0, São Paulo, Buenos Aires and New York
   * (Americas) cluster 1. Real coordinates, made-up partnerships.
   */
  @Nested
  class TwoTrianglesAndAPendant {
    final NetworkAnalysis analysis =
        NetworkAnalyzer.analyze(
            graph(
                List.of(
                    city("ber", "DE", 52.52, 13.40),
                    city("par", "FR", 48.86, 2.35),
                    city("ham", "DE", 53.55, 9.99),
                    city("cpt", "ZA", -33.92, 18.42),
                    city("sao", "BR", -23.55, -46.63),
                    city("bue", "AR", -34.60, -58.38),
                    city("nyc", "US", 40.71, -74.01)),
                List.of(
                    link("ber", "par"),
                    link("ber", "ham"),
                    link("par", "ham"),
                    link("ber", "cpt"),
                    link("ham", "sao"),
                    link("sao", "bue"),
                    link("sao", "nyc"),
                    link("bue", "nyc"))),
            List.of(),
            run(AnalysisSettings.NullModel.CONFIGURATION));

    @Test
    void givesEachCityItsZScoreParticipationAndRole() {
      // Cluster 0 partners inside: Berlin 3, Paris 2, Hamburg 2, Cape Town 1; mean 2, sd √0.5.
      assertThat(metricsOf("ber").cluster()).isZero();
      assertThat(metricsOf("cpt").cluster()).isZero();
      assertThat(metricsOf("sao").cluster()).isEqualTo(1);
      assertThat(metricsOf("ber").withinClusterZ()).isCloseTo(Math.sqrt(2), within(1e-12));
      assertThat(metricsOf("cpt").withinClusterZ()).isCloseTo(-Math.sqrt(2), within(1e-12));
      assertThat(metricsOf("par").withinClusterZ()).isZero();
      // Triangle 1 is regular: every member has 2 partners inside.
      assertThat(metricsOf("nyc").withinClusterZ()).isZero();
      // Hamburg: 2 of 3 partners in cluster 0, 1 in cluster 1 → 1 − 4/9 − 1/9.
      assertThat(metricsOf("ham").participation()).isCloseTo(4 / 9.0, within(1e-12));
      assertThat(metricsOf("sao").participation()).isCloseTo(4 / 9.0, within(1e-12));
      assertThat(metricsOf("ber").participation()).isZero();
      assertThat(metricsOf("ham").role()).isEqualTo(Role.R2_PERIPHERAL);
      assertThat(metricsOf("ber").role()).isEqualTo(Role.R1_ULTRA_PERIPHERAL);
    }

    @Test
    void countsPartnersInOtherRegionsAgainstThoseInTheOwnRegion() {
      // Berlin: Paris and Hamburg in Europe, Cape Town in Africa → (1 − 2)/3.
      assertThat(metricsOf("ber").eiIndex()).isCloseTo(-1 / 3.0, within(1e-12));
      assertThat(metricsOf("par").eiIndex()).isEqualTo(-1);
      assertThat(metricsOf("cpt").eiIndex()).isEqualTo(1);
      assertThat(metricsOf("sao").eiIndex()).isCloseTo(-1 / 3.0, within(1e-12));
      // Cluster 0 pools E 1 + 0 + 1 + 1 = 3 and I 2 + 2 + 2 + 0 = 6; cluster 1 E 1, I 6.
      assertThat(analysis.clusters().get(0).eiIndex()).isCloseTo(-1 / 3.0, within(1e-12));
      assertThat(analysis.clusters().get(1).eiIndex()).isCloseTo(-5 / 7.0, within(1e-12));
    }

    @Test
    void comparesPartnershipsWithinARegionWithTheConfigurationModel() {
      RegionalMixingSummary region = mixing("region");
      // 6 of 8 partnerships within a region; ends Europe 8, Africa 1, Americas 7 of 16.
      assertThat(region.links()).isEqualTo(8);
      assertThat(region.linksWithin()).isEqualTo(6);
      assertThat(region.withinShare()).isEqualTo(0.75);
      double expected = 0.25 + 1 / 256.0 + 49 / 256.0;
      assertThat(region.expectedWithinShare()).isCloseTo(expected, within(1e-12));
      assertThat(region.assortativity())
          .isCloseTo((0.75 - expected) / (1 - expected), within(1e-12));
      assertThat(region.ratio()).isCloseTo(0.75 / expected, within(1e-12));
      // Only Berlin–Hamburg stays in a country; ends DE 6, FR 2, ZA 1, BR 3, AR 2, US 2.
      RegionalMixingSummary country = mixing("country");
      assertThat(country.withinShare()).isEqualTo(1 / 8.0);
      assertThat(country.expectedWithinShare()).isCloseTo(58 / 256.0, within(1e-12));
      assertThat(analysis.regionalMixing())
          .extracting(RegionalMixingSummary::attribute)
          .containsExactly("region", "subregion", "country");
    }

    @Test
    void countsEveryPartnershipAndCityPairInTheDistanceBands() {
      DistanceDecayCurve decay = analysis.distanceDecay();
      assertThat(decay.exactPairs()).isTrue();
      assertThat(decay.pairs()).isEqualTo(21);
      assertThat(decay.bands().stream().mapToLong(DistanceDecayCurve.Band::links).sum())
          .isEqualTo(8);
      // Berlin–Hamburg (255 km) lies in the band from 251 km.
      assertThat(decay.bands())
          .filteredOn(b -> b.lowerKm() <= 255 && 255 < b.upperKm())
          .singleElement()
          .satisfies(b -> assertThat(b.links()).isEqualTo(1));
    }

    @Test
    void reportsTheClusteringAndItsAgreementAcrossStarts() {
      var summary = analysis.summary();
      assertThat(summary.quality()).isEqualTo(AnalysisSettings.Quality.MODULARITY);
      assertThat(summary.qualityScore()).isEqualTo(summary.modularity());
      assertThat(summary.stability().starts()).isEqualTo(10);
      // Two triangles and a pendant leave no room for another partition.
      assertThat(summary.stability().meanAdjustedRandIndex()).isEqualTo(1);
      assertThat(summary.stability().meanNormalizedMutualInformation()).isCloseTo(1, within(1e-12));
    }

    @Test
    void leavesTheGravityClustersNotComputedUnderTheConfigurationModel() {
      assertThat(analysis.cities()).allMatch(c -> c.clusterSpatial() == CityMetrics.NOT_COMPUTED);
      assertThat(analysis.summary().hasSpatialClusters()).isFalse();
      assertThat(analysis.summary().spatialModularity()).isNaN();
      assertThat(analysis.summary().partitionNmi()).isNaN();
    }

    private CityMetrics metricsOf(String id) {
      return analysis.cities().stream()
          .filter(c -> c.city().id().equals(id))
          .findFirst()
          .orElseThrow();
    }

    private RegionalMixingSummary mixing(String attribute) {
      return analysis.regionalMixing().stream()
          .filter(m -> m.attribute().equals(attribute))
          .findFirst()
          .orElseThrow();
    }
  }

  /** The region assortativity of a real network against NetworkX. */
  @Nested
  class AgainstNetworkX {
    @TempDir Path dir;

    @Test
    void regionAssortativityMatchesAttributeAssortativityCoefficient() throws Exception {
      ExternalTools.requirePythonModule("networkx", "python3-networkx");
      Path folder = Path.of("src/test/resources/networks/wikidata-pt-ie");
      CityTable cities = new CityCsvReader(w -> {}).read(folder.resolve("cities.csv"));
      LinkTable links = new LinkCsvReader(w -> {}).read(folder.resolve("links.csv"));
      CityGraph graph = CityGraphs.build(cities, links, "links.csv", false, w -> {});
      NetworkAnalysis analysis =
          NetworkAnalyzer.analyze(
              graph, cities.extraColumns(), run(AnalysisSettings.NullModel.CONFIGURATION));

      Map<String, String> nx = networkx(analysis);

      for (RegionalMixingSummary m : analysis.regionalMixing()) {
        assertThat(m.assortativity())
            .as(m.attribute())
            .isCloseTo(Double.parseDouble(nx.get(m.attribute() + ".assortativity")), within(1e-12));
        assertThat(m.withinShare())
            .as(m.attribute())
            .isCloseTo(Double.parseDouble(nx.get(m.attribute() + ".within")), within(1e-12));
        assertThat(m.expectedWithinShare())
            .as(m.attribute())
            .isCloseTo(Double.parseDouble(nx.get(m.attribute() + ".expected")), within(1e-12));
      }
    }

    /** Runs {@code regions_oracle.py mixing} on the analysis' cities and partnerships. */
    private Map<String, String> networkx(NetworkAnalysis analysis) throws IOException {
      Map<String, Integer> index = new HashMap<>();
      StringBuilder nodes = new StringBuilder("region\tsubregion\tcountry\n");
      for (CityMetrics c : analysis.cities()) {
        index.put(c.city().id(), index.size());
        nodes.append(c.region()).append('\t').append(c.subregion()).append('\t');
        nodes.append(c.city().country()).append('\n');
      }
      StringBuilder edges = new StringBuilder();
      for (LinkMetrics l : analysis.links()) {
        edges.append(index.get(l.partnership().source())).append(' ');
        edges.append(index.get(l.partnership().target())).append('\n');
      }
      Path nodesFile = Files.writeString(dir.resolve("nodes.tsv"), nodes, StandardCharsets.UTF_8);
      Path edgesFile = Files.writeString(dir.resolve("edges.txt"), edges);
      ExternalTools.Result r =
          ExternalTools.run(
              List.of(
                  ExternalTools.PYTHON,
                  "src/test/python/regions_oracle.py",
                  "mixing",
                  nodesFile.toString(),
                  edgesFile.toString()),
              120);
      assertThat(r.exitCode()).as(r.output()).isZero();
      Map<String, String> values = new HashMap<>();
      for (String line : r.output().strip().split("\n")) {
        String[] kv = line.split("=", 2);
        values.put(kv[0], kv[1]);
      }
      return values;
    }
  }

  private static RunInfo run(AnalysisSettings.NullModel nullModel) {
    AnalysisSettings d = AnalysisSettings.defaults();
    return new RunInfo(
        "test",
        "test",
        "",
        List.of(),
        new AnalysisSettings(
            d.quality(),
            d.resolution(),
            d.starts(),
            d.seed(),
            nullModel,
            d.importance(),
            d.pathLength(),
            d.betweenness(),
            d.epsilon(),
            d.delta(),
            java.util.OptionalDouble.empty(),
            d.significance()),
        Instant.parse("2026-01-01T00:00:00Z"),
        List.of());
  }

  private static CityGraph graph(List<City> cities, List<Link> links) {
    try {
      return CityGraphs.build(
          new CityTable(cities, List.of()),
          new LinkTable(links, List.of()),
          "links.csv",
          false,
          w -> {});
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static City city(String id, String country, double lat, double lon) {
    return new City(id, id, country, lat, lon, OptionalLong.empty(), List.of());
  }

  private static Link link(String source, String target) {
    return new Link(source, target, 1, "", ActiveYears.ALWAYS, 0, new ArrayList<>());
  }
}
