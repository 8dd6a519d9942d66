package org.citynet.analysis;

import java.util.List;
import org.citynet.analysis.regions.DistanceDecay;
import org.citynet.analysis.regions.RegionalMixing;
import org.citynet.graph.CompactGraph;
import org.citynet.model.DistanceDecayCurve;
import org.citynet.model.RegionalMixingSummary;

/**
 * Hands the regions package's results to the writers as model records: the regional mixing of one
 * attribute and the distance-decay curve.
 */
final class RegionalPatterns {
  private RegionalPatterns() {}

  /**
   * Regional mixing of one attribute (Newman 2003), O(n + m).
   *
   * @param attribute the attribute's field name
   * @param unitOfCity the unit of each vertex, "" when unknown
   */
  static RegionalMixingSummary mixing(String attribute, CompactGraph g, List<String> unitOfCity) {
    RegionalMixing mixing = RegionalMixing.of(g, unitOfCity);
    return new RegionalMixingSummary(
        attribute,
        mixing.links(),
        mixing.linksWithin(),
        mixing.withinShare(),
        mixing.expectedWithinShare(),
        mixing.assortativity(),
        mixing.unknownLinks());
  }

  /**
   * The distance-decay curve with the default bands (from 10 km, 5 per decade); pairs counted
   * exactly up to 50,000 cities (a dual-tree count, O(n²) at worst), else sampled with {@code
   * seed}.
   */
  static DistanceDecayCurve distanceDecay(
      CompactGraph g, double[] latitudes, double[] longitudes, long seed) {
    return DistanceDecay.of(
            DistanceDecay.DEFAULT_MIN_KM,
            DistanceDecay.DEFAULT_BINS_PER_DECADE,
            DistanceDecay.DEFAULT_EXACT_CITY_LIMIT,
            DistanceDecay.DEFAULT_SAMPLED_PAIRS,
            seed)
        .measure(g, latitudes, longitudes);
  }
}
