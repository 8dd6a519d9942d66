package org.citynet.analysis;

import java.util.ArrayList;
import java.util.List;
import org.citynet.analysis.centrality.ApproximateBetweenness;
import org.citynet.analysis.centrality.BetweennessMode;
import org.citynet.analysis.centrality.Components;
import org.citynet.analysis.centrality.Coreness;
import org.citynet.analysis.centrality.EigenvectorCentrality;
import org.citynet.analysis.centrality.LocalClustering;
import org.citynet.analysis.centrality.PathCentralities;
import org.citynet.analysis.centrality.PathLengths;
import org.citynet.analysis.centrality.ShortestPathCentralities;
import org.citynet.analysis.centrality.WeightedShortestPathCentralities;
import org.citynet.analysis.community.LeidenClustering;
import org.citynet.analysis.community.Partition;
import org.citynet.analysis.regions.RegionMatrices;
import org.citynet.geo.Geodesics;
import org.citynet.graph.CityGraph;
import org.citynet.graph.CompactGraph;
import org.citynet.io.CountryRegions;
import org.citynet.model.AnalysisSettings;
import org.citynet.model.City;
import org.citynet.model.CityMetrics;
import org.citynet.model.Cluster;
import org.citynet.model.LinkMetrics;
import org.citynet.model.NetworkAnalysis;
import org.citynet.model.NetworkSummary;
import org.citynet.model.Partnership;
import org.citynet.model.RunInfo;

/**
 * Measures a city network: every per-city centrality, the components, the Leiden clusters, the
 * regions of cities and partnerships, and the geodesic length of each partnership.
 *
 * <p>The shortest-path measures run in one breadth-first pass per city over a compact snapshot of
 * the graph (O(n·m) time, O(n + m) memory per thread), unless the settings' {@code betweenness}
 * (or {@code auto} on a network too large for that) asks for sampled betweenness: see {@link
 * ShortestPathCentralities#of(CompactGraph, BetweennessMode, ApproximateBetweenness)}; what was
 * done is recorded in the summary's {@link org.citynet.model.BetweennessMethod}. The rest are O(m)
 * per iteration. The result is deterministic for a given seed.
 */
public final class NetworkAnalyzer {
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
    AnalysisSettings settings = run.settings();
    GraphMeasures measured =
        engine.measure(
            g,
            BetweennessMode.valueOf(settings.betweenness().name()),
            ApproximateBetweenness.of(settings.epsilon(), settings.delta(), settings.seed()));
    int[] degree = measured.degree();
    double[] strength = measured.strength();
    // The engines search hop paths; weighted path lengths are searched here, on this machine.
    PathCentralities paths =
        settings.pathLength() == AnalysisSettings.PathLength.HOPS
            ? measured.paths()
            : pathCentralities(g, graph, settings);
    double[] pagerank = measured.pagerank();
    double[] eigenvector = EigenvectorCentrality.compute(g);
    int[] coreness = Coreness.compute(g);
    double[] clustering = LocalClustering.compute(g);
    Components components = measured.components();
    Partition partition =
        LeidenClustering.of(
                settings.quality() == AnalysisSettings.Quality.CPM
                    ? LeidenClustering.Quality.CPM
                    : LeidenClustering.Quality.MODULARITY,
                settings.resolution(),
                settings.seed(),
                settings.starts(),
                LeidenClustering.DEFAULT_MAX_ITERATIONS)
            .cluster(g);

    CountryRegions m49 = CountryRegions.m49();
    List<CityMetrics> cities = new ArrayList<>(n);
    List<String> regionOf = new ArrayList<>(n);
    for (int v = 0; v < n; v++) {
      City city = graph.cities().get(v);
      var region = m49.of(city.country());
      String name = region.map(CountryRegions.Region::region).orElse("");
      regionOf.add(name);
      cities.add(
          new CityMetrics(
              city,
              name,
              region.map(CountryRegions.Region::subregion).orElse(""),
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
              partition.clusterOf(v)));
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
        ClusterSummaries.of(cities, graph.partnershipEnds(), partition.clusterCount());
    int m = g.edgeCount();
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
            Double.isNaN(partition.modularity()) ? 0 : partition.modularity(),
            paths.method());
    return new NetworkAnalysis(
        run,
        summary,
        cities,
        cityExtraColumns,
        links,
        clusters,
        RegionMatrices.of(regionOf, graph.partnershipEnds()));
  }

  /**
   * Betweenness, closeness and harmonic over paths of hops (breadth-first), or of inverse weights
   * or kilometres (Dijkstra, always exact betweenness).
   */
  private static PathCentralities pathCentralities(
      CompactGraph g, CityGraph graph, AnalysisSettings settings) {
    return switch (settings.pathLength()) {
      case HOPS ->
          ShortestPathCentralities.of(
              g,
              BetweennessMode.valueOf(settings.betweenness().name()),
              ApproximateBetweenness.of(settings.epsilon(), settings.delta(), settings.seed()));
      case INVERSE_WEIGHT ->
          WeightedShortestPathCentralities.of(g, PathLengths.inverseWeight(g));
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
