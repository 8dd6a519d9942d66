package org.citynet.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.citynet.analysis.centrality.ApproximateBetweenness;
import org.citynet.analysis.centrality.BetweennessMode;
import org.citynet.analysis.centrality.Components;
import org.citynet.analysis.centrality.Coreness;
import org.citynet.analysis.centrality.Degrees;
import org.citynet.analysis.centrality.EigenvectorCentrality;
import org.citynet.analysis.centrality.LocalClustering;
import org.citynet.analysis.centrality.PathCentralities;
import org.citynet.analysis.centrality.PathLengths;
import org.citynet.analysis.centrality.ShortestPathCentralities;
import org.citynet.analysis.centrality.WeightedShortestPathCentralities;
import org.citynet.analysis.community.GravityNullModel;
import org.citynet.analysis.community.LeidenClustering;
import org.citynet.analysis.community.LeidenRun;
import org.citynet.analysis.community.Partition;
import org.citynet.analysis.community.PartitionSimilarity;
import org.citynet.analysis.community.SpatialClustering;
import org.citynet.analysis.community.StartStability;
import org.citynet.analysis.regions.EiIndex;
import org.citynet.analysis.regions.RegionMatrices;
import org.citynet.analysis.roles.CityRole;
import org.citynet.analysis.roles.CityRoles;
import org.citynet.geo.Geodesics;
import org.citynet.graph.CityGraph;
import org.citynet.graph.CompactGraph;
import org.citynet.io.CountryRegions;
import org.citynet.model.AnalysisSettings;
import org.citynet.model.City;
import org.citynet.model.CityMetrics;
import org.citynet.model.Cluster;
import org.citynet.model.ClusterStability;
import org.citynet.model.LinkMetrics;
import org.citynet.model.NetworkAnalysis;
import org.citynet.model.NetworkSummary;
import org.citynet.model.Partnership;
import org.citynet.model.RegionalMixingSummary;
import org.citynet.model.RunInfo;

/**
 * Measures a city network: every per-city centrality, the components, the Leiden clusters with
 * their stability across random starts, each city's role in its cluster (Guimerà and Amaral 2005),
 * the regions of cities and partnerships with their E–I indices (Krackhardt and Stern 1988), the
 * regional mixing (Newman 2003), the distance decay and the geodesic length of each partnership.
 *
 * <p>The shortest-path measures run in one breadth-first pass per city over a compact snapshot of
 * the graph (O(n·m) time, O(n + m) memory per thread), unless the settings' {@code betweenness} (or
 * {@code auto} on a network too large for that) asks for sampled betweenness: see {@link
 * ShortestPathCentralities#of(CompactGraph, BetweennessMode, ApproximateBetweenness)}; what was
 * done is recorded in the summary's {@link org.citynet.model.BetweennessMethod}. Counting city
 * pairs per distance band is exact up to 50,000 cities (O(n²) at worst, far less on cities) and
 * sampled beyond; the rest are O(m) per iteration. The result is deterministic for a given seed.
 */
public final class NetworkAnalyzer {
  /**
   * Most cities for which {@code --null-model auto} runs the gravity clustering, whose sweeps are
   * O(n²) in the worst case: the 1,099-city default dataset takes a few seconds.
   */
  public static final int AUTO_GRAVITY_LIMIT = 5_000;

  /**
   * Leiden iterations per start above {@link AnalysisSettings#LARGE_NETWORK_LINKS}, the default of
   * the algorithm's authors' command-line tool; below, each start runs until an iteration changes
   * nothing (at most {@link LeidenClustering#DEFAULT_MAX_ITERATIONS}). Why: on large networks
   * without strong clusters iterations keep moving a few cities and never settle, at seconds each.
   */
  static final int LARGE_NETWORK_ITERATIONS = 10;

  private NetworkAnalyzer() {}

  /**
   * Analyses the network.
   *
   * @param graph the city network
   * @param cityExtraColumns names of the extra input columns the cities carry
   * @param run provenance; its settings drive the clustering and the measures
   */
  public static NetworkAnalysis analyze(
      CityGraph graph, List<String> cityExtraColumns, RunInfo run) {
    return analyze(graph, cityExtraColumns, run, MeasureEngine.local());
  }

  /**
   * Analyses the network, computing degree, strength, PageRank, components and the shortest-path
   * measures on {@code engine}.
   */
  public static NetworkAnalysis analyze(
      CityGraph graph, List<String> cityExtraColumns, RunInfo run, MeasureEngine engine) {
    CompactGraph g = graph.compact();
    int n = g.vertexCount();
    int m = g.edgeCount();
    AnalysisSettings settings = run.settings();
    // The ratio-only measures run on weights scaled near 1 (exactly, by a power of two), so that
    // every finite positive weight works; strength and path lengths keep the weights as given.
    int unitExponent = g.unitExponent();
    CompactGraph unit = g.withWeightsScaled(unitExponent);
    GraphMeasures measured = engine.measure(unit);
    int[] degree = measured.degree();
    double[] strength = unitExponent == 0 ? measured.strength() : Degrees.strength(g);
    PathCentralities paths = pathCentralities(g, graph, settings, engine);
    double[] pagerank = measured.pagerank();
    double[] eigenvector = EigenvectorCentrality.compute(unit);
    int[] coreness = Coreness.compute(g);
    double[] clustering = LocalClustering.compute(g);
    Components components = measured.components();
    LeidenRun leiden = leiden(unit, unitExponent, settings);
    Partition partition = leiden.partition();
    int[] clusterOf = partition.clusterOf();
    List<CityRole> roles = CityRoles.of(unit, clusterOf);
    double[] lat = graph.cities().stream().mapToDouble(City::lat).toArray();
    double[] lon = graph.cities().stream().mapToDouble(City::lon).toArray();
    Optional<Partition> spatial = spatialClusters(unit, graph.cities(), lat, lon, settings);

    CountryRegions m49 = CountryRegions.m49();
    List<String> regionOf = new ArrayList<>(n);
    List<String> subregionOf = new ArrayList<>(n);
    List<String> countryOf = new ArrayList<>(n);
    for (City city : graph.cities()) {
      var region = m49.of(city.country());
      regionOf.add(region.map(CountryRegions.Region::region).orElse(""));
      subregionOf.add(region.map(CountryRegions.Region::subregion).orElse(""));
      countryOf.add(city.country());
    }
    // Regions, not countries: nearly every twinning crosses a border, so a country E–I index would
    // be close to +1 for every city and tell nothing.
    List<EiIndex> cityEi = EiIndex.perCity(unit, regionOf);
    double[] clusterEi =
        EiIndex.perGroup(unit, regionOf, clusterOf).stream().mapToDouble(EiIndex::value).toArray();

    int[] spatialOf = new int[n];
    Arrays.fill(spatialOf, CityMetrics.NOT_COMPUTED);
    spatial.ifPresent(p -> System.arraycopy(p.clusterOf(), 0, spatialOf, 0, n));
    List<CityMetrics> cities = new ArrayList<>(n);
    for (int v = 0; v < n; v++) {
      CityRole role = roles.get(v);
      cities.add(
          new CityMetrics(
              graph.cities().get(v),
              regionOf.get(v),
              subregionOf.get(v),
              degree[v],
              strength[v],
              paths.betweenness(v),
              paths.closeness(v),
              paths.harmonic(v),
              pagerank[v],
              eigenvector[v],
              coreness[v],
              clustering[v],
              components.componentOf(v),
              clusterOf[v],
              role.withinClusterZ(),
              role.participation(),
              role.role().code(),
              role.role().label(),
              cityEi.get(v).value(),
              spatialOf[v]));
    }

    List<LinkMetrics> links = new ArrayList<>(graph.partnerships().size());
    for (int i = 0; i < graph.partnerships().size(); i++) {
      Partnership p = graph.partnerships().get(i);
      int[] ends = graph.partnershipEnds().get(i);
      City a = graph.cities().get(ends[0]);
      City b = graph.cities().get(ends[1]);
      String ra = regionOf.get(ends[0]);
      links.add(
          new LinkMetrics(
              p,
              Geodesics.lengthKm(a.lat(), a.lon(), b.lat(), b.lon()),
              a.country().equals(b.country()),
              !ra.isEmpty() && ra.equals(regionOf.get(ends[1]))));
    }

    List<Cluster> clusters =
        ClusterSummaries.of(cities, graph.partnershipEnds(), partition.clusterCount(), clusterEi);
    StartStability stability = leiden.stability();
    NetworkSummary summary =
        new NetworkSummary(
            n,
            m,
            graph.linkRows(),
            components.count(),
            n == 0 ? 0 : components.size(0) / (double) n,
            n < 2 ? 0 : 2.0 * m / ((double) n * (n - 1)),
            n == 0 ? 0 : 2.0 * m / n,
            partition.clusterCount(),
            // Modularity is undefined without links; 0 reads right in every output.
            zeroIfNaN(partition.modularity()),
            settings.quality(),
            zeroIfNaN(leiden.score()),
            new ClusterStability(
                stability.starts(),
                stability.meanAdjustedRandIndex(),
                stability.minAdjustedRandIndex(),
                stability.meanNormalizedMutualInformation()),
            spatial.map(Partition::clusterCount).orElse(0),
            spatial.map(Partition::modularity).orElse(Double.NaN),
            spatial
                .map(p -> PartitionSimilarity.normalizedMutualInformation(clusterOf, p.clusterOf()))
                .orElse(Double.NaN),
            paths.method());
    List<RegionalMixingSummary> mixing =
        List.of(
            RegionalPatterns.mixing("region", g, regionOf),
            RegionalPatterns.mixing("subregion", g, subregionOf),
            RegionalPatterns.mixing("country", g, countryOf));
    return new NetworkAnalysis(
        run,
        summary,
        cities,
        cityExtraColumns,
        links,
        clusters,
        RegionMatrices.of(regionOf, graph.partnershipEnds()),
        mixing,
        RegionalPatterns.distanceDecay(g, lat, lon, settings.seed()));
  }

  /**
   * Leiden on the graph whose weights are the input's times {@code 2^unitExponent}. Modularity
   * depends only on weight ratios; the Constant Potts Model weighs links against {@code γ} per
   * pair, so {@code γ} is scaled alike (the same optimum) and the score scaled back to the input's
   * weight unit.
   */
  private static LeidenRun leiden(CompactGraph unit, int unitExponent, AnalysisSettings settings) {
    int m = unit.edgeCount();
    boolean cpm = settings.quality() == AnalysisSettings.Quality.CPM;
    double resolution =
        cpm
            ? Math.min(Double.MAX_VALUE, Math.scalb(settings.resolution(), unitExponent))
            : settings.resolution();
    LeidenRun run =
        LeidenClustering.of(
                cpm ? LeidenClustering.Quality.CPM : LeidenClustering.Quality.MODULARITY,
                resolution,
                settings.seed(),
                settings.startsFor(m),
                m > AnalysisSettings.LARGE_NETWORK_LINKS
                    ? LARGE_NETWORK_ITERATIONS
                    : LeidenClustering.DEFAULT_MAX_ITERATIONS)
            .run(unit);
    if (!cpm || unitExponent == 0) {
      return run;
    }
    return new LeidenRun(
        run.partition(),
        run.quality(),
        settings.resolution(),
        Math.scalb(run.score(), -unitExponent),
        run.stability());
  }

  /**
   * The clusters under the gravity null model of Expert et al. (2011), when {@code --null-model}
   * asks for them ({@code auto}: up to {@link #AUTO_GRAVITY_LIMIT} cities) and there are links.
   *
   * @throws IllegalArgumentException if population is the importance and a city has none
   */
  private static Optional<Partition> spatialClusters(
      CompactGraph g, List<City> cities, double[] lat, double[] lon, AnalysisSettings settings) {
    boolean wanted =
        switch (settings.nullModel()) {
          case CONFIGURATION -> false;
          case GRAVITY -> true;
          case AUTO -> g.vertexCount() <= AUTO_GRAVITY_LIMIT;
        };
    if (!wanted || g.edgeCount() == 0) {
      return Optional.empty();
    }
    double[] importance =
        settings.importance() == AnalysisSettings.Importance.POPULATION
            ? populations(cities)
            : Degrees.strength(g);
    GravityNullModel model =
        GravityNullModel.estimate(g, lat, lon, importance, GravityNullModel.DEFAULT_BINS);
    return Optional.of(
        SpatialClustering.of(settings.seed(), settings.startsFor(g.edgeCount())).cluster(g, model));
  }

  /**
   * Each city's population as its gravity mass.
   *
   * @throws IllegalArgumentException naming the cities without one: a guessed mass would bias the
   *     null model, so none is invented
   */
  private static double[] populations(List<City> cities) {
    List<String> missing =
        cities.stream().filter(c -> c.population().isEmpty()).map(City::id).toList();
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          "--importance population needs a population for every city, but "
              + missing.size()
              + " have none (ids "
              + String.join(", ", missing.subList(0, Math.min(5, missing.size())))
              + (missing.size() > 5 ? ", ..." : "")
              + "); fill the population column or use --importance strength");
    }
    return cities.stream().mapToDouble(c -> c.population().getAsLong()).toArray();
  }

  private static double zeroIfNaN(double value) {
    return Double.isNaN(value) ? 0 : value;
  }

  /**
   * Betweenness, closeness and harmonic over paths of hops (breadth-first), or of inverse weights
   * or kilometres (Dijkstra, always exact betweenness).
   */
  private static PathCentralities pathCentralities(
      CompactGraph g, CityGraph graph, AnalysisSettings settings, MeasureEngine engine) {
    // The engines search hop paths; weighted path lengths are searched here, on this machine.
    return switch (settings.pathLength()) {
      case HOPS ->
          engine.hopPaths(
              g,
              BetweennessMode.valueOf(settings.betweenness().name()),
              ApproximateBetweenness.of(settings.epsilon(), settings.delta(), settings.seed()));
      case INVERSE_WEIGHT -> WeightedShortestPathCentralities.of(g, PathLengths.inverseWeight(g));
      case KM ->
          WeightedShortestPathCentralities.of(
              g,
              PathLengths.geodesicKm(
                  g,
                  graph.cities().stream().mapToDouble(City::lat).toArray(),
                  graph.cities().stream().mapToDouble(City::lon).toArray()));
    };
  }
}
