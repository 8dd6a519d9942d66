/**
 * {@code citynet bench}: times every stage of a run (reading, graph building, each measure, Leiden)
 * with wall time, CPU time and peak memory, on the shipped datasets and on seeded synthetic graphs,
 * and times python-igraph and NetworkX on the same edge lists for comparison.
 */
package org.citynet.bench;
