/**
 * Communities of cities: Leiden clustering by modularity and an independent modularity measure.
 *
 * <p>The CWTS {@code networkanalysis} library is used only inside this package.
 */
package org.citynet.analysis.community;
