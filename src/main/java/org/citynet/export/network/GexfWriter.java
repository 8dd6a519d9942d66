package org.citynet.export.network;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.citynet.export.schema.OutputColumn;
import org.citynet.export.schema.OutputColumns;
import org.citynet.model.CityMetrics;
import org.citynet.model.LinkMetrics;
import org.citynet.model.NetworkAnalysis;
import org.citynet.model.Partnership;
import org.citynet.model.RunInfo;
import org.citynet.model.YearSpan;

/**
 * Writes the network as GEXF 1.3 (namespace {@code http://gexf.net/1.3}), the format Gephi 0.9 and
 * later read and write natively, for static and dynamic networks alike. No {@code
 * xsi:schemaLocation}: the XSD published for 1.3 is incomplete, and the RELAX NG grammar the format
 * is defined by declares no such attribute.
 *
 * <p>An undirected graph: node id = the city's {@code id}, node label = its {@code name}, edge id =
 * link index, edge ends and {@code weight} = the link's {@code source}, {@code target} and {@code
 * weight}, and every other {@link OutputColumns#cities} and {@link OutputColumns#links} column as a
 * typed GEXF attribute (ids {@code 0, 1, ...} per class); {@code lat} and {@code lon} are doubles,
 * so Gephi's Geo Layout can place the cities. A missing value has no {@code attvalue}. The meta
 * block names citynet as creator and carries the run's provenance and data attribution as its
 * description. Streamed by {@link XmlWriter}, in analysis order; UTF-8, O(n + m).
 *
 * <p>Without years the graph is in static mode. When the input has years it is in dynamic mode
 * ({@code timeformat="integer"}, years; the graph's {@code start} and {@code end} are the input's
 * first and last year), for Gephi's timeline: each edge has one spell from its first to its last
 * active year, each node the spells in which it has an active link (its links' years, overlapping
 * and adjacent ones joined). A link still active ends in the input's last year, as everywhere in
 * citynet, so every spell is closed.
 */
public final class GexfWriter {
  /** The GEXF 1.3 namespace. */
  static final String NAMESPACE = "http://gexf.net/1.3";

  /** The GEXF version written. */
  static final String VERSION = "1.3";

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
          xml.start("gexf").attribute("xmlns", NAMESPACE).attribute("version", VERSION);
          xml.start("meta")
              .element("creator", OutputColumns.creator(analysis.run()))
              .element("description", description(analysis.run()))
              .end();
          xml.start("graph").attribute("defaultedgetype", "undirected");
          Optional<YearSpan> input = analysis.time().inputYears();
          Map<String, List<YearSpan>> citySpells = Map.of();
          if (input.isPresent()) {
            xml.attribute("mode", "dynamic")
                .attribute("timeformat", "integer")
                .attribute("start", Integer.toString(input.get().first()))
                .attribute("end", Integer.toString(input.get().last()));
            citySpells = citySpells(analysis.links(), input.get());
          } else {
            xml.attribute("mode", "static");
          }
          String[] cityIds = attributes(xml, "node", cityColumns);
          String[] linkIds = attributes(xml, "edge", linkColumns);
          xml.start("nodes");
          for (CityMetrics city : analysis.cities()) {
            xml.start("node")
                .attribute("id", city.city().id())
                .attribute("label", city.city().name());
            attvalues(xml, cityIds, cityColumns, city);
            if (input.isPresent()) {
              spells(xml, citySpells.getOrDefault(city.city().id(), List.of()));
            }
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
            if (input.isPresent()) {
              spells(xml, List.of(p.years().within(input.get())));
            }
            xml.end();
          }
          xml.end().end().end();
        });
  }

  /** Each city's spells: its links' active years sorted, overlapping and adjacent ones joined. */
  static Map<String, List<YearSpan>> citySpells(List<LinkMetrics> links, YearSpan input) {
    Map<String, List<YearSpan>> all = new HashMap<>();
    for (LinkMetrics link : links) {
      Partnership p = link.partnership();
      YearSpan spell = p.years().within(input);
      all.computeIfAbsent(p.source(), k -> new ArrayList<>()).add(spell);
      all.computeIfAbsent(p.target(), k -> new ArrayList<>()).add(spell);
    }
    Map<String, List<YearSpan>> joined = new HashMap<>();
    all.forEach(
        (city, spells) -> {
          spells.sort(Comparator.comparingInt(YearSpan::first));
          List<YearSpan> out = new ArrayList<>();
          YearSpan current = spells.get(0);
          for (YearSpan next : spells.subList(1, spells.size())) {
            if (next.first() <= current.last() + 1) {
              current = new YearSpan(current.first(), Math.max(current.last(), next.last()));
            } else {
              out.add(current);
              current = next;
            }
          }
          out.add(current);
          joined.put(city, List.copyOf(out));
        });
    return joined;
  }

  private static void spells(XmlWriter xml, List<YearSpan> spells) throws IOException {
    xml.start("spells");
    for (YearSpan s : spells) {
      xml.start("spell")
          .attribute("start", Integer.toString(s.first()))
          .attribute("end", Integer.toString(s.last()))
          .end();
    }
    xml.end();
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
