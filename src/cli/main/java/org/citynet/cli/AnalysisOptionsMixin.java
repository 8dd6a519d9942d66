package org.citynet.cli;

import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.citynet.model.AnalysisSettings;
import org.citynet.model.AnalysisSettings.Betweenness;
import org.citynet.model.AnalysisSettings.Importance;
import org.citynet.model.AnalysisSettings.NullModel;
import org.citynet.model.AnalysisSettings.PathLength;
import org.citynet.model.AnalysisSettings.Quality;
import org.citynet.model.SignificanceSettings;
import picocli.CommandLine.Option;

/** The options that choose how the network is measured and clustered. */
final class AnalysisOptionsMixin {
  private static final AnalysisSettings DEFAULTS = AnalysisSettings.defaults();

  @Option(
      names = "--quality",
      paramLabel = "Q",
      description =
          "What Leiden maximises: ${COMPLETION-CANDIDATES}. modularity: Newman-Girvan; cpm:"
              + " Constant Potts Model, free of the resolution limit. Default: ${DEFAULT-VALUE}")
  Quality quality = DEFAULTS.quality();

  @Option(
      names = "--resolution",
      paramLabel = "GAMMA",
      description =
          "Leiden resolution: for modularity larger gives more, smaller clusters (1 = classic);"
              + " for cpm the least link weight per city pair inside a cluster. Default: 1.0")
  double resolution = DEFAULTS.resolution();

  @Option(
      names = "--starts",
      paramLabel = "N",
      description =
          "Random starts of the clustering; the best is kept. auto: 10, or 2 on networks of more"
              + " than a million links. Default: auto")
  String starts = "auto";

  @Option(
      names = "--seed",
      paramLabel = "N",
      description =
          "Random seed of the clustering and of sampled betweenness. Default: ${DEFAULT-VALUE}")
  long seed = DEFAULTS.seed();

  @Option(
      names = "--null-model",
      paramLabel = "MODEL",
      description =
          "${COMPLETION-CANDIDATES}. configuration: plain modularity clusters only; gravity: also"
              + " clusters net of distance (Expert et al. 2011) in the cluster_spatial column;"
              + " auto: gravity when the network is small enough. Default: ${DEFAULT-VALUE}")
  NullModel nullModel = DEFAULTS.nullModel();

  @Option(
      names = "--importance",
      paramLabel = "MASS",
      description =
          "City mass of the gravity null model: ${COMPLETION-CANDIDATES}."
              + " Default: ${DEFAULT-VALUE}")
  Importance importance = DEFAULTS.importance();

  @Option(
      names = "--path-length",
      paramLabel = "LENGTH",
      description =
          "Length of a partnership for betweenness, closeness and harmonic:"
              + " ${COMPLETION-CANDIDATES} (inverse-weight: Opsahl et al. 2010). Weighted lengths"
              + " always give exact betweenness (--betweenness approx samples hop paths only)."
              + " Default: ${DEFAULT-VALUE}")
  PathLength pathLength = DEFAULTS.pathLength();

  @Option(
      names = "--betweenness",
      paramLabel = "MODE",
      description =
          "${COMPLETION-CANDIDATES}. exact: Brandes; approx: sampled within --epsilon with"
              + " probability 1 - --delta (Riondato-Kornaropoulos 2016); auto: exact unless too"
              + " slow. When sampling on a network too large for exact searches, closeness and"
              + " harmonic are left blank. Default: ${DEFAULT-VALUE}")
  Betweenness betweenness = DEFAULTS.betweenness();

  @Option(
      names = "--epsilon",
      paramLabel = "E",
      description = "Largest error of sampled betweenness. Default: ${DEFAULT-VALUE}")
  double epsilon = DEFAULTS.epsilon();

  @Option(
      names = "--delta",
      paramLabel = "D",
      description =
          "Probability that sampled betweenness misses --epsilon. Default: ${DEFAULT-VALUE}")
  double delta = DEFAULTS.delta();

  @Option(
      names = "--backbone",
      paramLabel = "ALPHA",
      description =
          "Analyse only the backbone: the links whose disparity_p (disparity filter, Serrano,"
              + " Boguna and Vespignani 2009) is below ALPHA, a number between 0 and 1 such as"
              + " 0.05. Cities left without a link stay as isolates. Default: the whole network")
  String backbone;

  @Option(
      names = "--permutations",
      paramLabel = "N",
      description =
          "Shuffles of the regions among the cities in the E-I permutation test (0: no test)."
              + " Default: ${DEFAULT-VALUE}")
  int permutations = DEFAULTS.significance().permutations();

  @Option(
      names = "--null-networks",
      paramLabel = "N",
      description =
          "Degree-preserving rewired networks the modularity and clustering are compared with"
              + " (0: none). auto: as many as about 4 s of CPU buy, 3 to 20; none where 3 would"
              + " take over 2 minutes (docs/measures.md). Default: auto")
  String nullNetworks = "auto";

  @Option(
      names = "--resamples",
      paramLabel = "N",
      description =
          "Networks with 10%% of the links left out, for the top brokers' rank intervals (0:"
              + " none). auto: as many as about 1 s of CPU buys, 10 to 100; none where 10 would"
              + " take over 2 minutes (docs/measures.md). Default: auto")
  String resamples = "auto";

  /**
   * The settings the options ask for.
   *
   * @throws IllegalArgumentException naming the option whose value is not allowed
   */
  AnalysisSettings settings() {
    if (!(resolution > 0) || Double.isInfinite(resolution)) {
      throw new IllegalArgumentException(
          "--resolution must be a positive number, got " + resolution);
    }
    int startCount = count("--starts", starts, 1, OptionalInt.of(AnalysisSettings.AUTO_STARTS));
    if (!(epsilon > 0 && epsilon < 1)) {
      throw new IllegalArgumentException("--epsilon must be between 0 and 1, got " + epsilon);
    }
    if (!(delta > 0 && delta < 1)) {
      throw new IllegalArgumentException("--delta must be between 0 and 1, got " + delta);
    }
    OptionalInt sampledByNetworkSize = OptionalInt.of(SignificanceSettings.AUTO);
    return new AnalysisSettings(
        quality,
        resolution,
        startCount,
        seed,
        nullModel,
        importance,
        pathLength,
        betweenness,
        epsilon,
        delta,
        backbone(),
        new SignificanceSettings(
            count("--permutations", Integer.toString(permutations), 0, OptionalInt.empty()),
            count("--null-networks", nullNetworks, 0, sampledByNetworkSize),
            count("--resamples", resamples, 0, sampledByNetworkSize)));
  }

  /** {@code --backbone}: a level strictly between 0 and 1, or empty when not given. */
  private OptionalDouble backbone() {
    if (backbone == null) {
      return OptionalDouble.empty();
    }
    try {
      double alpha = Double.parseDouble(backbone.trim());
      if (alpha > 0 && alpha < 1) {
        return OptionalDouble.of(alpha);
      }
    } catch (NumberFormatException e) {
      // reported below with the allowed values
    }
    throw new IllegalArgumentException(
        "--backbone must be a number between 0 and 1 (exclusive), such as 0.05; got '"
            + backbone
            + "'");
  }

  /**
   * A whole number of at least {@code least}, or {@code auto} (returned as {@code auto}'s value)
   * where {@code auto} is present.
   */
  private static int count(String option, String value, int least, OptionalInt auto) {
    if (auto.isPresent() && value.equalsIgnoreCase("auto")) {
      return auto.getAsInt();
    }
    try {
      int count = Integer.parseInt(value.trim());
      if (count >= least) {
        return count;
      }
    } catch (NumberFormatException e) {
      // reported below with the allowed values
    }
    throw new IllegalArgumentException(
        option
            + " must be "
            + (auto.isPresent() ? "auto or " : "")
            + "a whole number of at least "
            + least
            + ", got '"
            + value
            + "'");
  }
}
