/**
 * Measures the network: per-city centralities, clusters and regions, assembled into a {@link
 * org.citynet.model.NetworkAnalysis} by {@link org.citynet.analysis.NetworkAnalyzer}.
 */
package org.citynet.analysis;
