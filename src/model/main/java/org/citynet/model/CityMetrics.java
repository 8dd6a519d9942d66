package org.citynet.model;

import java.util.Objects;

/**
 * A city with its place in the network: its region and every per-city measure.
 *
 * <p>Definitions follow NetworkX (see docs/measures.md): betweenness is normalised by (n-1)(n-2)/2,
 * closeness uses the Wasserman-Faust correction for disconnected graphs, harmonic is divided by
 * n-1, pagerank uses damping 0.85 and weights, eigenvector is the weighted leading eigenvector
 * scaled to a maximum of 1, clustering is the unweighted local clustering coefficient.
 *
 * @param city the input city
 * @param region UN M49 region of the city's country ("" when unknown)
 * @param subregion UN M49 sub-region ("" when unknown)
 * @param degree number of distinct partner cities
 * @param strength sum of the weights of the city's partnerships
 * @param betweenness share of shortest paths between other cities that pass through this one
 * @param closeness inverse mean distance to reachable cities, scaled by the reachable share
 * @param harmonic mean inverse distance to all other cities
 * @param pagerank PageRank score (sums to 1 over all cities)
 * @param eigenvector eigenvector centrality, largest = 1
 * @param coreness largest k such that the city is in the k-core
 * @param clustering share of the city's partner pairs that are partners themselves
 * @param component connected component, 0 = largest
 * @param cluster Leiden community, 0 = largest
 * @param withinClusterZ z-score of the city's partners inside its cluster among the cluster's
 *     members (Guimerà and Amaral 2005); 0 when all members have as many
 * @param participation participation coefficient P = 1 − Σ_s (κ_s / k)², κ_s partners in cluster s:
 *     0 when all partners are in one cluster, near 1 when spread over many
 * @param role Guimerà-Amaral role from z and P, written as its code "R1" … "R7" and its name
 * @param eiIndex Krackhardt-Stern E–I index by M49 region, (E − I)/(E + I): −1 only partners in the
 *     city's own region, +1 only elsewhere; NaN when the region of the city or of all partners is
 *     unknown, or the city has no partner
 * @param clusterSpatial community under the gravity null model (Expert et al. 2011), 0 = largest;
 *     -1 when not computed
 * @param betweennessRank the rank by betweenness over resampled networks, {@link BrokerRank#NONE}
 *     outside the top brokers
 * @param clusterConfidence mean Jaccard overlap between the city's cluster and its cluster in each
 *     random start of the clustering: 1 always with the same cities
 */
public record CityMetrics(
    City city,
    String region,
    String subregion,
    int degree,
    double strength,
    double betweenness,
    double closeness,
    double harmonic,
    double pagerank,
    double eigenvector,
    int coreness,
    double clustering,
    int component,
    int cluster,
    double withinClusterZ,
    double participation,
    Role role,
    double eiIndex,
    int clusterSpatial,
    BrokerRank betweennessRank,
    double clusterConfidence) {

  /** Value of {@link #clusterSpatial} when the gravity clustering was not run. */
  public static final int NOT_COMPUTED = -1;

  public CityMetrics {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(betweennessRank, "betweennessRank");
  }
}
