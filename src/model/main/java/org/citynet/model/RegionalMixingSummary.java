package org.citynet.model;

/**
 * How much partnerships stay within one unit of a geographic attribute (M49 region, sub-region or
 * country), against what the configuration model expects, with Newman's attribute assortativity.
 *
 * @param attribute the attribute: "region", "subregion" or "country"
 * @param links partnerships with a known unit at both ends
 * @param linksWithin those within one unit
 * @param withinShare observed share within one unit, {@code linksWithin / links}; NaN without links
 * @param expectedWithinShare Σ a_u², the share expected if partners were drawn in proportion to
 *     their number of partners (a_u: share of partnership ends in unit u); NaN without links
 * @param assortativity Newman's r = (within − expected) / (1 − expected): 0 no preference for the
 *     own unit, 1 only partnerships within units, negative a preference for other units; NaN
 *     without links or when every city is in one unit
 * @param unknownLinks partnerships left out because an end's unit is unknown
 */
public record RegionalMixingSummary(
    String attribute,
    int links,
    int linksWithin,
    double withinShare,
    double expectedWithinShare,
    double assortativity,
    int unknownLinks) {

  /** Observed over expected share within one unit: above 1, partnerships stay close to home. */
  public double ratio() {
    return withinShare / expectedWithinShare;
  }
}
