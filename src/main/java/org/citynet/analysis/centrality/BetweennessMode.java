package org.citynet.analysis.centrality;

import org.citynet.graph.CompactGraph;

/**
 * How betweenness is computed (the command line's {@code --betweenness exact|approx|auto}):
 * exactly by {@link ShortestPathCentralities}, estimated by {@link ApproximateBetweenness}, or
 * chosen per graph by {@link #resolve}.
 */
public enum BetweennessMode {
  /** Brandes' exact algorithm on the peeled core. */
  EXACT,
  /** Riondato-Kornaropoulos sampling within ε with probability 1 − δ. */
  APPROX,
  /** Exact unless its estimated work exceeds {@link #EXACT_WORK_LIMIT} and sampling is cheaper. */
  AUTO;

  /**
   * Most arc visits {@code AUTO} still spends on exact betweenness: one search per core vertex
   * over every core arc, {@code k · 2m_k}. Measured on a 2-core AMD EPYC shared with other jobs
   * (see {@code bench/run.sh}), the exact kernel needs 10–17 ns per arc visit and thread, so this
   * limit is about one to two minutes of wall time on two cores; beyond it a run stops being
   * interactive, and sampling starts to pay for graphs of a few hundred thousand vertices.
   */
  public static final double EXACT_WORK_LIMIT = 1.5e10;

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
  static double exactWork(CompactGraph g) {
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
