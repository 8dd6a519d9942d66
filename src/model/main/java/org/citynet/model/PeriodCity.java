package org.citynet.model;

/**
 * A city's measures in one period's snapshot; definitions as in {@link CityMetrics}, computed on
 * the snapshot alone.
 *
 * @param id the city's id
 * @param degree distinct partners active in the period
 * @param strength sum of the weights of those partnerships
 * @param betweenness share of shortest paths between other cities of the snapshot through this one
 * @param cluster the city's Leiden cluster in the snapshot, 0 = largest
 */
public record PeriodCity(String id, int degree, double strength, double betweenness, int cluster) {}
