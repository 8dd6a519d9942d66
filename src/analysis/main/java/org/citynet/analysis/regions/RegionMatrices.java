package org.citynet.analysis.regions;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.citynet.model.RegionMatrix;

/** Counts partnerships between UN M49 regions. */
public final class RegionMatrices {
  /** The row/column name of cities whose country has no M49 region (e.g. Antarctica). */
  public static final String UNKNOWN = "Unknown";

  private RegionMatrices() {}

  /**
   * The symmetric region × region matrix: each partnership adds 1 to its two regions' cell (once on
   * the diagonal for a partnership within one region). Regions are sorted by name, with {@value
   * #UNKNOWN} last when present. O(n + m).
   *
   * @param regionOfCity region of each vertex ("" when unknown)
   * @param ends the two vertices of each partnership
   */
  public static RegionMatrix of(List<String> regionOfCity, List<int[]> ends) {
    TreeSet<String> names = new TreeSet<>();
    boolean unknown = false;
    for (String r : regionOfCity) {
      if (r.isEmpty()) {
        unknown = true;
      } else {
        names.add(r);
      }
    }
    List<String> regions = new ArrayList<>(names);
    if (unknown) {
      regions.add(UNKNOWN);
    }
    int[][] counts = new int[regions.size()][regions.size()];
    for (int[] e : ends) {
      int a = regions.indexOf(label(regionOfCity.get(e[0])));
      int b = regions.indexOf(label(regionOfCity.get(e[1])));
      counts[a][b]++;
      if (a != b) {
        counts[b][a]++;
      }
    }
    return new RegionMatrix(regions, counts);
  }

  private static String label(String region) {
    return region.isEmpty() ? UNKNOWN : region;
  }
}
