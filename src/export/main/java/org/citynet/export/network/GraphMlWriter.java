package org.citynet.export.network;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.citynet.export.schema.ColumnType;
import org.citynet.export.schema.OutputColumn;
import org.citynet.export.schema.OutputColumns;
import org.citynet.model.CityMetrics;
import org.citynet.model.LinkMetrics;
import org.citynet.model.NetworkAnalysis;
import org.citynet.model.Partnership;
import org.citynet.model.RunInfo;

/**
 * Writes the network as GraphML (Brandes et al., GraphML specification, graphml.graphdrawing.org),
 * for NetworkX ({@code read_graphml}), igraph, yEd and Cytoscape.
 *
 * <p>An undirected graph: node id = the city's {@code id}, edge ends = the link's {@code source}
 * and {@code target}, and every other {@link OutputColumns#cities} and {@link OutputColumns#links}
 * column as a typed key ({@code string}, {@code long}, {@code double}, {@code boolean}); a missing
 * value (no population, an empty number) has no {@code data} element. The graph's own data is the
 * run's provenance and data attribution ({@link OutputColumns#provenance()}). Keys are {@code key0,
 * key1, ...}: the city attributes, the link attributes, then the provenance. Streamed by {@link
 * XmlWriter}, in analysis order; UTF-8, O(n + m).
 */
public final class GraphMlWriter {
  private static final String NAMESPACE = "http://graphml.graphdrawing.org/xmlns";

  /** City columns held in structural places: the node id. */
  static final Set<String> CITY_STRUCTURE = Set.of("id");

  /** Link columns held in structural places: the edge's ends. */
  static final Set<String> LINK_STRUCTURE = Set.of("source", "target");

  private GraphMlWriter() {}

  /** Writes {@code analysis} to {@code file} (atomically). */
  public static void write(NetworkAnalysis analysis, Path file) throws IOException {
    List<OutputColumn<CityMetrics>> cityColumns =
        XmlWriter.attributes(OutputColumns.cities(analysis), CITY_STRUCTURE);
    List<OutputColumn<LinkMetrics>> linkColumns =
        XmlWriter.attributes(OutputColumns.links(analysis), LINK_STRUCTURE);
    XmlWriter.write(
        file,
        xml -> {
          xml.start("graphml")
              .attribute("xmlns", NAMESPACE)
              .attribute("xsi:schemaLocation", NAMESPACE + " " + NAMESPACE + "/1.0/graphml.xsd")
              .attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
          String[] cityKeys = keys(xml, "node", cityColumns, 0);
          String[] linkKeys = keys(xml, "edge", linkColumns, cityKeys.length);
          List<OutputColumn<RunInfo>> runColumns = OutputColumns.provenance();
          String[] runKeys = keys(xml, "graph", runColumns, cityKeys.length + linkKeys.length);
          xml.start("graph").attribute("edgedefault", "undirected");
          data(xml, runKeys, runColumns, analysis.run());
          for (CityMetrics city : analysis.cities()) {
            xml.start("node").attribute("id", city.city().id());
            data(xml, cityKeys, cityColumns, city);
            xml.end();
          }
          for (LinkMetrics link : analysis.links()) {
            Partnership p = link.partnership();
            xml.start("edge").attribute("source", p.source()).attribute("target", p.target());
            data(xml, linkKeys, linkColumns, link);
            xml.end();
          }
          xml.end().end();
        });
  }

  /** Declares one key per column, numbered from {@code first}; returns their ids. */
  private static <T> String[] keys(
      XmlWriter xml, String domain, List<OutputColumn<T>> columns, int first) throws IOException {
    String[] ids = new String[columns.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = "key" + (first + i);
      key(xml, ids[i], domain, columns.get(i).name(), columns.get(i).type());
    }
    return ids;
  }

  private static void key(XmlWriter xml, String id, String domain, String name, ColumnType type)
      throws IOException {
    xml.start("key")
        .attribute("id", id)
        .attribute("for", domain)
        .attribute("attr.name", name)
        .attribute("attr.type", XmlWriter.schemaType(type))
        .end();
  }

  private static <T> void data(XmlWriter xml, String[] keys, List<OutputColumn<T>> columns, T row)
      throws IOException {
    for (int i = 0; i < keys.length; i++) {
      String text = columns.get(i).text(row);
      if (text != null) {
        xml.start("data").attribute("key", keys[i]).text(text).end();
      }
    }
  }
}
