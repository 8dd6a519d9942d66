/**
 * Per-city network measures computed on the {@link org.citynet.graph.CompactGraph} snapshot: degree
 * and strength, betweenness, closeness, harmonic, PageRank, eigenvector centrality, coreness, local
 * clustering and connected components.
 *
 * <p>Every definition is the NetworkX one named in the class Javadoc (the project's contract,
 * checked against NetworkX by an oracle test); results are indexed by vertex {@code 0..n-1}. The
 * shortest-path measures are exact ({@code ShortestPathCentralities}, which peels the trees hanging
 * off the 2-core first); betweenness can instead be estimated with a guaranteed error ({@code
 * ApproximateBetweenness}), as {@code ShortestPathCentralities.resolve} chooses for the {@code
 * --betweenness} setting.
 */
package org.citynet.analysis.centrality;
