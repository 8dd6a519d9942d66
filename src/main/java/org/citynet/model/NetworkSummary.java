package org.citynet.model;

/**
 * Whole-network figures shown on the workbook's Overview and in the run summary.
 *
 * @param cities number of cities (nodes), isolated ones included
 * @param links number of partnerships (merged edges)
 * @param linkRows number of input link rows that became part of an edge
 * @param components number of connected components
 * @param largestComponentShare share of cities in the largest component
 * @param density links / (n(n-1)/2)
 * @param meanDegree 2 links / n
 * @param clusters number of Leiden clusters
 * @param modularity Newman-Girvan weighted modularity of the clustering
 * @param betweennessMethod how betweenness, closeness and harmonic were computed
 */
public record NetworkSummary(
    int cities,
    int links,
    int linkRows,
    int components,
    double largestComponentShare,
    double density,
    double meanDegree,
    int clusters,
    double modularity,
    BetweennessMethod betweennessMethod) {}
