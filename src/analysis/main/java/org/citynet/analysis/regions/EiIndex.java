package org.citynet.analysis.regions;

import java.util.ArrayList;
import java.util.List;
import org.citynet.graph.CompactGraph;

/**
 * The E–I index of D. Krackhardt and R. N. Stern, "Informal networks and organizational crises: an
 * experimental simulation", Social Psychology Quarterly 51 (1988) 123: {@code (E - I) / (E + I)},
 * with E the partnerships to cities of another unit (region, sub-region, country) and I those to
 * cities of the same unit.
 *
 * <p>−1 means only partners in the own unit, +1 only partners elsewhere. Partnerships are counted
 * once whatever their weight; those with an end of unknown unit count in neither E nor I. The
 * static factories run in O(n + m) time.
 *
 * @param external E, partnerships to another unit
 * @param internal I, partnerships within the unit
 */
public record EiIndex(long external, long internal) {

  /** (E − I) / (E + I), or NaN when there is no partnership to count. */
  public double value() {
    long total = external + internal;
    return total == 0 ? Double.NaN : (double) (external - internal) / total;
  }

  /**
   * The index of each city, counting its own partnerships.
   *
   * @param unitOfCity the unit of each vertex; "" when unknown (such a city gets 0 and 0)
   * @return one index per vertex
   * @throws IllegalArgumentException if there is not one unit per vertex
   */
  public static List<EiIndex> perCity(CompactGraph graph, List<String> unitOfCity) {
    int n = graph.vertexCount();
    List<EiIndex> perCity = new ArrayList<>(n);
    CityUnits units = CityUnits.of(graph, unitOfCity);
    for (int v = 0; v < n; v++) {
      long[] ei = new long[2];
      count(graph, units, v, ei);
      perCity.add(new EiIndex(ei[0], ei[1]));
    }
    return List.copyOf(perCity);
  }

  /**
   * The index of each group of cities (e.g. each cluster), pooling the partnerships of its members:
   * a partnership between two members counts once for each, so the group's index is the
   * degree-weighted mean of its members' indices.
   *
   * @param unitOfCity the unit of each vertex; "" when unknown
   * @param groupOf the group id (≥ 0) of each vertex
   * @return one index per group id 0..max, (0, 0) for an id without members
   * @throws IllegalArgumentException if there is not one unit and one group per vertex, or a group
   *     id is negative
   */
  public static List<EiIndex> perGroup(CompactGraph graph, List<String> unitOfCity, int[] groupOf) {
    int n = graph.vertexCount();
    if (groupOf.length != n) {
      throw new IllegalArgumentException(groupOf.length + " groups given for " + n + " cities");
    }
    CityUnits units = CityUnits.of(graph, unitOfCity);
    int groups = 0;
    for (int v = 0; v < n; v++) {
      if (groupOf[v] < 0) {
        throw new IllegalArgumentException("negative group id at vertex " + v);
      }
      groups = Math.max(groups, groupOf[v] + 1);
    }
    long[][] ei = new long[groups][2];
    for (int v = 0; v < n; v++) {
      count(graph, units, v, ei[groupOf[v]]);
    }
    List<EiIndex> perGroup = new ArrayList<>(groups);
    for (long[] g : ei) {
      perGroup.add(new EiIndex(g[0], g[1]));
    }
    return List.copyOf(perGroup);
  }

  /**
   * Adds the external and internal partnerships of {@code v} to {@code ei[0]} and {@code ei[1]}.
   */
  private static void count(CompactGraph graph, CityUnits units, int v, long[] ei) {
    int own = units.of(v);
    if (own < 0) {
      return;
    }
    for (int s = graph.firstSlot(v); s < graph.endSlot(v); s++) {
      int other = units.of(graph.neighbour(s));
      if (other >= 0) {
        ei[other == own ? 1 : 0]++;
      }
    }
  }
}
