package org.citynet.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.citynet.io.InputException;
import org.citynet.io.InputProblem;
import org.citynet.model.ActiveYears;
import org.citynet.model.City;
import org.citynet.model.CityTable;
import org.citynet.model.Link;
import org.citynet.model.LinkTable;
import org.citynet.model.Partnership;
import org.jgrapht.Graph;
import org.jgrapht.graph.AbstractBaseGraph;
import org.jgrapht.graph.DefaultGraphSpecificsStrategy;
import org.jgrapht.graph.DefaultGraphType;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.util.SupplierUtil;

/** Builds the city network from the inputs: the only place a JGraphT graph is made. */
public final class CityGraphs {
  /** How many offending lines an unknown-city error lists. */
  static final int LISTED_PROBLEMS = 20;

  private CityGraphs() {}

  /**
   * An undirected weighted graph with vertices {@code 0..n-1} and no edges. Why parallel edges are
   * allowed and there is no pair index: {@link #build} merges repeated pairs itself, and JGraphT's
   * duplicate check and index of vertex pairs cost hundreds of bytes and a hash lookup per edge.
   */
  public static Graph<Integer, DefaultWeightedEdge> emptyGraph(int n) {
    Graph<Integer, DefaultWeightedEdge> g = new IndexFreeGraph();
    IntStream.range(0, n).forEach(g::addVertex);
    return g;
  }

  /** JGraphT's weighted multigraph with its default specifics: no index of vertex pairs. */
  private static final class IndexFreeGraph
      extends AbstractBaseGraph<Integer, DefaultWeightedEdge> {
    private static final long serialVersionUID = 1L;

    IndexFreeGraph() {
      super(
          null,
          SupplierUtil.createDefaultWeightedEdgeSupplier(),
          DefaultGraphType.multigraph().asWeighted(),
          new DefaultGraphSpecificsStrategy<>());
    }
  }

  /**
   * Builds the network: every city is a vertex (isolated ones too); link rows between the same two
   * cities merge into one edge whose weight is their sum and whose years span theirs; self-links
   * are dropped with a warning.
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
    List<InputProblem> unknown = new ArrayList<>();
    int unknownCount = 0;
    PairNumbers pairs = new PairNumbers(links.links().size());
    Merged merged = new Merged(links.links().size());
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
      int before = pairs.size();
      int e = pairs.numberOf(s, t);
      if (e == before) {
        merged.add(link, s, t);
      }
      merged.merge(e, link);
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
    int edges = pairs.size();
    requireFiniteStrengths(list, merged, edges, linksFile);
    Graph<Integer, DefaultWeightedEdge> g = emptyGraph(list.size());
    List<Partnership> partnerships = new ArrayList<>(edges);
    List<int[]> ends = new ArrayList<>(edges);
    for (int e = 0; e < edges; e++) {
      g.setEdgeWeight(g.addEdge(merged.sourceIndex[e], merged.targetIndex[e]), merged.weight[e]);
      partnerships.add(
          new Partnership(
              merged.source.get(e),
              merged.target.get(e),
              merged.weight[e],
              merged.links[e],
              merged.types.get(e) == null ? List.of() : List.copyOf(merged.types.get(e)),
              merged.years.get(e)));
      ends.add(new int[] {merged.sourceIndex[e], merged.targetIndex[e]});
    }
    return new CityGraph(list, g, partnerships, ends, rows);
  }

  /**
   * Stops when the weights of a city's links sum beyond the largest double (about 1.8e308): its
   * strength would be infinite. Every other finite positive weight is measured (the ratio-only
   * measures scale the weights first), so this is the one bound on the weights' range.
   */
  private static void requireFiniteStrengths(
      List<City> cities, Merged merged, int edges, String linksFile) throws InputException {
    double[] strength = new double[cities.size()];
    for (int e = 0; e < edges; e++) {
      strength[merged.sourceIndex[e]] += merged.weight[e];
      strength[merged.targetIndex[e]] += merged.weight[e];
    }
    for (int v = 0; v < strength.length; v++) {
      if (Double.isInfinite(strength[v])) {
        throw new InputException(
            new InputProblem(
                linksFile,
                0,
                "weight",
                "the weights of the links of city '"
                    + cities.get(v).id()
                    + "' sum to more than "
                    + Double.MAX_VALUE
                    + ", the largest number a double holds",
                "divide the weight column by a common factor (weights from "
                    + Double.MIN_VALUE
                    + " up to that sum are accepted)"));
      }
    }
  }

  /**
   * The same cities with only the partnerships {@code keep} marks: a city that loses all of its
   * partnerships stays, as an isolate. O(n + m).
   *
   * @param keep one flag per partnership of {@code network}, in its order
   */
  public static CityGraph keeping(CityGraph network, boolean[] keep) {
    List<Partnership> all = network.partnerships();
    if (keep.length != all.size()) {
      throw new IllegalArgumentException(
          all.size() + " partnerships but " + keep.length + " flags");
    }
    Graph<Integer, DefaultWeightedEdge> g = emptyGraph(network.cities().size());
    List<Partnership> kept = new ArrayList<>();
    List<int[]> ends = new ArrayList<>();
    int rows = 0;
    for (int e = 0; e < keep.length; e++) {
      if (keep[e]) {
        int[] pair = network.partnershipEnds().get(e);
        Partnership p = all.get(e);
        g.setEdgeWeight(g.addEdge(pair[0], pair[1]), p.weight());
        kept.add(p);
        ends.add(pair);
        rows += p.links();
      }
    }
    return new CityGraph(network.cities(), g, kept, ends, rows);
  }

  /**
   * The rows of each edge as they are read, edge e at index e: ids as first written, summed weight,
   * row count, link types (null until the first one) and active years (shared constants when the
   * input has none).
   */
  private static final class Merged {
    final List<String> source;
    final List<String> target;
    final List<LinkedHashSet<String>> types;
    final List<ActiveYears> years;
    int[] sourceIndex;
    int[] targetIndex;
    double[] weight;
    int[] links;

    Merged(int expected) {
      source = new ArrayList<>(expected);
      target = new ArrayList<>(expected);
      types = new ArrayList<>(expected);
      years = new ArrayList<>(expected);
      sourceIndex = new int[Math.max(16, expected)];
      targetIndex = new int[sourceIndex.length];
      weight = new double[sourceIndex.length];
      links = new int[sourceIndex.length];
    }

    void add(Link first, int s, int t) {
      int e = source.size();
      if (e == sourceIndex.length) {
        int capacity = 2 * e;
        sourceIndex = Arrays.copyOf(sourceIndex, capacity);
        targetIndex = Arrays.copyOf(targetIndex, capacity);
        weight = Arrays.copyOf(weight, capacity);
        links = Arrays.copyOf(links, capacity);
      }
      source.add(first.source());
      target.add(first.target());
      types.add(null);
      years.add(first.years());
      sourceIndex[e] = s;
      targetIndex[e] = t;
    }

    void merge(int e, Link link) {
      weight[e] += link.weight();
      if (links[e] > 0) {
        years.set(e, years.get(e).hull(link.years()));
      }
      links[e]++;
      if (!link.type().isEmpty()) {
        if (types.get(e) == null) {
          types.set(e, new LinkedHashSet<>());
        }
        types.get(e).add(link.type());
      }
    }
  }
}
