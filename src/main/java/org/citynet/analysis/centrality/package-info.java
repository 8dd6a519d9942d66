/**
 * Per-city network measures computed on the {@link org.citynet.graph.CompactGraph} snapshot: degree
 * and strength, betweenness, closeness, harmonic, PageRank, eigenvector centrality, coreness, local
 * clustering and connected components.
 *
 * <p>Every definition is the NetworkX one named in the class Javadoc (the project's contract,
 * checked against NetworkX by an oracle test); results are indexed by vertex {@code 0..n-1}.
 */
package org.citynet.analysis.centrality;
