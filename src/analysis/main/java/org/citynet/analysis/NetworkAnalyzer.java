package org.citynet.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.citynet.analysis.backbone.DisparityFilter;
import org.citynet.analysis.centrality.ApproximateBetweenness;
import org.citynet.analysis.centrality.Components;
import org.citynet.analysis.centrality.Coreness;
import org.citynet.analysis.centrality.DegreeAssortativity;
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
import org.citynet.analysis.significance.ClusterConfidence;
import org.citynet.geo.Geodesics;
import org.citynet.graph.CityGraph;
import org.citynet.graph.CityGraphs;
import org.citynet.graph.CompactGraph;
import org.citynet.io.CountryRegions;
import org.citynet.model.AnalysisSettings;
import org.citynet.model.AnalysisSettings.Betweenness;
import org.citynet.model.Backbone;
import org.citynet.model.City;
import org.citynet.model.CityMetrics;
import org.citynet.model.ClusterStability;
import org.citynet.model.DistanceDecayCurve;
import org.citynet.model.LinkMetrics;
import org.citynet.model.NetworkAnalysis;
import org.citynet.model.NetworkSummary;
import org.citynet.model.Partnership;
import org.citynet.model.RegionMatrix;
import org.citynet.model.RegionalMixingSummary;
import org.citynet.model.RunInfo;
import org.citynet.model.ZeroLengthLinks;

/**
 * Measures a city network: every per-city centrality, the components, the Leiden clusters with
 * their stability across random starts, each city's role in its cluster (Guimerà and Amaral 2005),
 * the regions of cities and partnerships with their E–I indices (Krackhardt and Stern 1988), the
 * regional mixing (Newman 2003), the distance decay and the geodesic length of each partnership.
 *
 * <p>The shortest-path measures run in one breadth-first pass per city over a compact snapshot of
 * the graph (O(n·m) time, O(n + m) memory per thread), unless the settings' {@code betweenness} (or
 * {@code auto} on a network too large for that) asks for sampled betweenness: see {@link
 * ShortestPathCentralities#of(CompactGraph, Betweenness, ApproximateBetweenness)}; what was done is
 * recorded in the summary's {@link org.citynet.model.BetweennessMethod}. Counting city pairs per
 * distance band is exact up to 50,000 cities (O(n²) at worst, far less on cities) and sampled
 * beyond; the rest are O(m) per iteration. The result is deterministic for a given seed.
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
   * measures on {@code engine}. Each step below produces one part of the analysis from the ones
   * before it. Every link gets its disparity-filter p-value; when the settings ask for a backbone,
   * only the links below its level are analysed.
   *
   * @throws java.util.NoSuchElementException if population is the gravity importance and a city has
   *     none (the pipeline checks this when it reads the cities, with a message for the user)
   */
  public static NetworkAnalysis analyze(
      CityGraph network, List<String> cityExtraColumns, RunInfo run, MeasureEngine engine) {
    AnalysisSettings settings = run.settings();
    Selection selection = select(network, settings);
    CityGraph graph = selection.graph();
    CompactGraph g = graph.compact();
    Places places = places(graph);
    // The clusters, the geography and the centralities need only the graph: they run at once.
    ConcurrentStep<Communities> communities =
        ConcurrentStep.start("clusters", g, () -> communities(g, places, graph.cities(), settings));
    ConcurrentStep<Geography> geography =
        ConcurrentStep.start(
            "geography", g, () -> geography(g, graph, places, selection.disparity(), settings));
    Centralities centralities = centralities(g, graph, settings, engine);
    Communities clusters = communities.join();
    SignificanceTests.Outcome tested =
        significance(g, graph, centralities, clusters, places, settings);
    List<CityMetrics> cities = cityMetrics(graph, centralities, clusters, places, tested);
    Geography geo = geography.join();
    return new NetworkAnalysis(
        run,
        summary(
            g,
            graph,
            centralities,
            clusters,
            settings,
            selection.backbone(),
            geo.links().zeroLength()),
        cities,
        cityExtraColumns,
        geo.links().metrics(),
        ClusterSummaries.of(
            cities,
            graph.partnershipEnds(),
            clusters.leiden().partition().clusterCount(),
            clusters.clusterEi()),
        geo.regions(),
        geo.mixing(),
        geo.distanceDecay(),
        tested.significance());
  }

  /** The links' lengths and regions, the region matrices, the mixing and the distance decay. */
  private record Geography(
      Links links,
      RegionMatrix regions,
      List<RegionalMixingSummary> mixing,
      DistanceDecayCurve distanceDecay) {}

  private static Geography geography(
      CompactGraph g,
      CityGraph graph,
      Places places,
      double[] disparity,
      AnalysisSettings settings) {
    return new Geography(
        linkMetrics(graph, places, disparity),
        RegionMatrices.of(places.regionOf(), graph.partnershipEnds()),
        List.of(
            RegionalPatterns.mixing("region", g, places.regionOf()),
            RegionalPatterns.mixing("subregion", g, places.subregionOf()),
            RegionalPatterns.mixing("country", g, places.countryOf())),
        RegionalPatterns.distanceDecay(g, places.lat(), places.lon(), settings.seed()));
  }

  /**
   * The tests of the headline figures; the brokers' resamples measure betweenness as {@link
   * #pathCentralities} did, in this JVM.
   */
  private static SignificanceTests.Outcome significance(
      CompactGraph g,
      CityGraph graph,
      Centralities c,
      Communities communities,
      Places places,
      AnalysisSettings settings) {
    double[] betweenness = new double[g.vertexCount()];
    Arrays.setAll(betweenness, c.paths()::betweenness);
    // On the weights scaled near 1, as the communities step clusters: every measure tested here
    // depends on weight ratios only, and the power-of-two scaling is exact.
    int unitExponent = g.unitExponent();
    CompactGraph unit = g.withWeightsScaled(unitExponent);
    return SignificanceTests.run(
        new SignificanceTests.Network(unit, graph.cities(), places.regionOf()),
        new SignificanceTests.Observed(
            communities.leiden().partition().modularity(), c.clustering(), betweenness),
        new SignificanceTests.Remeasure(
            leiden(settings, unit.edgeCount(), unitExponent),
            settings.startsFor(unit.edgeCount()),
            resampled -> {
              PathCentralities paths =
                  pathCentralities(resampled, graph, settings, MeasureEngine.local());
              double[] b = new double[resampled.vertexCount()];
              Arrays.setAll(b, paths::betweenness);
              return b;
            }),
        settings.significance(),
        settings.seed());
  }

  /** The per-city centralities and the components. */
  private record Centralities(
      GraphMeasures measured,
      PathCentralities paths,
      double[] eigenvector,
      int[] coreness,
      double[] clustering) {}

  private static Centralities centralities(
      CompactGraph g, CityGraph graph, AnalysisSettings settings, MeasureEngine engine) {
    // The ratio-only measures run on weights scaled near 1 (exactly, by a power of two), so that
    // every finite positive weight works; strength and path lengths keep the weights as given.
    int unitExponent = g.unitExponent();
    CompactGraph unit = g.withWeightsScaled(unitExponent);
    GraphMeasures measured = engine.measure(unit);
    if (unitExponent != 0) {
      measured =
          new GraphMeasures(
              measured.degree(), Degrees.strength(g), measured.pagerank(), measured.components());
    }
    return new Centralities(
        measured,
        pathCentralities(g, graph, settings, engine),
        EigenvectorCentrality.compute(unit),
        Coreness.compute(g),
        LocalClustering.compute(g));
  }

  /** Where each city lies: its M49 region, sub-region and country, and its coordinates. */
  private record Places(
      List<String> regionOf,
      List<String> subregionOf,
      List<String> countryOf,
      double[] lat,
      double[] lon) {}

  private static Places places(CityGraph graph) {
    CountryRegions m49 = CountryRegions.m49();
    int n = graph.cities().size();
    List<String> regionOf = new ArrayList<>(n);
    List<String> subregionOf = new ArrayList<>(n);
    List<String> countryOf = new ArrayList<>(n);
    for (City city : graph.cities()) {
      var region = m49.of(city.country());
      regionOf.add(region.map(CountryRegions.Region::region).orElse(""));
      subregionOf.add(region.map(CountryRegions.Region::subregion).orElse(""));
      countryOf.add(city.country());
    }
    return new Places(
        regionOf,
        subregionOf,
        countryOf,
        graph.cities().stream().mapToDouble(City::lat).toArray(),
        graph.cities().stream().mapToDouble(City::lon).toArray());
  }

  /**
   * The Leiden clusters, the cities' roles in them, the gravity clusters when asked for, and the
   * E–I index of each city and cluster.
   */
  private record Communities(
      LeidenRun leiden,
      List<CityRole> roles,
      Optional<Partition> spatial,
      List<EiIndex> cityEi,
      double[] clusterEi) {}

  private static Communities communities(
      CompactGraph g, Places places, List<City> cityList, AnalysisSettings settings) {
    int unitExponent = g.unitExponent();
    CompactGraph unit = g.withWeightsScaled(unitExponent);
    LeidenRun leiden = leiden(unit, unitExponent, settings);
    int[] clusterOf = leiden.partition().clusterOf();
    // Regions, not countries: nearly every twinning crosses a border, so a country E–I index would
    // be close to +1 for every city and tell nothing.
    return new Communities(
        leiden,
        CityRoles.of(unit, clusterOf),
        spatialClusters(unit, cityList, places.lat(), places.lon(), settings),
        EiIndex.perCity(unit, places.regionOf()),
        EiIndex.perGroup(unit, places.regionOf(), clusterOf).stream()
            .mapToDouble(EiIndex::value)
            .toArray());
  }

  private static List<CityMetrics> cityMetrics(
      CityGraph graph,
      Centralities c,
      Communities communities,
      Places places,
      SignificanceTests.Outcome tested) {
    int n = graph.cities().size();
    int[] clusterOf = communities.leiden().partition().clusterOf();
    double[] confidence = ClusterConfidence.of(clusterOf, communities.leiden().starts());
    int[] spatialOf = new int[n];
    Arrays.fill(spatialOf, CityMetrics.NOT_COMPUTED);
    communities.spatial().ifPresent(p -> System.arraycopy(p.clusterOf(), 0, spatialOf, 0, n));
    List<CityMetrics> cities = new ArrayList<>(n);
    for (int v = 0; v < n; v++) {
      CityRole role = communities.roles().get(v);
      cities.add(
          new CityMetrics(
              graph.cities().get(v),
              places.regionOf().get(v),
              places.subregionOf().get(v),
              c.measured().degree()[v],
              c.measured().strength()[v],
              c.paths().betweenness(v),
              c.paths().closeness(v),
              c.paths().harmonic(v),
              c.measured().pagerank()[v],
              c.eigenvector()[v],
              c.coreness()[v],
              c.clustering()[v],
              c.measured().components().componentOf(v),
              clusterOf[v],
              role.withinClusterZ(),
              role.participation(),
              role.role(),
              communities.cityEi().get(v).value(),
              spatialOf[v],
              tested.rankOf()[v],
              confidence[v]));
    }
    return cities;
  }

  /**
   * The links analysed, and each one's disparity-filter p-value: all links, or the backbone's when
   * the settings ask for one.
   */
  private record Selection(CityGraph graph, double[] disparity, Optional<Backbone> backbone) {}

  private static Selection select(CityGraph network, AnalysisSettings settings) {
    double[] disparity =
        DisparityFilter.pValues(
            network.cities().size(),
            network.partnershipEnds(),
            network.partnerships().stream().mapToDouble(Partnership::weight).toArray());
    if (settings.backbone().isEmpty()) {
      return new Selection(network, disparity, Optional.empty());
    }
    double alpha = settings.backbone().getAsDouble();
    boolean[] keep = new boolean[disparity.length];
    for (int e = 0; e < keep.length; e++) {
      keep[e] = disparity[e] < alpha;
    }
    CityGraph graph = CityGraphs.keeping(network, keep);
    return new Selection(
        graph,
        IntStream.range(0, keep.length)
            .filter(e -> keep[e])
            .mapToDouble(e -> disparity[e])
            .toArray(),
        Optional.of(
            new Backbone(
                alpha,
                graph.partnerships().size(),
                network.partnerships().size(),
                citiesWithLinks(graph),
                network.cities().size())));
  }

  /** Every link's metrics, and the links of (nearly) 0 km between two different cities. */
  private record Links(List<LinkMetrics> metrics, ZeroLengthLinks zeroLength) {}

  private static Links linkMetrics(CityGraph graph, Places places, double[] disparity) {
    List<LinkMetrics> links = new ArrayList<>(graph.partnerships().size());
    int zeroLength = 0;
    List<String> zeroLengthExamples = new ArrayList<>();
    for (int i = 0; i < graph.partnerships().size(); i++) {
      Partnership p = graph.partnerships().get(i);
      int[] ends = graph.partnershipEnds().get(i);
      City a = graph.cities().get(ends[0]);
      City b = graph.cities().get(ends[1]);
      String ra = places.regionOf().get(ends[0]);
      double km = Geodesics.lengthKm(a.lat(), a.lon(), b.lat(), b.lon());
      // Self-links are dropped when the graph is built, so the two ends are different cities.
      if (km <= ZeroLengthLinks.MAX_KM) {
        zeroLength++;
        if (zeroLengthExamples.size() < ZeroLengthLinks.EXAMPLES) {
          zeroLengthExamples.add(
              a.name() + " (" + a.country() + ") – " + b.name() + " (" + b.country() + ")");
        }
      }
      links.add(
          new LinkMetrics(
              p,
              km,
              a.country().equals(b.country()),
              sameRegion(ra, places.regionOf().get(ends[1])),
              disparity[i]));
    }
    return new Links(links, new ZeroLengthLinks(zeroLength, zeroLengthExamples));
  }

  private static NetworkSummary summary(
      CompactGraph g,
      CityGraph graph,
      Centralities c,
      Communities communities,
      AnalysisSettings settings,
      Optional<Backbone> backbone,
      ZeroLengthLinks zeroLength) {
    int n = g.vertexCount();
    int m = g.edgeCount();
    Components components = c.measured().components();
    LeidenRun leiden = communities.leiden();
    Partition partition = leiden.partition();
    Optional<Partition> spatial = communities.spatial();
    StartStability stability = leiden.stability();
    return new NetworkSummary(
        n,
        m,
        graph.linkRows(),
        components.count(),
        n == 0 ? 0 : components.size(0) / (double) n,
        n < 2 ? 0 : 2.0 * m / ((double) n * (n - 1)),
        n == 0 ? 0 : 2.0 * m / n,
        DegreeAssortativity.of(g),
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
            .map(
                p ->
                    PartitionSimilarity.normalizedMutualInformation(
                        partition.clusterOf(), p.clusterOf()))
            .orElse(Double.NaN),
        c.paths().method(),
        backbone,
        zeroLength);
  }

  /** Whether a partnership joins two cities of one known M49 region. */
  static boolean sameRegion(String regionA, String regionB) {
    return !regionA.isEmpty() && regionA.equals(regionB);
  }

  /** Each city's M49 region, "" when its country has none. */
  static List<String> regions(List<City> cities) {
    CountryRegions m49 = CountryRegions.m49();
    return cities.stream()
        .map(c -> m49.of(c.country()).map(CountryRegions.Region::region).orElse(""))
        .toList();
  }

  /** The Leiden clustering the settings ask for, on a network of {@code links} links. */
  static LeidenClustering leiden(AnalysisSettings settings, int links) {
    return leiden(settings, links, 0);
  }

  /**
   * The Leiden clustering the settings ask for, on a network of {@code links} links whose weights
   * are the input's times {@code 2^unitExponent}: the Constant Potts Model's {@code γ} is scaled
   * alike, so that it finds the same optimum.
   */
  static LeidenClustering leiden(AnalysisSettings settings, int links, int unitExponent) {
    boolean cpm = settings.quality() == AnalysisSettings.Quality.CPM;
    return LeidenClustering.of(
        settings.quality(),
        cpm
            ? Math.min(Double.MAX_VALUE, Math.scalb(settings.resolution(), unitExponent))
            : settings.resolution(),
        settings.seed(),
        settings.startsFor(links),
        links > AnalysisSettings.LARGE_NETWORK_LINKS
            ? LARGE_NETWORK_ITERATIONS
            : LeidenClustering.DEFAULT_MAX_ITERATIONS);
  }

  /**
   * Leiden on the graph whose weights are the input's times {@code 2^unitExponent}. Modularity
   * depends only on weight ratios; the Constant Potts Model weighs links against {@code γ} per
   * pair, so {@code γ} is scaled alike (the same optimum) and the score scaled back to the input's
   * weight unit.
   */
  private static LeidenRun leiden(CompactGraph unit, int unitExponent, AnalysisSettings settings) {
    boolean cpm = settings.quality() == AnalysisSettings.Quality.CPM;
    LeidenRun run = leiden(settings, unit.edgeCount(), unitExponent).run(unit);
    if (!cpm || unitExponent == 0) {
      return run;
    }
    return new LeidenRun(
        run.partition(),
        run.quality(),
        settings.resolution(),
        Math.scalb(run.score(), -unitExponent),
        run.stability(),
        run.starts());
  }

  /**
   * The clusters under the gravity null model of Expert et al. (2011), when {@code --null-model}
   * asks for them ({@code auto}: up to {@link #AUTO_GRAVITY_LIMIT} cities) and there are links.
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
   * Each city's population as its gravity mass. The pipeline has checked when reading the cities
   * that every one has a population: a guessed mass would bias the null model.
   */
  private static double[] populations(List<City> cities) {
    return cities.stream().mapToDouble(c -> c.population().orElseThrow()).toArray();
  }

  /** Cities with at least one partnership. */
  private static int citiesWithLinks(CityGraph graph) {
    boolean[] linked = new boolean[graph.cities().size()];
    graph.partnershipEnds().forEach(pair -> linked[pair[0]] = linked[pair[1]] = true);
    int count = 0;
    for (boolean l : linked) {
      count += l ? 1 : 0;
    }
    return count;
  }

  private static double zeroIfNaN(double value) {
    return Double.isNaN(value) ? 0 : value;
  }

  /**
   * Betweenness, closeness and harmonic over paths of hops (breadth-first), or of inverse weights
   * or kilometres (Dijkstra, always exact betweenness).
   */
  static PathCentralities pathCentralities(
      CompactGraph g, CityGraph graph, AnalysisSettings settings, MeasureEngine engine) {
    // The engines search hop paths; weighted path lengths are searched here, on this machine.
    return switch (settings.pathLength()) {
      case HOPS ->
          engine.hopPaths(
              g,
              settings.betweenness(),
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
