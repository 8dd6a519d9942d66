/**
 * Writes the analysis as a GeoPackage (OGC 12-128r18, version 1.3) with the NGA GeoPackage library,
 * ready to open in QGIS as a styled map: layers {@code cities}, {@code links}, {@code clusters},
 * {@code regions} and {@code countries} in EPSG:4326, their default styles in the table {@code
 * layer_styles} (QGIS's QML and the same style as OGC SLD 1.1), and the run's provenance as
 * GeoPackage metadata.
 */
package org.citynet.export.gpkg;
