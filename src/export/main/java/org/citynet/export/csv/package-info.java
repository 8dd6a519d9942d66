/**
 * Writes a dataset back in citynet's own input format ({@code cities.csv}, {@code links.csv}), so
 * that a subset can be analysed, shared or shipped like any other input.
 */
package org.citynet.export.csv;
