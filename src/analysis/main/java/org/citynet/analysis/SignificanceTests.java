package org.citynet.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.citynet.analysis.centrality.LocalClustering;
import org.citynet.analysis.community.LeidenClustering;
import org.citynet.analysis.regions.CityUnits;
import org.citynet.analysis.significance.AssortativityJackknife;
import org.citynet.analysis.significance.BrokerRanks;
import org.citynet.analysis.significance.DegreePreservingNull;
import org.citynet.analysis.significance.EiPermutations;
import org.citynet.analysis.significance.Jackknifed;
import org.citynet.graph.CompactGraph;
import org.citynet.model.BrokerRank;
import org.citynet.model.City;
import org.citynet.model.NullComparison;
import org.citynet.model.Significance;
import org.citynet.model.SignificanceSettings;

/**
 * The analysis step that tests the headline figures: runs each test of {@code
 * org.citynet.analysis.significance} with the run's sample counts and seed, and times it.
 */
final class SignificanceTests {
  private SignificanceTests() {}

  /** What the tests found, with each top broker's rank by vertex for the city table. */
  record Outcome(Significance significance, BrokerRank[] rankOf) {}

  /**
   * The network under test.
   *
   * @param graph its graph, on weights scaled near 1
   * @param cities the city of each vertex
   * @param regionOf the M49 region of each vertex, "" when unknown
   */
  record Network(CompactGraph graph, List<City> cities, List<String> regionOf) {}

  /**
   * The figures found on the network, which the tests compare with their values on rewired and
   * resampled networks.
   *
   * @param modularity the reported clusters' modularity
   * @param clustering each vertex's local clustering coefficient
   * @param betweenness each vertex's betweenness
   */
  record Observed(double modularity, double[] clustering, double[] betweenness) {}

  /**
   * How the figures are measured again on a rewired or resampled network, as they were on the
   * network.
   *
   * @param leiden the clustering that found the reported clusters
   * @param starts its random starts, which the cost of a null network grows with
   * @param betweenness betweenness on a resampled network
   */
  record Remeasure(
      LeidenClustering leiden, int starts, Function<CompactGraph, double[]> betweenness) {}

  /** Runs every test with the sample counts of {@code settings} and {@code seed}. */
  static Outcome run(
      Network network,
      Observed observed,
      Remeasure remeasure,
      SignificanceSettings settings,
      long seed) {
    CompactGraph g = network.graph();
    List<Significance.Timing> timings = new ArrayList<>();
    long t = System.nanoTime();
    CityUnits units = CityUnits.of(g, network.regionOf());
    int[] unitOf = units.ids();
    Jackknifed degree = AssortativityJackknife.degree(g);
    Jackknifed region = AssortativityJackknife.attribute(g, unitOf);
    t = timed("assortativity jackknife", t, timings);

    EiPermutations.Result ei =
        settings.permutations() == 0
            ? null
            : EiPermutations.test(g, unitOf, settings.permutations(), seed);
    if (ei != null) {
      t = timed("E-I permutations", t, timings);
    }
    List<Significance.RegionEi> regionEi = new ArrayList<>();
    for (int u = 0; ei != null && u < units.names().size(); u++) {
      regionEi.add(new Significance.RegionEi(units.names().get(u), ei.units().get(u)));
    }

    int nulls = g.edgeCount() < 2 ? 0 : settings.nullNetworksFor(g.edgeCount(), remeasure.starts());
    NullComparison modularityTest = NullComparison.none();
    NullComparison clusteringTest = NullComparison.none();
    if (nulls > 0) {
      List<ToDoubleFunction<CompactGraph>> statistics =
          List.of(
              rewired -> remeasure.leiden().cluster(rewired).modularity(),
              rewired -> mean(LocalClustering.compute(rewired)));
      List<NullComparison> found =
          DegreePreservingNull.compare(
              g,
              statistics,
              new double[] {observed.modularity(), mean(observed.clustering())},
              nulls,
              seed);
      modularityTest = found.get(0);
      clusteringTest = found.get(1);
      t = timed("degree-preserving null networks", t, timings);
    }

    int resamples = g.edgeCount() == 0 ? 0 : settings.resamplesFor(g.vertexCount(), g.edgeCount());
    BrokerRank[] rankOf = new BrokerRank[g.vertexCount()];
    Arrays.fill(rankOf, BrokerRank.NONE);
    List<Significance.Broker> brokers = new ArrayList<>();
    if (resamples > 0) {
      for (BrokerRanks.Rank r :
          BrokerRanks.of(g, observed.betweenness(), remeasure.betweenness(), resamples, seed)) {
        BrokerRank rank = new BrokerRank(r.median(), r.low(), r.high());
        rankOf[r.city()] = rank;
        City city = network.cities().get(r.city());
        brokers.add(new Significance.Broker(city.id(), city.name(), rank, r.timesFirst()));
      }
      timed("broker resamples", t, timings);
    }
    return new Outcome(
        new Significance(
            degree.value(),
            degree.standardError(),
            region.value(),
            region.standardError(),
            ei == null ? NullComparison.none() : ei.network(),
            regionEi,
            modularityTest,
            clusteringTest,
            resamples,
            resamples > 0 ? BrokerRanks.LEFT_OUT : 0,
            brokers,
            timings),
        rankOf);
  }

  /** Records the time since {@code since} under {@code test}; returns now. */
  private static long timed(String test, long since, List<Significance.Timing> timings) {
    long now = System.nanoTime();
    timings.add(new Significance.Timing(test, (now - since) / 1e9));
    return now;
  }

  private static double mean(double[] values) {
    return values.length == 0 ? Double.NaN : Arrays.stream(values).average().orElse(Double.NaN);
  }
}
