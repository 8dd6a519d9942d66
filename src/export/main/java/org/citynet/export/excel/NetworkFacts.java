package org.citynet.export.excel;

import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.citynet.export.schema.ClusterProfiles;
import org.citynet.model.CityMetrics;
import org.citynet.model.LinkMetrics;
import org.citynet.model.NetworkAnalysis;

/**
 * Figures derived once from an analysis and shared by the sheets and the findings.
 *
 * @param byBetweenness cities by betweenness, highest first (ties: more partners first, then input
 *     order), the order of the Cities sheet
 * @param byDegree cities by number of partners, most first (ties: higher betweenness first)
 * @param citiesById every city by its id
 * @param isolated cities without any partnership
 * @param linksWithinRegion partnerships whose two cities are in the same UN region
 * @param linksWithinCountry partnerships whose two cities are in the same country
 * @param medianKm median partnership length, NaN without partnerships
 * @param longest the longest partnership, if any
 * @param distanceCounts partnerships per {@link #DISTANCE_LABELS distance class}
 */
record NetworkFacts(
    List<CityMetrics> byBetweenness,
    List<CityMetrics> byDegree,
    Map<String, CityMetrics> citiesById,
    int isolated,
    int linksWithinRegion,
    int linksWithinCountry,
    double medianKm,
    Optional<LinkMetrics> longest,
    List<Integer> distanceCounts) {

  /** Upper bounds (exclusive) of the distance classes, in km; the last class is open. */
  static final double[] DISTANCE_BOUNDS = {100, 500, 1_000, 2_000, 5_000, 10_000};

  static final List<String> DISTANCE_LABELS =
      List.of(
          "under 100 km",
          "100–500 km",
          "500–1,000 km",
          "1,000–2,000 km",
          "2,000–5,000 km",
          "5,000–10,000 km",
          "10,000 km or more");

  NetworkFacts {
    byBetweenness = List.copyOf(byBetweenness);
    byDegree = List.copyOf(byDegree);
    citiesById = Map.copyOf(citiesById);
    distanceCounts = List.copyOf(distanceCounts);
  }

  /** Derives the facts. O(n log n + m log m). */
  static NetworkFacts of(NetworkAnalysis analysis) {
    List<CityMetrics> cities = analysis.cities();
    // List.sort is stable, so equal keys keep input order and reruns agree.
    List<CityMetrics> byBetweenness =
        cities.stream().sorted(ClusterProfiles.BROKERS_FIRST).toList();
    List<CityMetrics> byDegree =
        cities.stream()
            .sorted(
                Comparator.comparingInt(CityMetrics::degree)
                    .reversed()
                    .thenComparing(Comparator.comparingDouble(CityMetrics::betweenness).reversed()))
            .toList();
    Map<String, CityMetrics> byId = new HashMap<>();
    for (CityMetrics c : cities) {
      byId.put(c.city().id(), c);
    }
    int isolated = (int) cities.stream().filter(c -> c.degree() == 0).count();
    int withinRegion = 0;
    int withinCountry = 0;
    int[] distances = new int[DISTANCE_LABELS.size()];
    double[] lengths = new double[analysis.links().size()];
    LinkMetrics longest = null;
    for (int i = 0; i < lengths.length; i++) {
      LinkMetrics link = analysis.links().get(i);
      withinRegion += link.sameRegion() ? 1 : 0;
      withinCountry += link.sameCountry() ? 1 : 0;
      lengths[i] = link.lengthKm();
      distances[distanceClass(link.lengthKm())]++;
      if (longest == null || link.lengthKm() > longest.lengthKm()) {
        longest = link;
      }
    }
    return new NetworkFacts(
        byBetweenness,
        byDegree,
        byId,
        isolated,
        withinRegion,
        withinCountry,
        median(lengths),
        Optional.ofNullable(longest),
        Arrays.stream(distances).boxed().toList());
  }

  private static int distanceClass(double km) {
    int c = 0;
    while (c < DISTANCE_BOUNDS.length && km >= DISTANCE_BOUNDS[c]) {
      c++;
    }
    return c;
  }

  private static double median(double[] values) {
    if (values.length == 0) {
      return Double.NaN;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }
}
