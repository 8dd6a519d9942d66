package org.citynet.export.excel;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.citynet.model.CityMetrics;
import org.citynet.model.LinkMetrics;
import org.citynet.model.NetworkAnalysis;

/**
 * What a programme manager needs to act on a cluster: who is in it, where they are, and which
 * members partner with cities of other clusters (the doors into other groups).
 *
 * <p>Computed in one pass over the cities and one over the partnerships, then a sort per cluster:
 * O(n log n + m). Every order is fixed (ties by the Cities sheet's order, then by name or number),
 * so reruns agree.
 */
final class ClusterProfiles {
  /** Region name used for cities whose country has no known UN region. */
  static final String UNKNOWN_REGION = "Unknown";

  private ClusterProfiles() {}

  /**
   * One cluster's profile.
   *
   * @param cluster the cluster number
   * @param members its cities in the Cities sheet's order (by betweenness, highest first)
   * @param regions number of members per UN region, most first (ties alphabetical)
   * @param bridges members with partnerships into other clusters, most such partnerships first
   */
  record Profile(
      int cluster, List<CityMetrics> members, Map<String, Integer> regions, List<Bridge> bridges) {
    Profile {
      members = List.copyOf(members);
      regions = Collections.unmodifiableMap(new LinkedHashMap<>(regions));
      bridges = List.copyOf(bridges);
    }
  }

  /**
   * A member with partners in other clusters.
   *
   * @param city the member
   * @param links its partnerships with cities of other clusters
   * @param clusters the other clusters those partners belong to, ascending
   */
  record Bridge(CityMetrics city, int links, SortedSet<Integer> clusters) {
    Bridge {
      clusters = Collections.unmodifiableSortedSet(new TreeSet<>(clusters));
    }
  }

  /** The profile of every cluster that has a member, by cluster number. */
  static Map<Integer, Profile> of(NetworkAnalysis analysis, NetworkFacts facts) {
    Map<Integer, List<CityMetrics>> members = new TreeMap<>();
    for (CityMetrics city : facts.byBetweenness()) {
      members.computeIfAbsent(city.cluster(), c -> new ArrayList<>()).add(city);
    }
    Map<String, Integer> outsideLinks = new HashMap<>();
    Map<String, SortedSet<Integer>> reached = new HashMap<>();
    for (LinkMetrics link : analysis.links()) {
      CityMetrics a = facts.citiesById().get(link.partnership().source());
      CityMetrics b = facts.citiesById().get(link.partnership().target());
      if (a != null && b != null && a.cluster() != b.cluster()) {
        for (CityMetrics[] pair : new CityMetrics[][] {{a, b}, {b, a}}) {
          String id = pair[0].city().id();
          outsideLinks.merge(id, 1, Integer::sum);
          reached.computeIfAbsent(id, c -> new TreeSet<>()).add(pair[1].cluster());
        }
      }
    }
    Map<Integer, Profile> profiles = new TreeMap<>();
    members.forEach(
        (cluster, cities) -> {
          List<Bridge> bridges =
              cities.stream()
                  .filter(c -> outsideLinks.containsKey(c.city().id()))
                  .map(
                      c ->
                          new Bridge(
                              c, outsideLinks.get(c.city().id()), reached.get(c.city().id())))
                  // Stable sort: ties keep the Cities sheet's order.
                  .sorted(Comparator.comparingInt(Bridge::links).reversed())
                  .toList();
          profiles.put(cluster, new Profile(cluster, cities, regionCounts(cities), bridges));
        });
    return profiles;
  }

  private static Map<String, Integer> regionCounts(List<CityMetrics> cities) {
    Map<String, Integer> counts = new TreeMap<>();
    for (CityMetrics city : cities) {
      counts.merge(city.region().isEmpty() ? UNKNOWN_REGION : city.region(), 1, Integer::sum);
    }
    Map<String, Integer> ordered = new LinkedHashMap<>();
    // Stable sort: equal counts keep the TreeMap's alphabetical order.
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEach(e -> ordered.put(e.getKey(), e.getValue()));
    return ordered;
  }
}
