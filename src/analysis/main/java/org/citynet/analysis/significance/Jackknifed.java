package org.citynet.analysis.significance;

/**
 * A coefficient with its jackknife standard error.
 *
 * @param value the coefficient on all links; NaN when undefined
 * @param standardError Newman's jackknife error σ, √Σ_i (r_i − r)²; NaN when r is undefined or
 *     there are fewer than two links
 */
public record Jackknifed(double value, double standardError) {}
