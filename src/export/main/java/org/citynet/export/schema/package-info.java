/**
 * The one definition of every output column and of the run summary: {@link
 * org.citynet.export.schema.OutputColumns} lists, table by table, each column's name, type, unit,
 * meaning and value; every writer (GeoPackage, workbook, CSV, GraphML, GEXF, GeoJSON, summary JSON)
 * takes its columns from there, and {@code docs/outputs.md} lists the same ones. A new measure
 * added to {@code OutputColumns} appears in every output.
 */
package org.citynet.export.schema;
