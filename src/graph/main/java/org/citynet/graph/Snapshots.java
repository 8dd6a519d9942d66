package org.citynet.graph;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.citynet.io.InputException;
import org.citynet.io.InterlockingNetwork;
import org.citynet.io.Membership;
import org.citynet.model.ActiveYears;
import org.citynet.model.City;
import org.citynet.model.CityTable;
import org.citynet.model.Link;
import org.citynet.model.LinkTable;
import org.citynet.model.YearSpan;

/**
 * The network of one period: the cities with at least one link or membership active in it and the
 * links active in it. A row is active in a period when some year of the period lies between its
 * start and end; a missing start stands for the input's first year, a missing end for its last
 * ("still active").
 *
 * <p>Built with {@link CityGraphs#build} like the whole network, from the rows of the period: for
 * memberships, the links come from the memberships active in the period by the same interlocking
 * rule ({@link InterlockingNetwork}). Each snapshot costs one pass over the rows plus the build of
 * its graph.
 */
public sealed interface Snapshots {
  /** The years of the input: from the earliest to the latest start or end of any row. */
  YearSpan years();

  /** The network of the cities and links active in {@code period}. */
  CityGraph in(YearSpan period);

  /**
   * The snapshots of a links input, or empty when no link has a year. Links to unknown cities and
   * self-links are left out silently: {@link CityGraphs#build} reported them for the whole network.
   */
  static Optional<Snapshots> ofLinks(CityTable cities, LinkTable links) {
    if (links.links().stream().noneMatch(l -> l.years().given())) {
      return Optional.empty(); // a pass without allocation: networks without years pay nothing
    }
    return ActiveYears.span(links.links().stream().map(Link::years).toList())
        .map(years -> new OfLinks(cities, links, years));
  }

  /** The snapshots of a memberships input, or empty when no membership has a year. */
  static Optional<Snapshots> ofMemberships(CityTable cities, List<Membership> memberships) {
    return ActiveYears.span(memberships.stream().map(Membership::years).toList())
        .map(years -> new OfMemberships(cities, List.copyOf(memberships), years));
  }

  /** Snapshots of link rows. */
  record OfLinks(CityTable cities, LinkTable links, YearSpan years) implements Snapshots {
    @Override
    public CityGraph in(YearSpan period) {
      List<Link> active = new ArrayList<>();
      Set<String> ends = new HashSet<>();
      for (Link link : links.links()) {
        if (!link.source().equals(link.target()) && link.years().within(years).overlaps(period)) {
          active.add(link);
          ends.add(link.source());
          ends.add(link.target());
        }
      }
      return build(only(cities, ends), new LinkTable(active, links.extraColumns()));
    }
  }

  /** Snapshots of memberships, linked by the interlocking network model. */
  record OfMemberships(CityTable cities, List<Membership> memberships, YearSpan years)
      implements Snapshots {
    @Override
    public CityGraph in(YearSpan period) {
      List<Membership> active =
          memberships.stream().filter(m -> m.years().within(years).overlaps(period)).toList();
      Set<String> members = new HashSet<>();
      active.forEach(m -> members.add(m.city()));
      return build(only(cities, members), InterlockingNetwork.of(active).links());
    }
  }

  private static CityTable only(CityTable cities, Set<String> ids) {
    List<City> kept = cities.cities().stream().filter(c -> ids.contains(c.id())).toList();
    return new CityTable(kept, cities.extraColumns());
  }

  private static CityGraph build(CityTable cities, LinkTable links) {
    try {
      return CityGraphs.build(cities, links, "", true, warning -> {});
    } catch (InputException e) {
      throw new IllegalStateException("cannot happen with skipInvalid", e);
    }
  }
}
