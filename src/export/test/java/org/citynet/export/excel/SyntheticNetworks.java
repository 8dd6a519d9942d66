package org.citynet.export.excel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Random;
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
import org.citynet.model.RegionalMixingSummary;
import org.citynet.model.Role;
import org.citynet.model.RunInfo;
import org.citynet.model.Significance;

/**
 * Hand-made, clearly synthetic networks for the workbook tests. The measures of the small ones were
 * worked out by hand from their links (see each method).
 */
final class SyntheticNetworks {
  static final String HYPERLINK = "=HYPERLINK(\"x\")";
  static final String WESTFIELD = "-Westfield";

  private SyntheticNetworks() {}

  static RunInfo run(String name) {
    return new RunInfo(
        name,
        "0.1.0-test",
        "--cities cities.csv --links links.csv --name " + name,
        List.of(
            new RunInfo.InputFile("cities.csv", "0".repeat(63) + "1"),
            new RunInfo.InputFile("links.csv", "0".repeat(63) + "2")),
        AnalysisSettings.defaults(),
        Instant.parse("2025-01-15T10:30:00Z"),
        List.of("Synthetic test data made up for the tests."));
  }

  /**
   * Six cities, five partnerships: Northtown–Easton (two rows, weight 2), Northtown–Southport,
   * Northtown–HYPERLINK, HYPERLINK–Westfield, Easton–Southport; Loneville has no partner.
   *
   * <p>Betweenness (÷ 10 pairs): Northtown lies on E–H, E–W, S–H, S–W = 0.4; HYPERLINK on N–W, E–W,
   * S–W = 0.3. Closeness and harmonic follow the Wasserman-Faust and ÷(n−1) definitions; PageRank
   * and eigenvector are made-up plausible values. Clusters {N, E, S}, {H, W}, {L}; modularity 0.6 −
   * 0.49 + 0.2 − 0.09 = 0.22.
   *
   * <p>Roles: every member of a cluster has as many partners inside it, so z = 0; P = 1 − (2/3)² −
   * (1/3)² = 4/9 for Northtown (R2), 1 − 2·(1/2)² = 1/2 for HYPERLINK (R2), 0 for the rest (R1).
   * E–I by region: Northtown (2 − 1)/3, Easton 0, Southport 1, HYPERLINK 0, Westfield −1, Loneville
   * none; cluster 0 pools E 5, I 2 → 3/7, cluster 1 E 1, I 2 → −1/3. Mixing by region: 2 of 5
   * within, ends Europe 5, Africa 2, Americas 3 of 10 → expected 0.38, r = 0.02/0.62; sub-region 1
   * of 5, ends 5, 2, 2, 1 → 0.34; country 0, ends 3, 2, 2, 2, 1 → 0.22. Distance decay: made-up
   * bands with 15 pairs, the fit from scipy.stats.linregress on them.
   */
  static NetworkAnalysis sixCities() {
    List<CityMetrics> cities =
        List.of(
            role(
                metrics(
                    city("c1", "Northtown", "DE", 52.0, 10.0, 250_000L, "@cityhall"),
                    "Europe",
                    "Western Europe",
                    3,
                    4,
                    0.4,
                    0.64,
                    0.7,
                    0.28,
                    1.0,
                    2,
                    1 / 3.0,
                    0,
                    0),
                0,
                4 / 9.0,
                Role.R2_PERIPHERAL,
                1 / 3.0),
            role(
                metrics(
                    city("c2", "Easton", "FR", 48.0, 3.0, 120_000L, ""),
                    "Europe",
                    "Western Europe",
                    2,
                    3,
                    0,
                    4 / 7.0 * 0.8,
                    2.8333333 / 5,
                    0.19,
                    0.8,
                    2,
                    1.0,
                    0,
                    0),
                0,
                0,
                Role.R1_ULTRA_PERIPHERAL,
                0),
            role(
                metrics(
                    city("c3", "Southport", "KE", -1.0, 37.0, null, "+254 desk"),
                    "Africa",
                    "Sub-Saharan Africa",
                    2,
                    2,
                    0,
                    4 / 7.0 * 0.8,
                    2.8333333 / 5,
                    0.15,
                    0.7,
                    2,
                    1.0,
                    0,
                    0),
                0,
                0,
                Role.R1_ULTRA_PERIPHERAL,
                1),
            role(
                metrics(
                    city("c4", HYPERLINK, "BR", -15.0, -47.0, 1_500_000L, "=1+1"),
                    "Americas",
                    "Latin America and the Caribbean",
                    2,
                    2,
                    0.3,
                    4 / 6.0 * 0.8,
                    0.6,
                    0.18,
                    0.5,
                    1,
                    0.0,
                    0,
                    1),
                0,
                0.5,
                Role.R2_PERIPHERAL,
                0),
            role(
                metrics(
                    city("c5", WESTFIELD, "US", 40.0, -75.0, 45_000L, "-"),
                    "Americas",
                    "Northern America",
                    1,
                    1,
                    0,
                    4 / 9.0 * 0.8,
                    2.1666667 / 5,
                    0.09,
                    0.2,
                    1,
                    0.0,
                    0,
                    1),
                0,
                0,
                Role.R1_ULTRA_PERIPHERAL,
                -1),
            role(
                metrics(
                    city("c6", "Loneville", "JP", 35.0, 139.0, 9_000L, "quiet"),
                    "Asia",
                    "Eastern Asia",
                    0,
                    0,
                    0,
                    0,
                    0,
                    0.11,
                    0.0,
                    0,
                    0.0,
                    1,
                    2),
                0,
                0,
                Role.R1_ULTRA_PERIPHERAL,
                Double.NaN));
    List<LinkMetrics> links =
        List.of(
            link("c1", "c2", 2, 2, List.of("twinning", "cooperation"), 500, true),
            link("c1", "c3", 1, 1, List.of("twinning"), 6000, false),
            link("c1", "c4", 1, 1, List.of(), 9500, false),
            link("c4", "c5", 1, 1, List.of("=cmd"), 7000, true),
            link("c2", "c3", 1, 1, List.of("cooperation"), 5800, false));
    List<Cluster> clusters =
        List.of(
            new Cluster(
                0,
                3,
                "Europe",
                2 / 3.0,
                List.of("Northtown", "Easton", "Southport"),
                3,
                1,
                3 / 7.0),
            new Cluster(1, 2, "Americas", 1.0, List.of(HYPERLINK, WESTFIELD), 1, 1, -1 / 3.0),
            new Cluster(2, 1, "Asia", 1.0, List.of("Loneville"), 0, 0, Double.NaN));
    // Africa, Americas, Asia, Europe: Africa–Europe 2, Americas–Americas 1, Americas–Europe 1,
    // Europe–Europe 1.
    int[][] counts = {{0, 0, 0, 2}, {0, 1, 0, 1}, {0, 0, 0, 0}, {2, 1, 0, 1}};
    DistanceDecayCurve decay =
        new DistanceDecayCurve(
            List.of(
                new DistanceDecayCurve.Band(398.107, 630.957, 1, 1, 0),
                new DistanceDecayCurve.Band(630.957, 3981.07, 0, 0, 0),
                new DistanceDecayCurve.Band(3981.07, 6309.57, 2, 4, 0),
                new DistanceDecayCurve.Band(6309.57, 10000, 2, 6, 0),
                new DistanceDecayCurve.Band(10000, 15848.9, 0, 4, 0)),
            true,
            0,
            -0.36644908002160553,
            0.08093511630966346,
            -1.394827238219134,
            0.6619290781759228,
            0.9987580251086248,
            0.9534883128721514,
            3);
    return new NetworkAnalysis(
        run("synthetic-six"),
        summary(6, 5, 6, 2, 5 / 6.0, 5 / 15.0, 10 / 6.0, 3, 0.22),
        cities,
        List.of("contact"),
        links,
        clusters,
        new RegionMatrix(List.of("Africa", "Americas", "Asia", "Europe"), counts),
        List.of(
            new RegionalMixingSummary("region", 5, 2, 0.4, 0.38, 0.02 / 0.62, 0),
            new RegionalMixingSummary("subregion", 5, 1, 0.2, 0.34, -0.14 / 0.66, 0),
            new RegionalMixingSummary("country", 5, 0, 0, 0.22, -0.22 / 0.78, 0)),
        decay,
        Significance.none());
  }

  /** Three European cities, all linked to each other: one cluster, no brokers, a three-way tie. */
  static NetworkAnalysis triangle() {
    List<CityMetrics> cities =
        List.of(
            metrics(
                city("a", "Alpha", "DE", 50, 8, null),
                "Europe",
                "Western Europe",
                2,
                2,
                0,
                1,
                1,
                1 / 3.0,
                1,
                2,
                1,
                0,
                0),
            metrics(
                city("b", "Beta", "FR", 47, 2, null),
                "Europe",
                "Western Europe",
                2,
                2,
                0,
                1,
                1,
                1 / 3.0,
                1,
                2,
                1,
                0,
                0),
            metrics(
                city("c", "Gamma", "IT", 42, 12, null),
                "Europe",
                "Southern Europe",
                2,
                2,
                0,
                1,
                1,
                1 / 3.0,
                1,
                2,
                1,
                0,
                0));
    List<LinkMetrics> links =
        List.of(
            link("a", "b", 1, 1, List.of(), 700, true),
            link("b", "c", 1, 1, List.of(), 900, true),
            link("a", "c", 1, 1, List.of(), 800, true));
    return new NetworkAnalysis(
        run("synthetic-triangle"),
        summary(3, 3, 3, 1, 1.0, 1.0, 2.0, 1, 0.0),
        cities,
        List.of(),
        links,
        List.of(new Cluster(0, 3, "Europe", 1.0, List.of("Alpha", "Beta", "Gamma"), 3, 0, -1.0)),
        new RegionMatrix(List.of("Europe"), new int[][] {{3}}),
        List.of(),
        DistanceDecayCurve.none(),
        Significance.none());
  }

  /** Three cities and no partnerships: every city is its own component and cluster. */
  static NetworkAnalysis withoutLinks() {
    List<CityMetrics> cities =
        List.of(
            metrics(
                city("a", "Alpha", "DE", 50, 8, null),
                "Europe",
                "Western Europe",
                0,
                0,
                0,
                0,
                0,
                1 / 3.0,
                0,
                0,
                0,
                0,
                0),
            metrics(
                city("b", "Beta", "KE", -1, 37, null),
                "Africa",
                "Sub-Saharan Africa",
                0,
                0,
                0,
                0,
                0,
                1 / 3.0,
                0,
                0,
                0,
                1,
                1),
            metrics(
                city("c", "Gamma", "AQ", -75, 0, null),
                "",
                "",
                0,
                0,
                0,
                0,
                0,
                1 / 3.0,
                0,
                0,
                0,
                2,
                2));
    return new NetworkAnalysis(
        run("synthetic-unlinked"),
        summary(3, 0, 0, 3, 1 / 3.0, 0, 0, 3, 0),
        cities,
        List.of(),
        List.of(),
        List.of(
            new Cluster(0, 1, "Europe", 1, List.of("Alpha"), 0, 0, Double.NaN),
            new Cluster(1, 1, "Africa", 1, List.of("Beta"), 0, 0, Double.NaN),
            new Cluster(2, 1, "Unknown", 1, List.of("Gamma"), 0, 0, Double.NaN)),
        new RegionMatrix(List.of("Africa", "Europe", "Unknown"), new int[3][3]),
        List.of(),
        DistanceDecayCurve.none(),
        Significance.none());
  }

  /**
   * A cluster of twelve members with many ties out, for the Clusters sheet's lists. Members "Member
   * 0" … "Member 11" (cluster 0) have betweenness 0.12, 0.11, … 0.01 in that order; members 0–6 are
   * in Europe, 7–9 in Asia, 10–11 in no known region. Four outer cities, "Outer 1" … "Outer 3"
   * (clusters 1–3) and "Outer 11" (cluster 11), are in Africa.
   *
   * <p>Partnerships into other clusters: Member 9 with all four outer cities (4), Member 0 with
   * Outer 1–3 (3), Member 1 with Outer 1 and 2 (2), Members 2–6 with Outer 11 (1 each). Members 7
   * and 8 are partners inside the cluster. Only cities, links and cluster numbers are meant to be
   * consistent.
   */
  static NetworkAnalysis manyBridges() {
    List<CityMetrics> cities = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String region = i <= 6 ? "Europe" : i <= 9 ? "Asia" : "";
      String country = i <= 6 ? "FR" : i <= 9 ? "JP" : "AQ";
      cities.add(
          metrics(
              city("m" + i, "Member " + i, country, 45, i, null),
              region,
              "",
              1,
              1,
              0.12 - i * 0.01,
              0.5,
              0.5,
              0.05,
              0.5,
              1,
              0,
              0,
              0));
    }
    for (int c : new int[] {1, 2, 3, 11}) {
      cities.add(
          metrics(
              city("o" + c, "Outer " + c, "KE", -1, 37 + c, null),
              "Africa",
              "Sub-Saharan Africa",
              1,
              1,
              0,
              0.5,
              0.5,
              0.05,
              0.5,
              1,
              0,
              0,
              c));
    }
    List<LinkMetrics> links = new ArrayList<>();
    for (String outer : List.of("o1", "o2", "o3", "o11")) {
      links.add(link("m9", outer, 1, 1, List.of(), 5000, false));
    }
    for (String outer : List.of("o1", "o2", "o3")) {
      links.add(link("m0", outer, 1, 1, List.of(), 5000, false));
    }
    links.add(link("m1", "o1", 1, 1, List.of(), 5000, false));
    links.add(link("m1", "o2", 1, 1, List.of(), 5000, false));
    for (int i = 2; i <= 6; i++) {
      links.add(link("m" + i, "o11", 1, 1, List.of(), 5000, false));
    }
    links.add(link("m7", "m8", 1, 1, List.of(), 100, true));
    List<Cluster> clusters =
        List.of(
            new Cluster(
                0,
                12,
                "Europe",
                7 / 12.0,
                List.of("Member 0", "Member 1", "Member 2"),
                1,
                14,
                Double.NaN),
            new Cluster(1, 1, "Africa", 1, List.of("Outer 1"), 0, 3, Double.NaN),
            new Cluster(2, 1, "Africa", 1, List.of("Outer 2"), 0, 3, Double.NaN),
            new Cluster(3, 1, "Africa", 1, List.of("Outer 3"), 0, 2, Double.NaN),
            new Cluster(11, 1, "Africa", 1, List.of("Outer 11"), 0, 6, Double.NaN));
    // Africa, Asia, Europe, Unknown.
    int[][] counts = {{0, 4, 10, 0}, {4, 1, 0, 0}, {10, 0, 0, 0}, {0, 0, 0, 0}};
    return new NetworkAnalysis(
        run("synthetic-bridges"),
        summary(16, 15, 15, 4, 12 / 16.0, 15 / 120.0, 30 / 16.0, 5, 0.1),
        cities,
        List.of(),
        links,
        clusters,
        new RegionMatrix(List.of("Africa", "Asia", "Europe", "Unknown"), counts),
        List.of(),
        DistanceDecayCurve.none(),
        Significance.none());
  }

  /**
   * A random network of the given size with random measures, for memory and row-limit tests only:
   * nothing in it is meant to be consistent.
   */
  static NetworkAnalysis random(int n, int m, long seed) {
    Random random = new Random(seed);
    List<String> regions = List.of("Africa", "Americas", "Asia", "Europe", "Oceania");
    List<CityMetrics> cities = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String region = regions.get(random.nextInt(regions.size()));
      cities.add(
          metrics(
              city(
                  "city" + i,
                  "Synthetic city " + i,
                  "XX",
                  random.nextDouble() * 180 - 90,
                  random.nextDouble() * 360 - 180,
                  (long) random.nextInt(5_000_000),
                  "extra " + i),
              region,
              region + " sub",
              random.nextInt(20),
              random.nextInt(40),
              random.nextDouble() * 0.01,
              random.nextDouble(),
              random.nextDouble(),
              1.0 / n,
              random.nextDouble(),
              random.nextInt(5),
              random.nextDouble(),
              0,
              random.nextInt(50)));
    }
    int[][] counts = new int[regions.size()][regions.size()];
    List<LinkMetrics> links = new ArrayList<>(m);
    for (int i = 0; i < m; i++) {
      int a = random.nextInt(n);
      int b = (a + 1 + random.nextInt(n - 1)) % n;
      int ra = regions.indexOf(cities.get(a).region());
      int rb = regions.indexOf(cities.get(b).region());
      counts[ra][rb]++;
      if (ra != rb) {
        counts[rb][ra]++;
      }
      links.add(
          link(
              "city" + a,
              "city" + b,
              1 + random.nextInt(3),
              1,
              List.of("twinning"),
              random.nextDouble() * 20_000,
              ra == rb));
    }
    List<Cluster> clusters = new ArrayList<>();
    for (int c = 0; c < 50; c++) {
      clusters.add(
          new Cluster(c, n / 50, "Europe", 0.5, List.of("a", "b", "c"), 10, 5, Double.NaN));
    }
    return new NetworkAnalysis(
        run("synthetic-random"),
        summary(n, m, m, 1, 1.0, 2.0 * m / n / (n - 1.0), 2.0 * m / n, 50, 0.4),
        cities,
        List.of("note"),
        links,
        clusters,
        new RegionMatrix(regions, counts),
        List.of(),
        DistanceDecayCurve.none(),
        Significance.none());
  }

  /** The figures of a clustering by modularity whose 10 starts agreed closely; no gravity run. */
  static NetworkSummary summary(
      int cities,
      int links,
      int linkRows,
      int components,
      double largestComponentShare,
      double density,
      double meanDegree,
      int clusters,
      double modularity) {
    return new NetworkSummary(
        cities,
        links,
        linkRows,
        components,
        largestComponentShare,
        density,
        meanDegree,
        Double.NaN,
        clusters,
        modularity,
        AnalysisSettings.Quality.MODULARITY,
        modularity,
        new ClusterStability(10, 0.92, 0.85, 0.95),
        0,
        Double.NaN,
        Double.NaN,
        BetweennessMethod.exact(),
        java.util.Optional.empty(),
        org.citynet.model.ZeroLengthLinks.none());
  }

  /** {@code m} with the given role in its cluster and E–I index. */
  private static CityMetrics role(
      CityMetrics m, double z, double participation, Role role, double ei) {
    return new CityMetrics(
        m.city(),
        m.region(),
        m.subregion(),
        m.degree(),
        m.strength(),
        m.betweenness(),
        m.closeness(),
        m.harmonic(),
        m.pagerank(),
        m.eigenvector(),
        m.coreness(),
        m.clustering(),
        m.component(),
        m.cluster(),
        z,
        participation,
        role,
        ei,
        m.clusterSpatial(),
        BrokerRank.NONE,
        1.0);
  }

  private static City city(
      String id,
      String name,
      String country,
      double lat,
      double lon,
      Long population,
      String... extras) {
    return new City(
        id,
        name,
        country,
        lat,
        lon,
        population == null ? OptionalLong.empty() : OptionalLong.of(population),
        List.of(extras));
  }

  private static CityMetrics metrics(
      City city,
      String region,
      String subregion,
      int degree,
      double strength,
      double betweenness,
      double closeness,
      double harmonic,
      double pagerank,
      double eigenvector,
      int coreness,
      double clustering,
      int component,
      int cluster) {
    return new CityMetrics(
        city,
        region,
        subregion,
        degree,
        strength,
        betweenness,
        closeness,
        harmonic,
        pagerank,
        eigenvector,
        coreness,
        clustering,
        component,
        cluster,
        0,
        0,
        Role.R1_ULTRA_PERIPHERAL,
        Double.NaN,
        CityMetrics.NOT_COMPUTED,
        BrokerRank.NONE,
        1.0);
  }

  private static LinkMetrics link(
      String source,
      String target,
      double weight,
      int rows,
      List<String> types,
      double km,
      boolean sameRegion) {
    return new LinkMetrics(
        new Partnership(source, target, weight, rows, types), km, false, sameRegion, 1.0);
  }
}
