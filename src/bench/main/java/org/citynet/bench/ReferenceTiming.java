package org.citynet.bench;

/**
 * What a reference library spent on one measure.
 *
 * @param tool library and version, e.g. {@code igraph 0.10.2}
 * @param measure {@code betweenness} or {@code closeness}
 * @param wallSeconds elapsed time (scaled up when extrapolated)
 * @param cpuSeconds CPU time of the Python process (scaled likewise)
 * @param extrapolated whether the time was measured on a sample of sources and scaled to all
 */
public record ReferenceTiming(
    String tool, String measure, double wallSeconds, double cpuSeconds, boolean extrapolated) {}
