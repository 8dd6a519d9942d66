/**
 * The backbone of a weighted network: the links that carry a significant share of a city's strength
 * ({@link org.citynet.analysis.backbone.DisparityFilter}).
 */
package org.citynet.analysis.backbone;
