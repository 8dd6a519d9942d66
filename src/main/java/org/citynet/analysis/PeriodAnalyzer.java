package org.citynet.analysis;

import java.util.ArrayList;
import java.util.List;
import org.citynet.analysis.centrality.Components;
import org.citynet.analysis.centrality.Degrees;
import org.citynet.analysis.centrality.PathCentralities;
import org.citynet.analysis.community.ClusterTracking;
import org.citynet.analysis.community.Partition;
import org.citynet.graph.CityGraph;
import org.citynet.graph.CompactGraph;
import org.citynet.graph.Snapshots;
import org.citynet.model.AnalysisSettings;
import org.citynet.model.ClusterEvent;
import org.citynet.model.PeriodAnalysis;
import org.citynet.model.PeriodCity;
import org.citynet.model.Periods;
import org.citynet.model.TimeAnalysis;
import org.citynet.model.YearSpan;

/**
 * Measures a network over time: each period's snapshot with the measures of the whole network
 * (degree, strength, betweenness by the run's path length, Leiden clusters with the run's quality,
 * resolution and seed, components, modularity) and the share of links within one M49 region, then
 * the clusters tracked from period to period ({@link ClusterTracking}).
 *
 * <p>Snapshots are independent and measured in parallel on the common pool; each costs what its
 * network costs in {@link NetworkAnalyzer} for these measures (O(n·m) for betweenness). The result
 * is deterministic for a given seed.
 */
public final class PeriodAnalyzer {
  private PeriodAnalyzer() {}

  /**
   * Measures every period's snapshot and tracks the clusters through them.
   *
   * @throws IllegalArgumentException when the periods cannot be made for the input's years (see
   *     {@link Periods#within})
   */
  public static TimeAnalysis analyze(
      Snapshots snapshots, Periods periods, AnalysisSettings settings, double jaccardThreshold) {
    List<YearSpan> spans = periods.within(snapshots.years());
    List<PeriodAnalysis> measured =
        spans.parallelStream().map(p -> measure(p, snapshots.in(p), settings)).toList();
    List<ClusterEvent> events = ClusterTracking.of(jaccardThreshold).events(measured);
    return new TimeAnalysis(
        measured,
        events,
        ClusterTracking.lineages(measured, events),
        jaccardThreshold,
        java.util.Optional.of(snapshots.years()));
  }

  /** One snapshot's measures. */
  static PeriodAnalysis measure(YearSpan period, CityGraph graph, AnalysisSettings settings) {
    CompactGraph g = graph.compact();
    int n = g.vertexCount();
    int m = g.edgeCount();
    int[] degree = Degrees.degree(g);
    double[] strength = Degrees.strength(g);
    PathCentralities paths =
        NetworkAnalyzer.pathCentralities(g, graph, settings, MeasureEngine.local());
    Components components = Components.of(g);
    Partition partition = NetworkAnalyzer.leiden(settings, m).run(g).partition();
    List<String> regionOf = NetworkAnalyzer.regions(graph.cities());
    int same = 0;
    for (int[] ends : graph.partnershipEnds()) {
      if (NetworkAnalyzer.sameRegion(regionOf.get(ends[0]), regionOf.get(ends[1]))) {
        same++;
      }
    }
    List<PeriodCity> members = new ArrayList<>(n);
    for (int v = 0; v < n; v++) {
      members.add(
          new PeriodCity(
              graph.cities().get(v).id(),
              degree[v],
              strength[v],
              paths.betweenness(v),
              partition.clusterOf(v)));
    }
    return new PeriodAnalysis(
        period,
        n,
        m,
        components.count(),
        n == 0 ? 0 : components.size(0) / (double) n,
        partition.clusterCount(),
        Double.isNaN(partition.modularity()) ? 0 : partition.modularity(),
        m == 0 ? Double.NaN : same / (double) m,
        members);
  }
}
