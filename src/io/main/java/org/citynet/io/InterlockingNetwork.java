package org.citynet.io;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citynet.model.ActiveYears;
import org.citynet.model.City;
import org.citynet.model.CityTable;
import org.citynet.model.Link;
import org.citynet.model.LinkTable;

/**
 * City-to-city links made from memberships by the interlocking network model, and each city's
 * global network connectivity.
 *
 * <p>P. J. Taylor, "Specification of the world city network", Geographical Analysis 33 (2001) 181:
 * with {@code v_aj} the service value of city a in group j, the link between cities a ≠ b is
 *
 * <pre>r_ab = Σ_j v_aj · v_bj</pre>
 *
 * and a city's global network connectivity is {@code N_a = Σ_b r_ab}. Each pair with {@code r_ab >
 * 0} becomes one {@link Link} of weight {@code r_ab} and type {@value #LINK_TYPE}, so the links run
 * through the rest of the pipeline like a links file; its one extra column {@value #SHARED_GROUPS}
 * counts the groups in which both cities have a positive value. A link's years run from the first
 * to the last year in which the two cities are members of one group at once. Links have line 0: the
 * memberships behind them were checked, with their lines, by {@link MembershipCsvReader}.
 *
 * <p>Cities are numbered in order of first appearance; a link's source is the one that appears
 * first, and links are in order of first shared group. Runs in O(Σ_j s_j²) time for groups of s_j
 * members, O(pairs) memory: a group of 1,000 cities alone makes 499,500 pairs.
 *
 * @param links one link per pair of cities with r_ab &gt; 0
 * @param connectivity every city of the memberships, in order of first appearance
 */
public record InterlockingNetwork(LinkTable links, List<CityConnectivity> connectivity) {
  /** The type of every interlock link. */
  public static final String LINK_TYPE = "interlock";

  /** Name of the links' extra column: groups shared by the two cities. */
  public static final String SHARED_GROUPS = "shared_groups";

  /** Name of the cities' extra column: global network connectivity N_a. */
  public static final String CONNECTIVITY = "connectivity";

  /** Name of the cities' extra column: N_a divided by the largest N of any city. */
  public static final String CONNECTIVITY_SHARE = "connectivity_share";

  public InterlockingNetwork {
    connectivity = List.copyOf(connectivity);
  }

  /**
   * A city's global network connectivity.
   *
   * @param city the city id
   * @param connectivity N_a, the sum of its link weights r_ab
   * @param share N_a divided by the largest N of any city, in [0, 1]; NaN when no city has a link
   */
  public record CityConnectivity(String city, double connectivity, double share) {}

  /**
   * Builds the interlocking network of the memberships.
   *
   * @throws IllegalArgumentException if a city appears twice in one group ({@link
   *     MembershipCsvReader} reports that as an input problem)
   */
  public static InterlockingNetwork of(List<Membership> memberships) {
    Map<String, Integer> cityIndex = new LinkedHashMap<>();
    Map<String, List<Membership>> groups = new LinkedHashMap<>();
    Set<List<String>> seen = new HashSet<>();
    for (Membership m : memberships) {
      if (!seen.add(List.of(m.city(), m.group()))) {
        throw new IllegalArgumentException(
            "city '" + m.city() + "' appears twice in group '" + m.group() + "'");
      }
      cityIndex.putIfAbsent(m.city(), cityIndex.size());
      groups.computeIfAbsent(m.group(), g -> new ArrayList<>()).add(m);
    }
    List<String> cities = List.copyOf(cityIndex.keySet());
    long n = cities.size();
    Map<Long, Pair> pairs = new LinkedHashMap<>();
    double[] total = new double[cities.size()];
    for (List<Membership> members : groups.values()) {
      for (int i = 0; i < members.size(); i++) {
        for (int j = i + 1; j < members.size(); j++) {
          double r = members.get(i).value() * members.get(j).value();
          if (r == 0) {
            continue;
          }
          int a = cityIndex.get(members.get(i).city());
          int b = cityIndex.get(members.get(j).city());
          Pair p = pairs.computeIfAbsent(Math.min(a, b) * n + Math.max(a, b), k -> new Pair());
          p.weight += r;
          p.shared++;
          p.meet(members.get(i).years(), members.get(j).years());
          total[a] += r;
          total[b] += r;
        }
      }
    }
    List<Link> links = new ArrayList<>(pairs.size());
    for (Map.Entry<Long, Pair> e : pairs.entrySet()) {
      String source = cities.get((int) (e.getKey() / n));
      String target = cities.get((int) (e.getKey() % n));
      Pair p = e.getValue();
      links.add(new Link(source, target, p.weight, LINK_TYPE, p.years, 0, List.of("" + p.shared)));
    }
    double top = 0;
    for (double t : total) {
      top = Math.max(top, t);
    }
    List<CityConnectivity> connectivity = new ArrayList<>(cities.size());
    for (int a = 0; a < cities.size(); a++) {
      connectivity.add(
          new CityConnectivity(cities.get(a), total[a], top == 0 ? Double.NaN : total[a] / top));
    }
    return new InterlockingNetwork(new LinkTable(links, List.of(SHARED_GROUPS)), connectivity);
  }

  /**
   * The cities with two more extra columns, {@value #CONNECTIVITY} (N_a) and {@value
   * #CONNECTIVITY_SHARE} (N_a / max N), so that every output carries them; cities without
   * memberships get 0 and 0, and so does every city when no two cities share a group. Numbers are
   * written in plain decimal ({@code 12}, {@code 0.25}).
   */
  public CityTable withConnectivity(CityTable cities) {
    Map<String, CityConnectivity> byCity = new HashMap<>();
    connectivity.forEach(c -> byCity.put(c.city(), c));
    List<String> columns = new ArrayList<>(cities.extraColumns());
    columns.add(CONNECTIVITY);
    columns.add(CONNECTIVITY_SHARE);
    List<City> withColumns = new ArrayList<>(cities.cities().size());
    for (City c : cities.cities()) {
      CityConnectivity n = byCity.get(c.id());
      List<String> extras = new ArrayList<>(c.extras());
      extras.add(decimal(n == null ? 0 : n.connectivity()));
      extras.add(n == null || Double.isNaN(n.share()) ? "0" : decimal(n.share()));
      withColumns.add(
          new City(c.id(), c.name(), c.country(), c.lat(), c.lon(), c.population(), extras));
    }
    return new CityTable(withColumns, columns);
  }

  private static String decimal(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }

  /** A pair's link weight so far, the groups it shares and the years it shares one. */
  private static final class Pair {
    double weight;
    int shared;
    ActiveYears years;
    boolean met;

    /**
     * Adds the years two memberships of one group overlap; while they never have, the years of both
     * together, so that a pair that shared a group at different times still has years.
     */
    void meet(ActiveYears a, ActiveYears b) {
      var overlap = a.overlap(b);
      if (overlap.isPresent()) {
        years = met ? years.hull(overlap.get()) : overlap.get();
        met = true;
      } else if (!met) {
        years = years == null ? a.hull(b) : years.hull(a.hull(b));
      }
    }
  }
}
