package org.citynet.export.network;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.citynet.export.AtomicFiles;
import org.citynet.model.NetworkAnalysis;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.ExportException;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;

/**
 * Writes the network as GraphML (Brandes et al., GraphML specification, graphml.graphdrawing.org),
 * for NetworkX ({@code read_graphml}), igraph, yEd and Cytoscape.
 *
 * <p>An undirected graph: node id = city id, edge attribute {@code weight} = link weight, and every
 * {@link NetworkColumns} attribute as a typed key ({@code string}, {@code long}, {@code double},
 * {@code boolean}); a missing value (no population, an empty number) has no {@code data} element.
 * jgrapht-io 1.5.3 writes no graph-level data, so the run's provenance and the data attribution are
 * not in this file (the GEXF, GeoPackage and workbook carry them). UTF-8, O(n + m).
 */
public final class GraphMlWriter {
  private GraphMlWriter() {}

  /** Writes {@code analysis} to {@code file} (atomically). */
  public static void write(NetworkAnalysis analysis, Path file) throws IOException {
    AttributedGraph network = AttributedGraph.of(analysis);
    GraphMLExporter<Integer, Integer> exporter = new GraphMLExporter<>(network::cityId);
    network.cityColumns.forEach(
        c ->
            exporter.registerAttribute(
                c.name(), AttributeCategory.NODE, AttributedGraph.attributeType(c.type())));
    network.linkColumns.forEach(
        c ->
            exporter.registerAttribute(
                c.name(), AttributeCategory.EDGE, AttributedGraph.attributeType(c.type())));
    exporter.setVertexAttributeProvider(network::cityAttributes);
    // The weight as an ordinary key: the exporter's own weight key declares a default of 1.0 and
    // leaves weights of 1.0 out, which NetworkX's reader does not fill back in. Renaming that
    // (unused) key frees the name "weight".
    exporter.setEdgeWeightAttributeName("citynet_unused_weight");
    exporter.registerAttribute("weight", AttributeCategory.EDGE, AttributeType.DOUBLE);
    exporter.setEdgeAttributeProvider(
        e -> {
          Map<String, Attribute> values = network.linkAttributes(e);
          values.put("weight", DefaultAttribute.createAttribute(network.graph.getEdgeWeight(e)));
          return values;
        });
    AtomicFiles.write(
        file,
        partial -> {
          try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            exporter.exportGraph(network.graph, out);
          } catch (ExportException e) {
            throw new IOException("cannot write GraphML: " + e.getMessage(), e);
          }
        });
  }
}
