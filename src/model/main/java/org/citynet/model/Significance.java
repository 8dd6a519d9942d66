package org.citynet.model;

import java.util.List;
import java.util.Objects;

/**
 * How sure the headline figures are: the assortativities with jackknife errors (Newman 2003), the
 * E–I permutation test (Krackhardt and Stern 1988), modularity and clustering against
 * degree-preserving rewired networks (Maslov and Sneppen 2002), the top brokers' ranks over
 * resampled networks and the time each test took. A test that was not run has 0 samples and NaN
 * figures.
 *
 * @param degreeAssortativity Newman's (2002) degree assortativity r; NaN when undefined
 * @param degreeAssortativitySe its jackknife standard error
 * @param regionAssortativity the M49 region assortativity (Newman 2003 eq. 2)
 * @param regionAssortativitySe its jackknife standard error
 * @param eiIndex the network's E–I index by region against region labels shuffled among cities,
 *     one-sided towards homophily
 * @param regionEi each region's pooled E–I index against the same shuffles
 * @param modularity the Leiden clusters' modularity against Leiden on rewired networks, one-sided
 *     towards high values
 * @param clustering the average clustering coefficient (mean local coefficient, 0 below degree 2)
 *     against the rewired networks
 * @param resamples networks with {@code leftOutShare} of the links left out that the brokers were
 *     ranked on; 0 when not run
 * @param leftOutShare share of the links left out of each resample
 * @param brokers the top cities by betweenness with their ranks, best first
 * @param timings seconds each test took, in the order run
 */
public record Significance(
    double degreeAssortativity,
    double degreeAssortativitySe,
    double regionAssortativity,
    double regionAssortativitySe,
    NullComparison eiIndex,
    List<RegionEi> regionEi,
    NullComparison modularity,
    NullComparison clustering,
    int resamples,
    double leftOutShare,
    List<Broker> brokers,
    List<Timing> timings) {

  /**
   * Cluster confidence below which a city counts as sitting between clusters: in a typical start
   * its cluster shares less than a quarter of its members with the reported one.
   */
  public static final double LOW_CONFIDENCE = 0.25;

  public Significance {
    Objects.requireNonNull(eiIndex, "eiIndex");
    Objects.requireNonNull(modularity, "modularity");
    Objects.requireNonNull(clustering, "clustering");
    regionEi = List.copyOf(regionEi);
    brokers = List.copyOf(brokers);
    timings = List.copyOf(timings);
  }

  /** A region's E–I index against the shuffles. */
  public record RegionEi(String region, NullComparison test) {}

  /**
   * A top broker.
   *
   * @param cityId the city's id
   * @param cityName its name
   * @param rank its rank by betweenness on the whole network and over the resamples
   * @param timesFirst resamples in which it ranked first
   */
  public record Broker(String cityId, String cityName, BrokerRank rank, int timesFirst) {}

  /** How long one test took. */
  public record Timing(String test, double seconds) {}

  /** No test run: every figure NaN, no brokers, no timings. */
  public static Significance none() {
    NullComparison none = NullComparison.none();
    return new Significance(
        Double.NaN,
        Double.NaN,
        Double.NaN,
        Double.NaN,
        none,
        List.of(),
        none,
        none,
        0,
        0,
        List.of(),
        List.of());
  }

  /** Null networks the modularity and clustering were compared with. */
  public int nullNetworks() {
    return modularity.samples();
  }
}
