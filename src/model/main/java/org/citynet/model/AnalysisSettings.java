package org.citynet.model;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * How the network is measured and clustered: every analysis choice a user can make, echoed in every
 * output's provenance so that a run can be repeated exactly.
 *
 * @param quality the function the Leiden clustering maximises
 * @param resolution Leiden resolution γ (1 = classic modularity; for CPM a density threshold)
 * @param starts random starts of the clustering, the best of which is kept; {@link #AUTO_STARTS}
 *     for {@link #startsFor}'s choice by size
 * @param seed seed of every random choice (clustering starts, betweenness sampling)
 * @param nullModel whether communities net of geography are also found
 * @param importance the city mass N_i of the gravity null model
 * @param pathLength what the length of a partnership is for betweenness and closeness
 * @param betweenness exact or sampled betweenness
 * @param epsilon largest absolute error of sampled betweenness
 * @param delta probability that sampled betweenness misses {@code epsilon}
 * @param backbone the disparity-filter level α when only the backbone is analysed ({@code
 *     --backbone}): the links with {@code disparity_p} &lt; α; empty for the whole network
 * @param significance the sample counts of the significance and robustness tests
 */
public record AnalysisSettings(
    Quality quality,
    double resolution,
    int starts,
    long seed,
    NullModel nullModel,
    Importance importance,
    PathLength pathLength,
    Betweenness betweenness,
    double epsilon,
    double delta,
    OptionalDouble backbone,
    SignificanceSettings significance) {

  /** {@code starts} value that lets the size of the network choose ({@code --starts auto}). */
  public static final int AUTO_STARTS = 0;

  /**
   * Links above which {@code --starts auto} runs {@value #LARGE_NETWORK_STARTS} starts instead of
   * {@value #DEFAULT_STARTS}: a Leiden start on five million links takes minutes of CPU, and the
   * best of two starts already differs little from the best of ten at that size.
   */
  public static final long LARGE_NETWORK_LINKS = 1_000_000;

  /** Random starts of {@code --starts auto} up to {@link #LARGE_NETWORK_LINKS}. */
  public static final int DEFAULT_STARTS = 10;

  /** Random starts of {@code --starts auto} beyond {@link #LARGE_NETWORK_LINKS}. */
  public static final int LARGE_NETWORK_STARTS = 2;

  /** The function the Leiden clustering maximises ({@code --quality}). */
  public enum Quality {
    /**
     * Newman-Girvan modularity with resolution γ (1 = classic); prone to the resolution limit:
     * clusters smaller than about √(2m) may be merged.
     */
    MODULARITY,
    /**
     * The Constant Potts Model (Traag, Van Dooren and Nesterov 2011): the edge weight inside
     * clusters minus γ per pair of cities in a cluster. γ is a density threshold, in edge-weight
     * units per city pair: every cluster is denser than γ inside, and every two clusters are
     * sparser than γ between. Free of the resolution limit.
     */
    CPM;

    /** The command-line spelling, as {@code --quality} takes it and the provenance lists it. */
    @Override
    public String toString() {
      return AnalysisSettings.name(this);
    }
  }

  /** Communities net of geography ({@code --null-model}). */
  public enum NullModel {
    /** Only the configuration-model (plain modularity) clusters. */
    CONFIGURATION,
    /** Also the clusters under the gravity null model (Expert et al. 2011). */
    GRAVITY,
    /** Gravity clusters when the network is small enough for its O(n²) passes. */
    AUTO;

    /** The command-line spelling, as {@code --null-model} takes it and the provenance lists it. */
    @Override
    public String toString() {
      return AnalysisSettings.name(this);
    }
  }

  /** The city mass of the gravity null model ({@code --importance}). */
  public enum Importance {
    /** Sum of the city's link weights. */
    STRENGTH,
    /** The {@code population} column. */
    POPULATION;

    /** The command-line spelling, as {@code --importance} takes it and the provenance lists it. */
    @Override
    public String toString() {
      return AnalysisSettings.name(this);
    }
  }

  /** The length of a partnership for shortest paths ({@code --path-length}). */
  public enum PathLength {
    /** Every partnership has length 1. */
    HOPS,
    /** Length 1 / weight: stronger ties are shorter (Opsahl, Agneessens and Skvoretz 2010). */
    INVERSE_WEIGHT,
    /** The geodesic length in kilometres. */
    KM;

    /** The command-line spelling, as {@code --path-length} takes it and the provenance lists it. */
    @Override
    public String toString() {
      return AnalysisSettings.name(this);
    }
  }

  /** How betweenness is computed ({@code --betweenness}). */
  public enum Betweenness {
    /** Brandes' exact algorithm. */
    EXACT,
    /** Riondato-Kornaropoulos sampling within ε with probability 1 − δ. */
    APPROX,
    /** Exact unless the network is too large for it. */
    AUTO;

    /** The command-line spelling, as {@code --betweenness} takes it and the provenance lists it. */
    @Override
    public String toString() {
      return AnalysisSettings.name(this);
    }
  }

  public AnalysisSettings {
    Objects.requireNonNull(quality, "quality");
    Objects.requireNonNull(nullModel, "nullModel");
    Objects.requireNonNull(importance, "importance");
    Objects.requireNonNull(pathLength, "pathLength");
    Objects.requireNonNull(betweenness, "betweenness");
    Objects.requireNonNull(significance, "significance");
    if (!(resolution >= 0) || Double.isInfinite(resolution)) {
      throw new IllegalArgumentException("resolution must be finite and >= 0: " + resolution);
    }
    if (starts < 0) {
      throw new IllegalArgumentException("starts must be >= 1, or 0 for auto: " + starts);
    }
    if (!(epsilon > 0 && epsilon < 1)) {
      throw new IllegalArgumentException("epsilon must be in (0, 1): " + epsilon);
    }
    if (!(delta > 0 && delta < 1)) {
      throw new IllegalArgumentException("delta must be in (0, 1): " + delta);
    }
    Objects.requireNonNull(backbone, "backbone");
    if (backbone.isPresent() && !(backbone.getAsDouble() > 0 && backbone.getAsDouble() < 1)) {
      throw new IllegalArgumentException("backbone must be in (0, 1): " + backbone);
    }
  }

  /**
   * The defaults of the command line: modularity, resolution 1, starts by size, seed 42, gravity
   * clusters when affordable, strength as importance, hop paths, exact betweenness when affordable,
   * ε = 0.01, δ = 0.1, the whole network (no backbone), 1,000 permutations, null networks and
   * resamples by size.
   */
  public static AnalysisSettings defaults() {
    return new AnalysisSettings(
        Quality.MODULARITY,
        1.0,
        AUTO_STARTS,
        42,
        NullModel.AUTO,
        Importance.STRENGTH,
        PathLength.HOPS,
        Betweenness.AUTO,
        0.01,
        0.1,
        OptionalDouble.empty(),
        SignificanceSettings.defaults());
  }

  /** The random starts to run on a network of {@code links} links. */
  public int startsFor(long links) {
    if (starts != AUTO_STARTS) {
      return starts;
    }
    return links > LARGE_NETWORK_LINKS ? LARGE_NETWORK_STARTS : DEFAULT_STARTS;
  }

  /**
   * The settings as provenance lines, in a fixed order, named like the command-line options that
   * set them: {@code quality → modularity}, {@code seed → 42}, ...
   */
  public Map<String, String> asOptions() {
    Map<String, String> options = new LinkedHashMap<>();
    options.put("quality", name(quality));
    options.put("resolution", Double.toString(resolution));
    options.put("starts", starts == AUTO_STARTS ? "auto" : Integer.toString(starts));
    options.put("seed", Long.toString(seed));
    options.put("null-model", name(nullModel));
    options.put("importance", name(importance));
    options.put("path-length", name(pathLength));
    options.put("betweenness", name(betweenness));
    options.put("epsilon", Double.toString(epsilon));
    options.put("delta", Double.toString(delta));
    backbone.ifPresent(alpha -> options.put("backbone", Double.toString(alpha)));
    options.put("permutations", SignificanceSettings.spelled(significance.permutations()));
    options.put("null-networks", SignificanceSettings.spelled(significance.nullNetworks()));
    options.put("resamples", SignificanceSettings.spelled(significance.resamples()));
    return options;
  }

  /** The command-line spelling of a choice: {@code INVERSE_WEIGHT → inverse-weight}. */
  public static String name(Enum<?> choice) {
    return choice.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
