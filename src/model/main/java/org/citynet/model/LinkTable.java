package org.citynet.model;

import java.util.List;

/**
 * The link rows of one input, in input order, with the names of their extra columns.
 *
 * @param links every row that named two cities
 * @param extraColumns names of the input columns beyond the known ones
 */
public record LinkTable(List<Link> links, List<String> extraColumns) {
  public LinkTable {
    links = List.copyOf(links);
    extraColumns = List.copyOf(extraColumns);
  }
}
