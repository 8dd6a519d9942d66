package org.citynet.analysis.regions;

import java.util.ArrayList;
import java.util.List;
import org.citynet.graph.CompactGraph;

/**
 * How regional cooperation is: the share of partnerships within one unit of a categorical attribute
 * (M49 region, sub-region, country) against its expectation, and the attribute assortativity
 * coefficient.
 *
 * <p>M. E. J. Newman, "Mixing patterns in networks", Phys. Rev. E 67 (2003) 026126, eq. (2): with
 * {@code e_uv} the share of partnership ends joining unit u to unit v (each partnership counted
 * once from each end) and {@code a_u = Σ_v e_uv} the share of ends in unit u,
 *
 * <pre>r = (Σ_u e_uu - Σ_u a_u²) / (1 - Σ_u a_u²)</pre>
 *
 * {@code Σ_u e_uu} is the observed share of partnerships within a unit; {@code Σ_u a_u²} is its
 * expectation if partners were drawn in proportion to their degree, i.e. under the configuration
 * model (the same term as in modularity). r = 0 means no preference for the own unit, 1 only
 * partnerships within units; its minimum, for perfectly disassortative mixing, lies in [-1, 0).
 * Same definition as NetworkX's {@code attribute_assortativity_coefficient}.
 *
 * <p>Partnerships are counted once whatever their weight. Cities whose unit is unknown ("") are
 * left out together with their partnerships, which are counted in {@code unknownLinks}. Runs in O(n
 * + m) time.
 *
 * @param links partnerships with a known unit at both ends
 * @param linksWithin those within one unit
 * @param withinShare observed share {@code linksWithin / links} (= Σ e_uu); NaN without links
 * @param expectedWithinShare Σ a_u², the share expected under the configuration model; NaN without
 *     links
 * @param assortativity Newman's r; NaN without links or when all ends lie in one unit (where r is
 *     0/0)
 * @param unknownLinks partnerships left out because an end's unit is unknown
 * @param units every unit with at least one city, sorted by name
 */
public record RegionalMixing(
    int links,
    int linksWithin,
    double withinShare,
    double expectedWithinShare,
    double assortativity,
    int unknownLinks,
    List<UnitMixing> units) {
  public RegionalMixing {
    units = List.copyOf(units);
  }

  /**
   * One unit's part in the mixing.
   *
   * @param unit the unit's name
   * @param cities cities in the unit
   * @param linksWithin partnerships with both ends in the unit
   * @param linkEnds partnership ends in the unit (the sum of its cities' degrees, counting only
   *     partners with a known unit)
   * @param withinShare e_uu, the unit's within-unit partnerships as a share of all partnerships
   * @param expectedWithinShare a_u², the expected value of {@code withinShare}
   */
  public record UnitMixing(
      String unit,
      int cities,
      int linksWithin,
      long linkEnds,
      double withinShare,
      double expectedWithinShare) {}

  /**
   * Measures the mixing of one attribute.
   *
   * @param unitOfCity the unit of each vertex; "" when unknown
   * @throws IllegalArgumentException if there is not one unit per vertex
   */
  public static RegionalMixing of(CompactGraph graph, List<String> unitOfCity) {
    CityUnits units = CityUnits.of(graph, unitOfCity);
    int k = units.names().size();
    int[] cities = new int[k];
    int[] within = new int[k];
    long[] ends = new long[k];
    int links = 0;
    int linksWithin = 0;
    int unknownLinks = 0;
    for (int v = 0; v < graph.vertexCount(); v++) {
      int a = units.of(v);
      if (a >= 0) {
        cities[a]++;
      }
      for (int s = graph.firstSlot(v); s < graph.endSlot(v); s++) {
        int u = graph.neighbour(s);
        if (v > u) {
          continue;
        }
        int b = units.of(u);
        if (a < 0 || b < 0) {
          unknownLinks++;
          continue;
        }
        links++;
        ends[a]++;
        ends[b]++;
        if (a == b) {
          within[a]++;
          linksWithin++;
        }
      }
    }
    List<UnitMixing> rows = new ArrayList<>(k);
    double expected = 0;
    for (int a = 0; a < k; a++) {
      double endShare = (double) ends[a] / (2.0 * links);
      double withinShare = (double) within[a] / links;
      rows.add(
          new UnitMixing(
              units.names().get(a),
              cities[a],
              within[a],
              ends[a],
              withinShare,
              endShare * endShare));
      expected += endShare * endShare;
    }
    double observed = (double) linksWithin / links;
    // All ends in one unit give a_u = 1 exactly, so r is 0/0 = NaN without a special case.
    double r = (observed - expected) / (1 - expected);
    return new RegionalMixing(links, linksWithin, observed, expected, r, unknownLinks, rows);
  }
}
