package org.citynet.graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.citynet.io.InputException;
import org.citynet.io.InputProblem;
import org.citynet.model.City;
import org.citynet.model.CityTable;
import org.citynet.model.Link;
import org.citynet.model.LinkTable;
import org.citynet.model.Partnership;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;

/** Builds the city network from the inputs: the only place a JGraphT graph is made. */
public final class CityGraphs {
  /** How many offending lines an unknown-city error lists. */
  static final int LISTED_PROBLEMS = 20;

  private CityGraphs() {}

  /** An undirected weighted graph with vertices {@code 0..n-1} and no edges. */
  public static Graph<Integer, DefaultWeightedEdge> emptyGraph(int n) {
    Graph<Integer, DefaultWeightedEdge> g =
        GraphTypeBuilder.<Integer, DefaultWeightedEdge>undirected()
            .allowingMultipleEdges(false)
            .allowingSelfLoops(false)
            .weighted(true)
            .edgeClass(DefaultWeightedEdge.class)
            .buildGraph();
    IntStream.range(0, n).forEach(g::addVertex);
    return g;
  }

  /**
   * Builds the network: every city is a vertex (isolated ones too); link rows between the same two
   * cities merge into one edge whose weight is their sum; self-links are dropped with a warning.
   *
   * @param linksFile the links file as the user named it, for messages
   * @param skipInvalid drop links to unknown cities (with a warning) instead of failing
   * @param warn receives one line per dropped row
   * @throws InputException when a link names an unknown city and {@code skipInvalid} is false;
   *     lists the first {@value #LISTED_PROBLEMS} offending lines
   */
  public static CityGraph build(
      CityTable cities,
      LinkTable links,
      String linksFile,
      boolean skipInvalid,
      Consumer<String> warn)
      throws InputException {
    List<City> list = cities.cities();
    Map<String, Integer> index = new HashMap<>(list.size() * 2);
    for (int i = 0; i < list.size(); i++) {
      index.put(list.get(i).id(), i);
    }
    Graph<Integer, DefaultWeightedEdge> g = emptyGraph(list.size());
    List<InputProblem> unknown = new ArrayList<>();
    int unknownCount = 0;
    Map<DefaultWeightedEdge, Merged> merged = new HashMap<>();
    List<DefaultWeightedEdge> order = new ArrayList<>();
    int rows = 0;
    for (Link link : links.links()) {
      Integer s = index.get(link.source());
      Integer t = index.get(link.target());
      if (s == null || t == null) {
        unknownCount++;
        if (unknown.size() < LISTED_PROBLEMS) {
          String column = s == null ? "source" : "target";
          String id = s == null ? link.source() : link.target();
          unknown.add(
              new InputProblem(
                  linksFile,
                  link.line(),
                  column,
                  "no city has id '" + id + "'",
                  "add the city to the cities file or correct the id"));
        }
        continue;
      }
      if (s.equals(t)) {
        warn.accept(
            linksFile
                + ":"
                + link.line()
                + ": self-link of city '"
                + link.source()
                + "' dropped — a city cannot partner itself");
        continue;
      }
      rows++;
      DefaultWeightedEdge e = g.getEdge(s, t);
      if (e == null) {
        e = g.addEdge(s, t);
        order.add(e);
        merged.put(e, new Merged(link.source(), link.target(), s, t));
      }
      Merged m = merged.get(e);
      m.weight += link.weight();
      m.links++;
      if (!link.type().isEmpty()) {
        m.types.add(link.type());
      }
      g.setEdgeWeight(e, m.weight);
    }
    if (unknownCount > 0) {
      if (!skipInvalid) {
        List<InputProblem> shown = new ArrayList<>(unknown);
        if (unknownCount > unknown.size()) {
          shown.add(
              new InputProblem(
                  linksFile,
                  0,
                  "",
                  "and " + (unknownCount - unknown.size()) + " more links to unknown cities",
                  "fix the ids, or run with --skip-invalid to drop these links"));
        }
        throw new InputException(shown);
      }
      warn.accept(
          linksFile + ": " + unknownCount + " links to unknown cities dropped (--skip-invalid)");
    }
    List<Partnership> partnerships = new ArrayList<>(order.size());
    List<int[]> ends = new ArrayList<>(order.size());
    for (DefaultWeightedEdge e : order) {
      Merged m = merged.get(e);
      partnerships.add(
          new Partnership(m.source, m.target, m.weight, m.links, List.copyOf(m.types)));
      ends.add(new int[] {m.sourceIndex, m.targetIndex});
    }
    return new CityGraph(list, g, partnerships, ends, rows);
  }

  /** Accumulates the rows of one edge while reading. */
  private static final class Merged {
    final String source;
    final String target;
    final int sourceIndex;
    final int targetIndex;
    double weight;
    int links;
    final LinkedHashSet<String> types = new LinkedHashSet<>();

    Merged(String source, String target, int sourceIndex, int targetIndex) {
      this.source = source;
      this.target = target;
      this.sourceIndex = sourceIndex;
      this.targetIndex = targetIndex;
    }
  }
}
