/**
 * Writes the analysis as a GeoPackage (OGC 12-128r18, version 1.3) with the NGA GeoPackage library:
 * layers {@code cities}, {@code links} and {@code clusters} in EPSG:4326.
 */
package org.citynet.export.gpkg;
