/**
 * How sure the headline figures are: standard errors, permutation tests, degree-preserving null
 * networks and resampling. Every class takes its randomness as a seed and gives the same result for
 * the same seed whatever the number of threads.
 */
package org.citynet.analysis.significance;
