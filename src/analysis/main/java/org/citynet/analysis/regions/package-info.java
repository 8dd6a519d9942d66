/** Where cooperation happens: UN M49 regions of cities and partnerships between regions. */
package org.citynet.analysis.regions;
