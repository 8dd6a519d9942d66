/**
 * The Excel workbook: an Overview that reads like a brief, the cities, links, clusters and region
 * matrix as Excel tables, the method with its references and the run's provenance.
 *
 * <p>Apache POI is used only here. Sheets are streamed (SXSSF) so large networks write in bounded
 * memory, and every text cell is written as text, never as a formula.
 */
package org.citynet.export.excel;
