/**
 * Writes the analysed network for other tools: GraphML ({@code NAME.graphml}, for NetworkX, igraph,
 * yEd, Cytoscape), GEXF ({@code NAME.gexf}, for Gephi), two plain CSV tables ({@code
 * NAME-cities.csv}, {@code NAME-links.csv}, for R, pandas or a spreadsheet) and, on request, two
 * GeoJSON files ({@code NAME-cities.geojson}, {@code NAME-links.geojson}, for web maps). All carry
 * the same typed columns ({@link org.citynet.export.schema.OutputColumns}) and write through {@link
 * org.citynet.export.AtomicFiles}.
 */
package org.citynet.export.network;
