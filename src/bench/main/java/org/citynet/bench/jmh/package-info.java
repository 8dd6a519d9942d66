/**
 * JMH benchmarks of the kernels, one class per kernel, on seeded random networks: exact
 * betweenness, Leiden, the gravity null model and its Leiden, geodesic densification. They run from
 * {@code target/citynet-bench.jar} through {@code src/bench/jmh.sh}, never in {@code mvn verify};
 * docs/performance.md gives the figures.
 */
package org.citynet.bench.jmh;
