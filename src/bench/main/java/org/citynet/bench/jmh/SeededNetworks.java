package org.citynet.bench.jmh;

import java.util.List;
import org.citynet.bench.RandomCityNetworks;
import org.citynet.bench.RandomCityNetworks.RandomCity;
import org.citynet.graph.CompactGraph;
import org.citynet.graph.RandomGraphs;

/**
 * The graphs the kernel benchmarks run on: the seeded random city network of {@link
 * RandomCityNetworks} (the G(n, m) edge list of {@link RandomGraphs#erdosRenyi}, unit weights, and
 * its cities' positions), so that a benchmark's input is the one {@code citynet bench --generate
 * random} writes for the same size and seed.
 */
final class SeededNetworks {
  /** The seed of every benchmark input, as {@code citynet bench}'s default. */
  static final long SEED = 1;

  private SeededNetworks() {}

  /** G(n, m) with unit weights. */
  static CompactGraph graph(int n, int m) {
    return CompactGraph.fromEdges(n, RandomGraphs.erdosRenyi(n, m, SEED), null);
  }

  /** The latitudes (index 0) and longitudes (index 1) of the network's {@code n} cities. */
  static double[][] positions(int n) {
    List<RandomCity> cities = RandomCityNetworks.cities(n, SEED);
    double[] lat = new double[n];
    double[] lon = new double[n];
    for (int i = 0; i < n; i++) {
      lat[i] = cities.get(i).lat();
      lon[i] = cities.get(i).lon();
    }
    return new double[][] {lat, lon};
  }
}
