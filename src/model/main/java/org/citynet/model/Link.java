package org.citynet.model;

import java.util.List;
import java.util.Objects;

/**
 * One row of the links input: a partnership between two cities, before parallel rows are merged.
 *
 * @param source id of one city
 * @param target id of the other city (links are undirected)
 * @param weight strength of the link, &gt; 0 (1 when the input gives none)
 * @param type kind of link, empty when not given
 * @param years when the link is active ({@code year} or {@code start}, and {@code end}), as given
 * @param line line number in the input file (1 = header), for messages
 * @param extras values of the extra columns, aligned with {@link LinkTable#extraColumns()}
 */
public record Link(
    String source,
    String target,
    double weight,
    String type,
    ActiveYears years,
    long line,
    List<String> extras) {

  public Link {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(years, "years");
    extras = List.copyOf(extras);
  }
}
