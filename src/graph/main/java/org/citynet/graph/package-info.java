/**
 * Builds the network of cities (JGraphT) from the inputs, and its compact snapshot for the fast
 * kernels.
 */
package org.citynet.graph;
