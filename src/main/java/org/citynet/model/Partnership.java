package org.citynet.model;

import java.util.List;

/**
 * An edge of the network: all input link rows between the same two cities, merged.
 *
 * @param source id of the city listed first in the earliest row
 * @param target id of the other city
 * @param weight sum of the rows' weights
 * @param links number of input rows merged into this edge
 * @param types the distinct non-empty link types, in order of first appearance
 */
public record Partnership(
    String source, String target, double weight, int links, List<String> types) {
  public Partnership {
    types = List.copyOf(types);
  }
}
