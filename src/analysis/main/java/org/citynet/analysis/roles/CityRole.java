package org.citynet.analysis.roles;

import org.citynet.model.Role;

/**
 * A city's place in its cluster.
 *
 * @param degree number of partner cities (unweighted)
 * @param withinClusterDegree partners in the city's own cluster
 * @param withinClusterZ z-score of {@code withinClusterDegree} among the members of the city's
 *     cluster; 0 when all members have the same within-cluster degree
 * @param participation participation coefficient P in [0, 1 - 1/k]: 0 when every partner is in one
 *     cluster (and for a city without partners), near 1 when partners spread evenly over many
 *     clusters
 * @param role the Guimerà–Amaral role from z and P
 */
public record CityRole(
    int degree, int withinClusterDegree, double withinClusterZ, double participation, Role role) {}
