/**
 * Communities of cities: Leiden clustering by modularity or the Constant Potts Model, independent
 * measures of both qualities, and the agreement between partitions (adjusted Rand index, NMI) used
 * to report how stable a clustering is across random starts.
 *
 * <p>The CWTS {@code networkanalysis} library is used only inside this package.
 */
package org.citynet.analysis.community;
