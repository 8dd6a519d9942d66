package org.citynet.export.network;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citynet.model.CityMetrics;
import org.citynet.model.LinkMetrics;
import org.citynet.model.NetworkAnalysis;
import org.citynet.model.Partnership;
import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;

/**
 * The analysed network as a weighted JGraphT graph for jgrapht-io's exporters: vertex {@code i} is
 * the i-th city, edge {@code j} the j-th link (weight = link weight), and each carries its {@link
 * NetworkColumns} as exporter attributes (missing values left out).
 */
final class AttributedGraph {
  final NetworkAnalysis analysis;
  final Graph<Integer, Integer> graph;
  final List<Column<CityMetrics>> cityColumns;
  final List<Column<LinkMetrics>> linkColumns;

  private AttributedGraph(NetworkAnalysis analysis) {
    this.analysis = analysis;
    cityColumns = NetworkColumns.cities(analysis);
    linkColumns = NetworkColumns.links();
    graph =
        GraphTypeBuilder.<Integer, Integer>undirected()
            .weighted(true)
            .allowingMultipleEdges(false)
            .allowingSelfLoops(false)
            .buildGraph();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < analysis.cities().size(); i++) {
      graph.addVertex(i);
      index.put(analysis.cities().get(i).city().id(), i);
    }
    for (int j = 0; j < analysis.links().size(); j++) {
      Partnership p = analysis.links().get(j).partnership();
      Integer source = index.get(p.source());
      Integer target = index.get(p.target());
      if (source == null || target == null) {
        throw new IllegalArgumentException(
            "link " + p.source() + " – " + p.target() + " names a city the analysis lacks");
      }
      graph.addEdge(source, target, j);
      graph.setEdgeWeight(j, p.weight());
    }
  }

  static AttributedGraph of(NetworkAnalysis analysis) {
    return new AttributedGraph(analysis);
  }

  /** The id of city {@code v} as given in the input. */
  String cityId(int v) {
    return analysis.cities().get(v).city().id();
  }

  Map<String, Attribute> cityAttributes(int v) {
    return attributes(cityColumns, analysis.cities().get(v));
  }

  Map<String, Attribute> linkAttributes(int e) {
    return attributes(linkColumns, analysis.links().get(e));
  }

  /**
   * The run's provenance, one entry each: study, tool, command, start, settings, attribution; names
   * start with {@code citynet_} to stay apart from the city attributes (GraphML keys share one name
   * space).
   */
  Map<String, String> provenance() {
    var run = analysis.run();
    Map<String, String> lines = new LinkedHashMap<>();
    lines.put("citynet_study", run.name());
    lines.put("citynet_creator", "citynet " + run.toolVersion());
    lines.put("citynet_command_line", run.commandLine());
    lines.put("citynet_started_at", run.startedAt().toString());
    lines.put("citynet_settings", run.settings().asOptions().toString());
    lines.put("citynet_attribution", String.join(" | ", run.attribution()));
    return lines;
  }

  private static <T> Map<String, Attribute> attributes(List<Column<T>> columns, T row) {
    Map<String, Attribute> values = new LinkedHashMap<>();
    for (Column<T> column : columns) {
      String text = column.text(row);
      if (text != null) {
        values.put(column.name(), new DefaultAttribute<>(text, attributeType(column.type())));
      }
    }
    return values;
  }

  static AttributeType attributeType(Column.Type type) {
    return switch (type) {
      case TEXT -> AttributeType.STRING;
      case INTEGER -> AttributeType.LONG;
      case DOUBLE -> AttributeType.DOUBLE;
      case BOOLEAN -> AttributeType.BOOLEAN;
    };
  }
}
