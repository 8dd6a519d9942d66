package org.citynet.analysis;

import org.citynet.analysis.centrality.ApproximateBetweenness;
import org.citynet.analysis.centrality.Components;
import org.citynet.analysis.centrality.Degrees;
import org.citynet.analysis.centrality.PageRank;
import org.citynet.analysis.centrality.ShortestPathCentralities;
import org.citynet.graph.CompactGraph;
import org.citynet.model.AnalysisSettings.Betweenness;

/**
 * The measures in this JVM: the {@code analysis.centrality} kernels, multi-threaded where useful.
 */
final class LocalEngine implements MeasureEngine {
  static final LocalEngine INSTANCE = new LocalEngine();

  private LocalEngine() {}

  @Override
  public String name() {
    return "local";
  }

  @Override
  public GraphMeasures measure(CompactGraph g) {
    return new GraphMeasures(
        Degrees.degree(g), Degrees.strength(g), PageRank.compute(g), Components.of(g));
  }

  @Override
  public ShortestPathCentralities hopPaths(
      CompactGraph g, Betweenness mode, ApproximateBetweenness approximation) {
    return ShortestPathCentralities.of(g, mode, approximation);
  }
}
