package org.citynet.export.schema;

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
import java.util.stream.Collectors;
import org.citynet.model.CityMetrics;
import org.citynet.model.LinkMetrics;
import org.citynet.model.NetworkAnalysis;

/**
 * What a programme manager needs to act on a cluster: who is in it, where they are, and which
 * members partner with cities of other clusters (the doors into other groups), as the Clusters
 * table's {@code regions}, {@code members} and {@code bridge_cities} texts.
 *
 * <p>Computed in one pass over the cities and one over the partnerships, then a sort per cluster:
 * O(n log n + m). Every order is fixed (ties by the Cities sheet's order, then by name or number),
 * so reruns agree.
 */
public final class ClusterProfiles {
  /** Region name used for cities whose country has no known UN region. */
  static final String UNKNOWN_REGION = "Unknown";

  /** Members named per cluster before "and N more". */
  public static final int MEMBERS = 10;

  /** Bridge cities named per cluster. */
  public static final int BRIDGES = 5;

  /**
   * The order of the workbook's Cities sheet and of a cluster's members: by betweenness, highest
   * first; ties by more partners first, then input order (sorts with it are stable).
   */
  public static final Comparator<CityMetrics> BROKERS_FIRST =
      Comparator.comparingDouble(CityMetrics::betweenness)
          .reversed()
          .thenComparing(Comparator.comparingInt(CityMetrics::degree).reversed());

  private ClusterProfiles() {}

  /**
   * One cluster's profile.
   *
   * @param cluster the cluster number
   * @param members its cities in the Cities sheet's order (by betweenness, highest first)
   * @param regions number of members per UN region, most first (ties alphabetical)
   * @param bridges members with partnerships into other clusters, most such partnerships first
   */
  public record Profile(
      int cluster, List<CityMetrics> members, Map<String, Integer> regions, List<Bridge> bridges) {
    public Profile {
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
  public record Bridge(CityMetrics city, int links, SortedSet<Integer> clusters) {
    public Bridge {
      clusters = Collections.unmodifiableSortedSet(new TreeSet<>(clusters));
    }
  }

  /** The profile of every cluster that has a member, by cluster number. */
  public static Map<Integer, Profile> of(NetworkAnalysis analysis) {
    Map<String, CityMetrics> byId = new HashMap<>();
    analysis.cities().forEach(c -> byId.put(c.city().id(), c));
    Map<Integer, List<CityMetrics>> members = new TreeMap<>();
    for (CityMetrics city : analysis.cities().stream().sorted(BROKERS_FIRST).toList()) {
      members.computeIfAbsent(city.cluster(), c -> new ArrayList<>()).add(city);
    }
    Map<String, Integer> outsideLinks = new HashMap<>();
    Map<String, SortedSet<Integer>> reached = new HashMap<>();
    for (LinkMetrics link : analysis.links()) {
      CityMetrics a = byId.get(link.partnership().source());
      CityMetrics b = byId.get(link.partnership().target());
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

  /** "Europe 41, Asia 3"; null for no profile. */
  public static String regions(Profile profile) {
    if (profile == null) {
      return null;
    }
    return profile.regions().entrySet().stream()
        .map(e -> e.getKey() + " " + count(e.getValue()))
        .collect(Collectors.joining(", "));
  }

  /** "Lyon (FR), Turin (IT), … and 31 more", leading members first; null for no profile. */
  public static String members(Profile profile) {
    if (profile == null) {
      return null;
    }
    List<CityMetrics> members = profile.members();
    String named =
        members.stream()
            .limit(MEMBERS)
            .map(ClusterProfiles::city)
            .collect(Collectors.joining(", "));
    int more = members.size() - MEMBERS;
    return more > 0 ? named + " and " + count(more) + " more" : named;
  }

  /**
   * One line per bridge city, "Lyon (FR): 4 partnerships with clusters 2 and 5–7", the busiest
   * first, then how many more members have partners in other clusters; null for no profile.
   */
  public static String bridges(Profile profile) {
    if (profile == null) {
      return null;
    }
    List<Bridge> all = profile.bridges();
    if (all.isEmpty()) {
      return "none: no member partners with a city of another cluster";
    }
    List<String> lines = new ArrayList<>();
    for (Bridge bridge : all.subList(0, Math.min(BRIDGES, all.size()))) {
      lines.add(
          city(bridge.city())
              + ": "
              + count(bridge.links())
              + (bridge.links() == 1 ? " partnership" : " partnerships")
              + (bridge.clusters().size() == 1 ? " with cluster " : " with clusters ")
              + numbers(List.copyOf(bridge.clusters())));
    }
    if (all.size() > BRIDGES) {
      lines.add("and " + count(all.size() - BRIDGES) + " more");
    }
    return String.join("\n", lines);
  }

  /** A city's name with its country code, which tells apart cities of the same name. */
  public static String city(CityMetrics city) {
    String country = city.city().country();
    return country.isEmpty() ? city.city().name() : city.city().name() + " (" + country + ")";
  }

  /** A count with thousands separators: "12,345". */
  public static String count(long n) {
    // As String.format(Locale.UK, "%,d", n), which costs a parse of the pattern per call: the
    // Clusters table says a count for every region of every cluster.
    String digits = Long.toString(n);
    int first = n < 0 ? 1 : 0;
    StringBuilder s = new StringBuilder(digits.length() * 4 / 3 + 1);
    s.append(digits, 0, first);
    for (int i = first; i < digits.length(); i++) {
      if (i > first && (digits.length() - i) % 3 == 0) {
        s.append(',');
      }
      s.append(digits.charAt(i));
    }
    return s.toString();
  }

  /**
   * Ascending numbers with runs of three or more shortened to a range: "1, 3–5, 7, 9 and 10".
   *
   * @param numbers distinct numbers in ascending order
   */
  public static String numbers(List<Integer> numbers) {
    List<String> parts = new ArrayList<>();
    int i = 0;
    while (i < numbers.size()) {
      int j = i;
      while (j + 1 < numbers.size() && numbers.get(j + 1) == numbers.get(j) + 1) {
        j++;
      }
      if (j - i >= 2) {
        parts.add(numbers.get(i) + "–" + numbers.get(j));
      } else {
        for (int k = i; k <= j; k++) {
          parts.add(Integer.toString(numbers.get(k)));
        }
      }
      i = j + 1;
    }
    return list(parts);
  }

  /** "a", "a and b", "a, b and c". */
  public static String list(List<String> items) {
    if (items.size() <= 1) {
      return String.join("", items);
    }
    return String.join(", ", items.subList(0, items.size() - 1))
        + " and "
        + items.get(items.size() - 1);
  }
}
