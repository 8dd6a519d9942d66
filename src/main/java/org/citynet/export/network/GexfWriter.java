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
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.ExportException;
import org.jgrapht.nio.gexf.GEXFAttributeType;
import org.jgrapht.nio.gexf.GEXFExporter;
import org.jgrapht.nio.gexf.GEXFExporter.AttributeCategory;

/**
 * Writes the network as GEXF 1.2 (gexf.net), Gephi's own format, also read by NetworkX ({@code
 * read_gexf}).
 *
 * <p>An undirected graph: node id = city id, node label = city name, edge {@code weight} = link
 * weight, and every {@link NetworkColumns} attribute as a typed GEXF attribute; {@code lat} and
 * {@code lon} are doubles, so Gephi's Geo Layout can place the cities. A missing value has no
 * {@code attvalue}. The meta block names citynet as creator and carries the run's provenance and
 * data attribution as its description. UTF-8, O(n + m).
 */
public final class GexfWriter {
  private GexfWriter() {}

  /** Writes {@code analysis} to {@code file} (atomically). */
  public static void write(NetworkAnalysis analysis, Path file) throws IOException {
    AttributedGraph network = AttributedGraph.of(analysis);
    GEXFExporter<Integer, Integer> exporter =
        new GEXFExporter<>(network::cityId, e -> Integer.toString(e));
    exporter.setParameter(GEXFExporter.Parameter.EXPORT_EDGE_WEIGHTS, true);
    Map<String, String> provenance = network.provenance();
    exporter.setCreator(provenance.remove("citynet_creator"));
    exporter.setDescription(
        String.join(
            "\n",
            provenance.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList()));
    network.cityColumns.forEach(
        c -> exporter.registerAttribute(c.name(), AttributeCategory.NODE, gexfType(c.type())));
    network.linkColumns.forEach(
        c -> exporter.registerAttribute(c.name(), AttributeCategory.EDGE, gexfType(c.type())));
    exporter.setVertexAttributeProvider(
        v -> {
          Map<String, Attribute> values = network.cityAttributes(v);
          values.put(
              "label", DefaultAttribute.createAttribute(analysis.cities().get(v).city().name()));
          return values;
        });
    exporter.setEdgeAttributeProvider(network::linkAttributes);
    AtomicFiles.write(
        file,
        partial -> {
          try (Writer out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
            exporter.exportGraph(network.graph, out);
          } catch (ExportException e) {
            throw new IOException("cannot write GEXF: " + e.getMessage(), e);
          }
        });
  }

  private static GEXFAttributeType gexfType(Column.Type type) {
    return switch (type) {
      case TEXT -> GEXFAttributeType.STRING;
      case INTEGER -> GEXFAttributeType.LONG;
      case DOUBLE -> GEXFAttributeType.DOUBLE;
      case BOOLEAN -> GEXFAttributeType.BOOLEAN;
    };
  }
}
