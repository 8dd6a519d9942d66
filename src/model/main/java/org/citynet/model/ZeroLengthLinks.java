package org.citynet.model;

import java.util.List;
import java.util.Locale;

/**
 * Links between two different cities that lie on one point: almost always a geocoding error (a city
 * placed at its namesake), so their length, map line and distance figures are wrong.
 *
 * @param count number of such links
 * @param examples the first {@link #EXAMPLES} of them in link order, as "Name (CC) – Name (CC)"
 */
public record ZeroLengthLinks(int count, List<String> examples) {
  /** Links at most this long (1 m) count as 0 km. */
  public static final double MAX_KM = 0.001;

  /** How many examples are kept. */
  public static final int EXAMPLES = 5;

  public ZeroLengthLinks {
    examples = List.copyOf(examples);
  }

  /** No such link. */
  public static ZeroLengthLinks none() {
    return new ZeroLengthLinks(0, List.of());
  }

  /**
   * The warning every output repeats, empty when there is no such link; with {@code --path-length
   * km} it says that these links are free hops.
   */
  public String warning(AnalysisSettings.PathLength pathLength) {
    if (count == 0) {
      return "";
    }
    String text =
        String.format(
            Locale.ROOT,
            "%,d link%s of 0 km between different cities (geocoding errors: two cities on one"
                + " point), e.g. %s; their length_km, map lines and distance figures are wrong",
            count,
            count == 1 ? "" : "s",
            String.join(", ", examples));
    if (pathLength == AnalysisSettings.PathLength.KM) {
      text +=
          "; with --path-length km each of them is a free hop (length 0) in betweenness,"
              + " closeness and harmonic";
    }
    return text;
  }
}
