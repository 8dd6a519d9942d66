package org.citynet.analysis.roles;

import static org.citynet.model.RoleBoundaries.CONNECTOR_HUB_P;
import static org.citynet.model.RoleBoundaries.HUB_Z;
import static org.citynet.model.RoleBoundaries.NON_HUB_CONNECTOR_P;
import static org.citynet.model.RoleBoundaries.PERIPHERAL_P;
import static org.citynet.model.RoleBoundaries.PROVINCIAL_HUB_P;
import static org.citynet.model.RoleBoundaries.ULTRA_PERIPHERAL_P;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.citynet.analysis.community.Modularity;
import org.citynet.graph.CompactGraph;
import org.citynet.model.Role;

/**
 * Within-cluster degree z-score, participation coefficient and role of every city, given a
 * clustering.
 *
 * <p>R. Guimerà and L. A. N. Amaral, "Functional cartography of complex metabolic networks", Nature
 * 433 (2005) 895; applied to the world airline network of cities in R. Guimerà, S. Mossa, A.
 * Turtschi and L. A. N. Amaral, "The worldwide air transportation network: anomalous centrality,
 * community structure, and cities' global roles", PNAS 102 (2005) 7794. For city i in cluster s_i
 * with k_i partners, κ_is of them in cluster s:
 *
 * <pre>
 * z_i = (κ_i,s_i - mean of κ_j,s_j over j in s_i) / (standard deviation of the same)
 * P_i = 1 - Σ_s (κ_is / k_i)²
 * </pre>
 *
 * <p>As in the papers, degrees are unweighted (a partnership counts once whatever its weight) and
 * the standard deviation is the population one (divided by the cluster size). Where it is 0 — a
 * singleton cluster or one whose members all have the same within-cluster degree — z is set to 0,
 * so no city there is a hub. A city without partners has P = 0 (ultra-peripheral). Roles compare
 * with the thresholds with a tolerance of 1e-9, so that a P of exactly 4/5 (computed as
 * 0.8000000000000002) still counts as ≤ 0.80. Runs in O(n + m) time.
 */
public final class CityRoles {
  private static final double TOLERANCE = 1e-9;

  private CityRoles() {}

  /**
   * The role of every city.
   *
   * @param clusterOf cluster id of each vertex, any non-negative ints
   * @return one entry per vertex, in vertex order
   * @throws IllegalArgumentException if {@code clusterOf} does not have one non-negative id per
   *     vertex
   */
  public static List<CityRole> of(CompactGraph graph, int[] clusterOf) {
    int n = graph.vertexCount();
    int clusters = Modularity.clusterCount(clusterOf, n);
    int[] inside = new int[n];
    double[] participation = new double[n];
    Map<Integer, Integer> perCluster = new HashMap<>();
    for (int v = 0; v < n; v++) {
      perCluster.clear();
      for (int s = graph.firstSlot(v); s < graph.endSlot(v); s++) {
        perCluster.merge(clusterOf[graph.neighbour(s)], 1, Integer::sum);
      }
      inside[v] = perCluster.getOrDefault(clusterOf[v], 0);
      participation[v] = participation(graph.degree(v), perCluster.values());
    }
    // Per cluster: size, Σκ and Σκ², in integers so that equal degrees give a spread of exactly 0.
    long[] size = new long[clusters];
    long[] sum = new long[clusters];
    long[] sumOfSquares = new long[clusters];
    for (int v = 0; v < n; v++) {
      int c = clusterOf[v];
      size[c]++;
      sum[c] += inside[v];
      sumOfSquares[c] += (long) inside[v] * inside[v];
    }
    List<CityRole> roles = new ArrayList<>(n);
    for (int v = 0; v < n; v++) {
      int c = clusterOf[v];
      // z = (κ - S/N) / sqrt(Q/N - (S/N)²) = (Nκ - S) / sqrt(NQ - S²)
      long spread = size[c] * sumOfSquares[c] - sum[c] * sum[c];
      double z = spread == 0 ? 0 : (size[c] * inside[v] - sum[c]) / Math.sqrt(spread);
      double p = participation[v];
      roles.add(new CityRole(graph.degree(v), inside[v], z, p, role(z, p)));
    }
    return List.copyOf(roles);
  }

  /** The role for a z-score and a participation coefficient, by the paper's thresholds. */
  public static Role role(double z, double participation) {
    if (z >= HUB_Z - TOLERANCE) {
      if (participation <= PROVINCIAL_HUB_P + TOLERANCE) {
        return Role.R5_PROVINCIAL_HUB;
      }
      return participation <= CONNECTOR_HUB_P + TOLERANCE
          ? Role.R6_CONNECTOR_HUB
          : Role.R7_KINLESS_HUB;
    }
    if (participation <= ULTRA_PERIPHERAL_P + TOLERANCE) {
      return Role.R1_ULTRA_PERIPHERAL;
    }
    if (participation <= PERIPHERAL_P + TOLERANCE) {
      return Role.R2_PERIPHERAL;
    }
    return participation <= NON_HUB_CONNECTOR_P + TOLERANCE
        ? Role.R3_NON_HUB_CONNECTOR
        : Role.R4_NON_HUB_KINLESS;
  }

  private static double participation(int degree, Iterable<Integer> linksPerCluster) {
    if (degree == 0) {
      return 0;
    }
    // In integers, so that a city with all partners in one cluster gets exactly 0.
    long squares = 0;
    for (int k : linksPerCluster) {
      squares += (long) k * k;
    }
    long k2 = (long) degree * degree;
    return (double) (k2 - squares) / k2;
  }
}
