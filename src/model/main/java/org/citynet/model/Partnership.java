package org.citynet.model;

import java.util.List;
import java.util.Objects;

/**
 * An edge of the network: all input link rows between the same two cities, merged.
 *
 * @param source id of the city listed first in the earliest row
 * @param target id of the other city
 * @param weight sum of the rows' weights
 * @param links number of input rows merged into this edge
 * @param types the distinct non-empty link types, in order of first appearance
 * @param years the years the rows are active, together: from the earliest start to the latest end
 *     (open when any row's is), see {@link ActiveYears#hull}
 */
public record Partnership(
    String source, String target, double weight, int links, List<String> types, ActiveYears years) {
  public Partnership {
    types = List.copyOf(types);
    Objects.requireNonNull(years, "years");
  }

  /** A partnership of rows without years. */
  public Partnership(String source, String target, double weight, int links, List<String> types) {
    this(source, target, weight, links, types, ActiveYears.ALWAYS);
  }
}
