package org.citynet.export.image;

import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.citynet.model.AnalysisSettings;
import org.citynet.model.BetweennessMethod;
import org.citynet.model.BrokerRank;
import org.citynet.model.City;
import org.citynet.model.CityMetrics;
import org.citynet.model.Cluster;
import org.citynet.model.ClusterStability;
import org.citynet.model.DistanceDecayCurve;
import org.citynet.model.LinkMetrics;
import org.citynet.model.NetworkAnalysis;
import org.citynet.model.NetworkSummary;
import org.citynet.model.Partnership;
import org.citynet.model.RegionMatrix;
import org.citynet.model.Role;
import org.citynet.model.RunInfo;
import org.citynet.model.Significance;

/**
 * A synthetic network on real city coordinates: the links, measures and clusters are made up for
 * the tests, chosen so that two links cross the antimeridian and one city is isolated.
 */
final class SampleNetwork {
  static final int BARCELONA = 0;
  static final int QUITO = 1;
  static final int QUEZON_CITY = 2;
  static final int BERLIN = 3;
  static final int MARRAKECH = 4;
  static final int SUVA = 5;
  static final int APIA = 6;
  static final int REYKJAVIK = 7;

  /** Link indices. */
  static final int SUVA_APIA = 4;

  static final int CITIES = 8;
  static final int LINKS = 6;

  private SampleNetwork() {}

  static NetworkAnalysis analysis() {
    return analysis("Quezon City");
  }

  /** The network with Quezon City renamed, to try awkward names. */
  static NetworkAnalysis analysis(String quezonCityName) {
    return analysis(quezonCityName, 1);
  }

  /** The network with Quito's cluster confidence set, to draw a city between clusters. */
  static NetworkAnalysis withQuitoConfidence(double confidence) {
    return analysis("Quezon City", confidence);
  }

  private static NetworkAnalysis analysis(String quezonCityName, double quitoConfidence) {
    List<CityMetrics> cities =
        List.of(
            city("bcn", "Barcelona", "ES", 41.3874, 2.1686, "Europe", 0, 0.5, 3),
            city("uio", "Quito", "EC", -0.1807, -78.4678, "Americas", 1, 0.125, 2, quitoConfidence),
            city("qc", quezonCityName, "PH", 14.6760, 121.0437, "Asia", 1, 0.3, 2),
            city("ber", "Berlin", "DE", 52.52, 13.405, "Europe", 0, 0.2, 2),
            city("rak", "Marrakech", "MA", 31.6295, -7.9811, "Africa", 0, 0.05, 1),
            city("suv", "Suva", "FJ", -18.1416, 178.4419, "Oceania", 2, 0.01, 1),
            city("apw", "Apia", "WS", -13.8333, -171.7667, "Oceania", 2, 0.01, 1),
            city("rey", "Reykjavík", "IS", 64.1466, -21.9426, "Europe", 3, 0, 0));
    List<LinkMetrics> links =
        List.of(
            link("bcn", "ber", 4),
            link("bcn", "rak", 1),
            link("bcn", "uio", 1),
            link("uio", "qc", 1),
            link("suv", "apw", 1),
            link("ber", "qc", 9));
    List<Cluster> clusters =
        List.of(
            new Cluster(0, 3, "Europe", 2 / 3.0, List.of("Barcelona"), 2, 3, 0),
            new Cluster(1, 2, "Americas", 0.5, List.of("Quezon City"), 1, 2, 0),
            new Cluster(2, 2, "Oceania", 1, List.of("Suva"), 1, 0, 0),
            new Cluster(3, 1, "Europe", 1, List.of("Reykjavík"), 0, 0, Double.NaN));
    RunInfo run =
        new RunInfo(
            "sample-map",
            "test",
            "test",
            List.of(),
            AnalysisSettings.defaults(),
            Instant.parse("2026-01-01T00:00:00Z"),
            List.of("Synthetic test network"));
    return new NetworkAnalysis(
        run,
        new NetworkSummary(
            CITIES,
            LINKS,
            LINKS,
            3,
            7 / 8.0,
            LINKS / 28.0,
            1.5,
            Double.NaN,
            4,
            0.3,
            AnalysisSettings.Quality.MODULARITY,
            0.3,
            new ClusterStability(10, 0.9, 0.8, 0.95),
            0,
            Double.NaN,
            Double.NaN,
            BetweennessMethod.exact(),
            java.util.Optional.empty(),
            org.citynet.model.ZeroLengthLinks.none()),
        cities,
        List.of(),
        links,
        clusters,
        new RegionMatrix(List.of(), new int[0][]),
        List.of(),
        DistanceDecayCurve.none(),
        Significance.none());
  }

  private static CityMetrics city(
      String id,
      String name,
      String country,
      double lat,
      double lon,
      String region,
      int cluster,
      double betweenness,
      int degree) {
    return city(id, name, country, lat, lon, region, cluster, betweenness, degree, 1);
  }

  private static CityMetrics city(
      String id,
      String name,
      String country,
      double lat,
      double lon,
      String region,
      int cluster,
      double betweenness,
      int degree,
      double clusterConfidence) {
    return new CityMetrics(
        new City(id, name, country, lat, lon, OptionalLong.empty(), List.of()),
        region,
        "",
        degree,
        degree,
        betweenness,
        0,
        0,
        1.0 / CITIES,
        0,
        degree > 0 ? 1 : 0,
        0,
        degree > 0 ? 0 : 1,
        cluster,
        0,
        0,
        Role.R1_ULTRA_PERIPHERAL,
        Double.NaN,
        CityMetrics.NOT_COMPUTED,
        BrokerRank.NONE,
        clusterConfidence);
  }

  private static LinkMetrics link(String source, String target, double weight) {
    return new LinkMetrics(
        new Partnership(source, target, weight, 1, List.of()), 0, false, false, 1.0);
  }
}
