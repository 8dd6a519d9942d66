package org.citynet.graph;

import java.util.List;
import org.citynet.model.City;
import org.citynet.model.Partnership;
import org.jgrapht.Graph;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.DefaultWeightedEdge;

/**
 * The network of cities: a JGraphT undirected weighted graph whose vertex {@code i} is {@code
 * cities.get(i)}, and the merged partnerships behind its edges.
 *
 * <p>{@link #graph} is a real JGraphT graph: any JGraphT algorithm runs on it (connectivity,
 * shortest paths, scoring). citynet's own measures run on the int-array snapshot {@link #compact},
 * which is much faster for searches from every vertex.
 *
 * @param cities every city, vertex i = cities.get(i)
 * @param graph the JGraphT graph; kept as a read-only view
 * @param partnerships the merged edges, in order of first appearance in the links input
 * @param partnershipEnds for each partnership, its two vertex indices {@code {source, target}}
 * @param linkRows number of input rows merged into the partnerships
 */
public record CityGraph(
    List<City> cities,
    Graph<Integer, DefaultWeightedEdge> graph,
    List<Partnership> partnerships,
    List<int[]> partnershipEnds,
    int linkRows) {
  public CityGraph {
    cities = List.copyOf(cities);
    if (!(graph instanceof AsUnmodifiableGraph)) {
      graph = new AsUnmodifiableGraph<>(graph);
    }
    partnerships = List.copyOf(partnerships);
    partnershipEnds = List.copyOf(partnershipEnds);
  }

  /** An int-array snapshot for the fast kernels. */
  public CompactGraph compact() {
    return CompactGraph.of(graph);
  }
}
