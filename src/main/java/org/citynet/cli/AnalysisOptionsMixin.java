package org.citynet.cli;

import java.util.Arrays;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
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
          "What Leiden maximises: modularity (Newman-Girvan) or cpm (Constant Potts Model, free of"
              + " the resolution limit). Default: modularity")
  String quality = AnalysisSettings.name(DEFAULTS.quality());

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
          "configuration: plain modularity clusters only; gravity: also clusters net of distance"
              + " (Expert et al. 2011) in the cluster_spatial column; auto: gravity when the"
              + " network is small enough. Default: auto")
  String nullModel = AnalysisSettings.name(DEFAULTS.nullModel());

  @Option(
      names = "--importance",
      paramLabel = "MASS",
      description =
          "City mass of the gravity null model: strength or population. Default: strength")
  String importance = AnalysisSettings.name(DEFAULTS.importance());

  @Option(
      names = "--path-length",
      paramLabel = "LENGTH",
      description =
          "Length of a partnership for betweenness, closeness and harmonic: hops,"
              + " inverse-weight (Opsahl et al. 2010) or km. Weighted lengths always give exact"
              + " betweenness (--betweenness approx samples hop paths only). Default: hops")
  String pathLength = AnalysisSettings.name(DEFAULTS.pathLength());

  @Option(
      names = "--betweenness",
      paramLabel = "MODE",
      description =
          "exact (Brandes), approx (sampled within --epsilon with probability 1 - --delta;"
              + " Riondato-Kornaropoulos 2016) or auto (exact unless too slow). When sampling on a"
              + " network too large for exact searches, closeness and harmonic are left blank."
              + " Default: auto")
  String betweenness = AnalysisSettings.name(DEFAULTS.betweenness());

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
    int startCount = startCount();
    if (!(epsilon > 0 && epsilon < 1)) {
      throw new IllegalArgumentException("--epsilon must be between 0 and 1, got " + epsilon);
    }
    if (!(delta > 0 && delta < 1)) {
      throw new IllegalArgumentException("--delta must be between 0 and 1, got " + delta);
    }
    return new AnalysisSettings(
        choice("--quality", quality, Quality.class),
        resolution,
        startCount,
        seed,
        choice("--null-model", nullModel, NullModel.class),
        choice("--importance", importance, Importance.class),
        choice("--path-length", pathLength, PathLength.class),
        choice("--betweenness", betweenness, Betweenness.class),
        epsilon,
        delta,
        backbone(),
        new SignificanceSettings(
            count("--permutations", Integer.toString(permutations), false),
            count("--null-networks", nullNetworks, true),
            count("--resamples", resamples, true)));
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

  /** A sample count ≥ 0, or auto where {@code autoAllowed}. */
  private static int count(String option, String value, boolean autoAllowed) {
    if (autoAllowed && value.equalsIgnoreCase("auto")) {
      return SignificanceSettings.AUTO;
    }
    try {
      int count = Integer.parseInt(value.trim());
      if (count >= 0) {
        return count;
      }
    } catch (NumberFormatException e) {
      // reported below with the allowed values
    }
    throw new IllegalArgumentException(
        option
            + " must be "
            + (autoAllowed ? "auto or " : "")
            + "a whole number of at least 0, got '"
            + value
            + "'");
  }

  /** {@code --starts}: a positive count, or auto. */
  private int startCount() {
    if (starts.equalsIgnoreCase("auto")) {
      return AnalysisSettings.AUTO_STARTS;
    }
    try {
      int count = Integer.parseInt(starts.trim());
      if (count >= 1) {
        return count;
      }
    } catch (NumberFormatException e) {
      // reported below with the allowed values
    }
    throw new IllegalArgumentException(
        "--starts must be auto or a whole number of at least 1, got '" + starts + "'");
  }

  /** The choice spelled {@code value} (case-insensitive, {@code -} or {@code _}). */
  static <E extends Enum<E>> E choice(String option, String value, Class<E> type) {
    for (E candidate : type.getEnumConstants()) {
      if (AnalysisSettings.name(candidate).equalsIgnoreCase(value.replace('_', '-'))) {
        return candidate;
      }
    }
    throw new IllegalArgumentException(
        option
            + " must be one of "
            + Arrays.stream(type.getEnumConstants())
                .map(AnalysisSettings::name)
                .collect(Collectors.joining(", "))
            + "; got '"
            + value
            + "'");
  }
}
