package org.citynet.model;

import java.util.List;

/**
 * A community of cities found by Leiden clustering.
 *
 * @param id cluster number, 0 = largest
 * @param size number of member cities
 * @param dominantRegion the M49 region most members belong to
 * @param dominantRegionShare share of members in the dominant region, in [0, 1]
 * @param topCities names of up to 3 members with the highest betweenness
 * @param internalLinks partnerships with both ends in the cluster
 * @param externalLinks partnerships with exactly one end in the cluster
 * @param eiIndex Krackhardt-Stern E–I index by M49 region of the members' partnerships, each
 *     counted from each member end: −1 all within the members' own regions, +1 all across; NaN when
 *     no partnership has known regions at both ends
 */
public record Cluster(
    int id,
    int size,
    String dominantRegion,
    double dominantRegionShare,
    List<String> topCities,
    int internalLinks,
    int externalLinks,
    double eiIndex) {
  public Cluster {
    topCities = List.copyOf(topCities);
  }
}
