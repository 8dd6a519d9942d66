package org.citynet.analysis.regions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.citynet.graph.CompactGraph;

/** The unit (region, sub-region, country) of each city as a dense id, units in name order. */
public final class CityUnits {
  private final List<String> names;
  private final int[] ids;

  private CityUnits(List<String> names, int[] ids) {
    this.names = names;
    this.ids = ids;
  }

  /**
   * Numbers the distinct non-empty units 0..k-1 by name.
   *
   * @param unitOfCity the unit of each vertex; "" when unknown
   * @throws IllegalArgumentException if there is not one unit per vertex
   */
  public static CityUnits of(CompactGraph graph, List<String> unitOfCity) {
    if (unitOfCity.size() != graph.vertexCount()) {
      throw new IllegalArgumentException(
          unitOfCity.size() + " units given for " + graph.vertexCount() + " cities");
    }
    TreeSet<String> sorted = new TreeSet<>(unitOfCity);
    sorted.remove("");
    List<String> names = List.copyOf(sorted);
    Map<String, Integer> id = new HashMap<>();
    for (String name : names) {
      id.put(name, id.size());
    }
    int[] ids = unitOfCity.stream().mapToInt(u -> id.getOrDefault(u, -1)).toArray();
    return new CityUnits(names, ids);
  }

  /** Unit names, indexed by id. */
  public List<String> names() {
    return names;
  }

  /** The unit id of {@code vertex}, or -1 when its unit is unknown. */
  public int of(int vertex) {
    return ids[vertex];
  }

  /** The unit id of every vertex, -1 where unknown; a new array the caller owns. */
  public int[] ids() {
    return ids.clone();
  }
}
