package org.citynet.analysis.centrality;

import org.citynet.graph.CompactGraph;

/**
 * How betweenness is computed (the command line's {@code --betweenness exact|approx|auto}): exactly
 * by {@link ShortestPathCentralities}, estimated by {@link ApproximateBetweenness}, or chosen per
 * graph by {@link #resolve}.
 */
public enum BetweennessMode {
  /** Brandes' exact algorithm on the peeled core. */
  EXACT,
  /** Riondato-Kornaropoulos sampling within ε with probability 1 − δ. */
  APPROX,
  /** Exact unless its estimated work exceeds {@link #EXACT_WORK_LIMIT} and sampling is cheaper. */
  AUTO;

  /**
   * Most arc visits {@code AUTO} still spends on exact betweenness: one search per core vertex over
   * every core arc, {@code k · 2m_k}. Measured with {@code citynet bench} on a 2-core AMD EPYC
   * shared with other jobs, the exact kernel spends about 20 ns of CPU per arc visit (4.6 s for the
   * 2.1·10^8 of twin-cities-world, 47 s for the 2.3·10^9 of a 20,000 × 60,000 random graph), so
   * this limit is about 200 CPU seconds, under two minutes on two free cores: the longest wait that
   * still feels like a batch run of a few minutes. At the default ε = 0.01 the sampler draws about
   * 40,000 paths, so it only wins on cores of more vertices than that.
   */
  public static final double EXACT_WORK_LIMIT = 1e10;

  /**
   * The mode to use on {@code g}: this one, or for {@code AUTO} exact when the exact work is at
   * most {@link #EXACT_WORK_LIMIT} or not more than the sampler's ({@code r · 2m} arc visits for
   * {@code r} samples), approximate otherwise. O(n + m).
   */
  public BetweennessMode resolve(CompactGraph g, ApproximateBetweenness approximation) {
    if (this != AUTO) {
      return this;
    }
    double exact = exactWork(g);
    double sampled = (double) approximation.sampleSize(g) * 2 * g.edgeCount();
    return exact <= EXACT_WORK_LIMIT || exact <= sampled ? EXACT : APPROX;
  }

  /** Arc visits of the exact kernel on {@code g}: core vertices times core arcs. */
  public static double exactWork(CompactGraph g) {
    PendantTrees trees = PendantTrees.of(g);
    long coreVertices = 0;
    long coreArcs = 0;
    for (int v = 0; v < g.vertexCount(); v++) {
      if (trees.inCore[v]) {
        coreVertices++;
        for (int slot = g.firstSlot(v); slot < g.endSlot(v); slot++) {
          coreArcs += trees.inCore[g.neighbour(slot)] ? 1 : 0;
        }
      }
    }
    return (double) coreVertices * coreArcs;
  }
}
