package org.citynet.export.network;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.citynet.export.schema.OutputColumn;
import org.citynet.export.schema.OutputColumns;
import org.citynet.model.CityMetrics;
import org.citynet.model.LinkMetrics;
import org.citynet.model.NetworkAnalysis;
import org.citynet.model.Partnership;
import org.citynet.model.RunInfo;

/**
 * Writes the network as GEXF 1.2 (gexf.net), Gephi's own format, also read by NetworkX ({@code
 * read_gexf}).
 *
 * <p>An undirected graph: node id = the city's {@code id}, node label = its {@code name}, edge id =
 * link index, edge ends and {@code weight} = the link's {@code source}, {@code target} and {@code
 * weight}, and every other {@link OutputColumns#cities} and {@link OutputColumns#links} column as a
 * typed GEXF attribute (ids {@code 0, 1, ...} per class); {@code lat} and {@code lon} are doubles,
 * so Gephi's Geo Layout can place the cities. A missing value has no {@code attvalue}. The meta
 * block names citynet as creator and carries the run's provenance and data attribution as its
 * description. Streamed by {@link XmlWriter}, in analysis order; UTF-8, O(n + m).
 */
public final class GexfWriter {
  private static final String NAMESPACE = "http://www.gexf.net/1.2draft";

  /** City columns held in structural places: the node id. */
  static final Set<String> CITY_STRUCTURE = Set.of("id");

  /** Link columns held in structural places: the edge's ends and weight. */
  static final Set<String> LINK_STRUCTURE = Set.of("source", "target", "weight");

  private GexfWriter() {}

  /** Writes {@code analysis} to {@code file} (atomically). */
  public static void write(NetworkAnalysis analysis, Path file) throws IOException {
    List<OutputColumn<CityMetrics>> cityColumns =
        XmlWriter.attributes(OutputColumns.cities(analysis), CITY_STRUCTURE);
    List<OutputColumn<LinkMetrics>> linkColumns =
        XmlWriter.attributes(OutputColumns.links(analysis), LINK_STRUCTURE);
    XmlWriter.write(
        file,
        xml -> {
          xml.start("gexf")
              .attribute("xmlns", NAMESPACE)
              .attribute("xsi:schemaLocation", NAMESPACE + " " + NAMESPACE + "/gexf.xsd")
              .attribute("version", "1.2")
              .attribute("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance");
          xml.start("meta")
              .element("creator", OutputColumns.creator(analysis.run()))
              .element("description", description(analysis.run()))
              .end();
          xml.start("graph").attribute("defaultedgetype", "undirected");
          String[] cityIds = attributes(xml, "node", cityColumns);
          String[] linkIds = attributes(xml, "edge", linkColumns);
          xml.start("nodes");
          for (CityMetrics city : analysis.cities()) {
            xml.start("node")
                .attribute("id", city.city().id())
                .attribute("label", city.city().name());
            attvalues(xml, cityIds, cityColumns, city);
            xml.end();
          }
          xml.end().start("edges");
          int index = 0;
          for (LinkMetrics link : analysis.links()) {
            Partnership p = link.partnership();
            xml.start("edge")
                .attribute("id", Integer.toString(index++))
                .attribute("source", p.source())
                .attribute("target", p.target())
                .attribute("weight", Double.toString(p.weight()));
            attvalues(xml, linkIds, linkColumns, link);
            xml.end();
          }
          xml.end().end().end();
        });
  }

  /** The run's provenance but the creator, a {@code name: value} line each. */
  private static String description(RunInfo run) {
    return String.join(
        "\n",
        OutputColumns.provenance().stream()
            .filter(entry -> !entry.name().equals(OutputColumns.CREATOR))
            .map(entry -> entry.name() + ": " + Objects.toString(entry.text(run), ""))
            .toList());
  }

  /** Declares the attributes of one class, numbered from 0; returns their ids. */
  private static <T> String[] attributes(XmlWriter xml, String kind, List<OutputColumn<T>> columns)
      throws IOException {
    String[] ids = new String[columns.size()];
    xml.start("attributes").attribute("class", kind);
    for (int i = 0; i < ids.length; i++) {
      ids[i] = Integer.toString(i);
      xml.start("attribute")
          .attribute("id", ids[i])
          .attribute("title", columns.get(i).name())
          .attribute("type", XmlWriter.schemaType(columns.get(i).type()))
          .end();
    }
    xml.end();
    return ids;
  }

  private static <T> void attvalues(
      XmlWriter xml, String[] ids, List<OutputColumn<T>> columns, T row) throws IOException {
    xml.start("attvalues");
    for (int i = 0; i < ids.length; i++) {
      String text = columns.get(i).text(row);
      if (text != null) {
        xml.start("attvalue").attribute("for", ids[i]).attribute("value", text).end();
      }
    }
    xml.end();
  }
}
