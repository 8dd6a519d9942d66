package org.citynet.export.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citynet.export.network.SyntheticAnalyses.city;
import static org.citynet.export.network.SyntheticAnalyses.link;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.citynet.io.InputException;
import org.citynet.model.City;
import org.citynet.model.CityMetrics;
import org.citynet.model.Link;
import org.citynet.model.LinkMetrics;
import org.citynet.model.NetworkAnalysis;
import org.citynet.model.Partnership;
import org.citynet.testing.ExternalTools;
import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.BaseEventDrivenImporter;
import org.jgrapht.nio.GraphImporter;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GraphML, GEXF and the two CSV tables read back by NetworkX and Python's csv module ({@code
 * src/test/python/network_exports.py}, the GEXF checked against the GEXF 1.3 grammar first), and
 * the GraphML and GEXF by jgrapht-io's importers (the GraphML validated against its XML schema),
 * hold every city and link with the analysis' values.
 */
class NetworkExportsTest {
  private static final Path CHECKER = Path.of("src/test/python/network_exports.py");
  private static final Path DUMP = Path.of("src/test/python/network_dump.py");

  @TempDir Path dir;

  @BeforeAll
  static void requireNetworkX() {
    ExternalTools.requirePythonModule("networkx", "python3-networkx");
    ExternalTools.requirePythonModule("lxml", "python3-lxml");
  }

  /**
   * A small synthetic network: names that need CSV quoting and XML escaping, a city without
   * population, a numeric extra column with a gap, a text extra column, and one named like a
   * measure.
   */
  private static NetworkAnalysis synthetic() throws InputException {
    List<String> extras = List.of("score", "note", "degree");
    List<City> cities =
        List.of(
            city("a", "Washington, \"D.C.\"", "US", 38.9, -77.04, 700000, "12", "<capital>", "x"),
            city("b", "São Paulo", "BR", -23.55, -46.63, 12300000, "0.25", "", "y"),
            city("c", "Zürich", "CH", 47.37, 8.54, -1, "", "line\nbreak", "z"),
            city("d", "Tōkyō", "JP", 35.68, 139.69, 14000000, "1e-5", "a;b", ""),
            city("e", "Alone", "FR", 48.85, 2.35, -1, "3", "", ""));
    List<Link> links =
        List.of(
            link("a", "b", 2, "twinning"),
            link("b", "a", 1.5, "friendship"),
            link("b", "c", 1, ""),
            link("c", "d", 4, "twinning"),
            link("a", "d", 1, "twinning"));
    return SyntheticAnalyses.analyse(cities, extras, links);
  }

  @Test
  void networkXAndCsvReadBackEveryCityAndLinkAttribute() throws IOException, InputException {
    NetworkAnalysis analysis = synthetic();
    Path graphml = dir.resolve("n.graphml");
    Path gexf = dir.resolve("n.gexf");
    Path cities = dir.resolve("n-cities.csv");
    Path links = dir.resolve("n-links.csv");
    GraphMlWriter.write(analysis, graphml);
    GexfWriter.write(analysis, gexf);
    NetworkCsvWriter.write(analysis, cities, links, CsvCells.RAW);

    Path expected = Files.writeString(dir.resolve("expected.tsv"), expectations(analysis));
    ExternalTools.Result r =
        ExternalTools.run(
            List.of(
                ExternalTools.PYTHON,
                CHECKER.toString(),
                expected.toString(),
                graphml.toString(),
                gexf.toString(),
                cities.toString(),
                links.toString()),
            120);
    assertThat(r.exitCode()).as(r.output()).isZero();
    assertThat(r.output()).contains("0 mismatches");
  }

  @Test
  void gexfCarriesTheRunsProvenanceAndAttribution() throws IOException, InputException {
    GexfWriter.write(synthetic(), dir.resolve("n.gexf"));

    assertThat(Files.readString(dir.resolve("n.gexf")))
        .contains(
            "Data: synthetic test network",
            "citynet --name synthetic",
            "<creator>citynet test</creator>");
  }

  @Test
  void graphMlCarriesTheRunsProvenanceAndAttributionAsGraphData()
      throws IOException, InputException {
    GraphMlWriter.write(synthetic(), dir.resolve("n.graphml"));

    assertThat(networkX(dir.resolve("n.graphml")))
        .contains(
            "\"citynet_attribution\": \"Data: synthetic test network\"",
            "\"citynet_command_line\": \"citynet --name synthetic\"",
            "\"citynet_creator\": \"citynet test\"");
  }

  @Test
  void jgraphtImportersValidateBothFilesAndReadBackEveryValue() throws Exception {
    NetworkAnalysis analysis = synthetic();
    GraphMlWriter.write(analysis, dir.resolve("n.graphml"));
    GexfWriter.write(analysis, dir.resolve("n.gexf"));
    Imported want = Imported.expected(expectations(analysis));

    Imported graphml = Imported.read(dir.resolve("n.graphml"), new GraphMLImporter<>());
    Imported gexf = Imported.read(dir.resolve("n.gexf"), new SimpleGEXFImporter<>());

    // Structural places, not attributes: GraphML's node id and edge ends, GEXF's id and label.
    Set<String> structural = Set.of("ID", "id", "label", "source", "target");
    assertThat(graphml.withoutAttributes(structural)).isEqualTo(want.withoutAttributes(structural));
    assertThat(gexf.withoutAttributes(structural)).isEqualTo(want.withoutAttributes(structural));
    for (CityMetrics m : analysis.cities()) {
      assertThat(gexf.cities().get(m.city().id()).get("label"))
          .isEqualTo(new Value(AttributeType.STRING, m.city().name()));
    }
  }

  @Test
  void namesXmlCannotHoldBecomeReplacementCharactersInReadableFiles() throws Exception {
    NetworkAnalysis analysis =
        SyntheticAnalyses.analyse(
            List.of(
                city("a", "Bell\u0007 \u0000end\uD800", "US", 38.9, -77.04, -1),
                city("b", "B", "BR", -23.55, -46.63, -1)),
            List.of(),
            List.of(link("a", "b", 1, "twinning")));
    GraphMlWriter.write(analysis, dir.resolve("n.graphml"));
    GexfWriter.write(analysis, dir.resolve("n.gexf"));

    Value name = new Value(AttributeType.STRING, "Bell\uFFFD \uFFFDend\uFFFD");
    Imported graphml = Imported.read(dir.resolve("n.graphml"), new GraphMLImporter<>());
    Imported gexf = Imported.read(dir.resolve("n.gexf"), new SimpleGEXFImporter<>());
    assertThat(graphml.cities().get("a").get("name")).isEqualTo(name);
    assertThat(gexf.cities().get("a")).containsEntry("name", name).containsEntry("label", name);
    assertThat(networkX(dir.resolve("n.graphml"))).contains("Bell\\ufffd \\ufffdend\\ufffd");
    assertThat(networkX(dir.resolve("n.gexf"))).contains("Bell\\ufffd \\ufffdend\\ufffd");
  }

  @Test
  void writesTheSameBytesEveryTime() throws IOException, InputException {
    NetworkAnalysis analysis = synthetic();
    for (String run : List.of("1", "2")) {
      GraphMlWriter.write(analysis, dir.resolve(run + ".graphml"));
      GexfWriter.write(analysis, dir.resolve(run + ".gexf"));
    }

    assertThat(dir.resolve("2.graphml")).hasSameBinaryContentAs(dir.resolve("1.graphml"));
    assertThat(dir.resolve("2.gexf")).hasSameBinaryContentAs(dir.resolve("1.gexf"));
  }

  /** What NetworkX reads from a GraphML or GEXF file, as JSON. */
  private static String networkX(Path file) {
    ExternalTools.Result r =
        ExternalTools.run(List.of(ExternalTools.PYTHON, DUMP.toString(), file.toString()), 120);
    assertThat(r.exitCode()).as(r.output()).isZero();
    return r.output();
  }

  /** A typed attribute value as a reader declares and parses it. */
  private record Value(AttributeType type, Object value) {
    static Value of(AttributeType type, String text) {
      return new Value(
          type,
          switch (type) {
            case LONG -> Long.parseLong(text);
            case DOUBLE -> Double.parseDouble(text);
            case BOOLEAN -> Boolean.parseBoolean(text);
            default -> text;
          });
    }
  }

  /**
   * The attributes of every city (by id) and every link (by its two ends), as read from a file or
   * as expected.
   */
  private record Imported(
      Map<String, Map<String, Value>> cities, Map<Set<String>, Map<String, Value>> links) {

    /**
     * The network a jgrapht-io importer reads from {@code file} (GraphML: validated by its XSD).
     */
    static <I extends BaseEventDrivenImporter<String, Integer> & GraphImporter<String, Integer>>
        Imported read(Path file, I importer) throws IOException {
      Graph<String, Integer> graph =
          GraphTypeBuilder.<String, Integer>undirected()
              .allowingMultipleEdges(true)
              .allowingSelfLoops(true)
              .weighted(true)
              .edgeSupplier(SupplierUtil.createIntegerSupplier())
              .buildGraph();
      Map<String, Map<String, Value>> cities = new HashMap<>();
      Map<Integer, Map<String, Value>> edges = new HashMap<>();
      importer.addVertexAttributeConsumer((at, a) -> put(cities, at.getFirst(), at.getSecond(), a));
      importer.addEdgeAttributeConsumer((at, a) -> put(edges, at.getFirst(), at.getSecond(), a));
      if (importer instanceof GraphMLImporter<String, Integer> graphMl) {
        graphMl.setVertexFactory(Function.identity());
      } else if (importer instanceof SimpleGEXFImporter<String, Integer> gexf) {
        gexf.setVertexFactory(Function.identity());
        // jgrapht-io's schema is GEXF 1.2draft; gexf13.py checks the file against GEXF 1.3
        gexf.setSchemaValidation(false);
      }
      try (Reader in = Files.newBufferedReader(file)) {
        importer.importGraph(graph, in);
      }
      Map<Set<String>, Map<String, Value>> links = new HashMap<>();
      for (Integer e : graph.edgeSet()) {
        Map<String, Value> values = edges.getOrDefault(e, new HashMap<>());
        // The weight as the importer set it on the graph, besides the attribute it read.
        assertThat(graph.getEdgeWeight(e)).isEqualTo(values.get("weight").value());
        links.put(Set.of(graph.getEdgeSource(e), graph.getEdgeTarget(e)), values);
      }
      return new Imported(cities, links);
    }

    /** The values {@link #expectations} lists. */
    static Imported expected(String expectations) {
      Map<String, Map<String, Value>> cities = new HashMap<>();
      Map<Set<String>, Map<String, Value>> links = new HashMap<>();
      for (String line : expectations.split("\n")) {
        String[] f = line.split("\t", -1);
        boolean city = f[0].equals("city");
        int at = city ? 2 : 3;
        AttributeType type =
            switch (f[at + 1]) {
              case "integer" -> AttributeType.LONG;
              case "double" -> AttributeType.DOUBLE;
              case "boolean" -> AttributeType.BOOLEAN;
              default -> AttributeType.STRING;
            };
        Value value = Value.of(type, f[at + 2].replace("\\n", "\n"));
        if (city) {
          cities.computeIfAbsent(f[1], k -> new HashMap<>()).put(f[at], value);
        } else {
          links.computeIfAbsent(Set.of(f[1], f[2]), k -> new HashMap<>()).put(f[at], value);
        }
      }
      return new Imported(cities, links);
    }

    Imported withoutAttributes(Set<String> names) {
      return new Imported(without(cities, names), without(links, names));
    }

    private static <K> Map<K, Map<String, Value>> without(
        Map<K, Map<String, Value>> rows, Set<String> names) {
      Map<K, Map<String, Value>> kept = new HashMap<>();
      rows.forEach(
          (key, values) -> {
            Map<String, Value> row = new HashMap<>(values);
            row.keySet().removeAll(names);
            kept.put(key, row);
          });
      return kept;
    }

    private static <K> void put(Map<K, Map<String, Value>> rows, K key, String name, Attribute a) {
      rows.computeIfAbsent(key, k -> new HashMap<>())
          .put(name, Value.of(a.getType(), a.getValue()));
    }
  }

  /**
   * What each file must hold, written straight from the analysis records with the documented names
   * and types (not through {@link org.citynet.export.schema.OutputColumns}).
   */
  private static String expectations(NetworkAnalysis analysis) {
    StringBuilder out = new StringBuilder();
    Map<String, CityMetrics> byId = new HashMap<>();
    analysis.cities().forEach(m -> byId.put(m.city().id(), m));
    for (CityMetrics m : analysis.cities()) {
      City c = m.city();
      String id = c.id();
      cityLine(out, id, "id", "text", id);
      cityLine(out, id, "name", "text", c.name().replace("\n", "\\n"));
      cityLine(out, id, "country", "text", c.country());
      cityLine(out, id, "lat", "double", c.lat());
      cityLine(out, id, "lon", "double", c.lon());
      if (c.population().isPresent()) {
        cityLine(out, id, "population", "integer", c.population().getAsLong());
      }
      cityLine(out, id, "region", "text", m.region());
      cityLine(out, id, "subregion", "text", m.subregion());
      cityLine(out, id, "degree", "integer", m.degree());
      cityLine(out, id, "strength", "double", m.strength());
      cityLine(out, id, "betweenness", "double", m.betweenness());
      cityLine(out, id, "closeness", "double", m.closeness());
      cityLine(out, id, "harmonic", "double", m.harmonic());
      cityLine(out, id, "pagerank", "double", m.pagerank());
      cityLine(out, id, "eigenvector", "double", m.eigenvector());
      cityLine(out, id, "coreness", "integer", m.coreness());
      cityLine(out, id, "clustering", "double", m.clustering());
      cityLine(out, id, "component", "integer", m.component());
      cityLine(out, id, "cluster", "integer", m.cluster());
      cityLine(out, id, "within_cluster_z", "double", m.withinClusterZ());
      cityLine(out, id, "participation", "double", m.participation());
      cityLine(out, id, "role", "text", m.role().code());
      cityLine(out, id, "role_name", "text", m.role().label());
      if (Double.isFinite(m.eiIndex())) {
        cityLine(out, id, "ei_index", "double", m.eiIndex());
      }
      if (m.clusterSpatial() != CityMetrics.NOT_COMPUTED) {
        cityLine(out, id, "cluster_spatial", "integer", m.clusterSpatial());
      }
      if (m.betweennessRank().isRanked()) {
        cityLine(out, id, "betweenness_rank", "integer", m.betweennessRank().median());
        cityLine(out, id, "betweenness_rank_lo", "integer", m.betweennessRank().low());
        cityLine(out, id, "betweenness_rank_hi", "integer", m.betweennessRank().high());
      }
      cityLine(out, id, "cluster_confidence", "double", m.clusterConfidence());
      // "score" is numeric in every non-empty row; the other two are text.
      if (!c.extras().get(0).isEmpty()) {
        cityLine(out, id, "score", "double", Double.parseDouble(c.extras().get(0)));
      }
      cityLine(out, id, "note", "text", c.extras().get(1).replace("\n", "\\n"));
      cityLine(out, id, "degree_input", "text", c.extras().get(2));
    }
    for (LinkMetrics l : analysis.links()) {
      Partnership p = l.partnership();
      String ends = "link\t" + p.source() + "\t" + p.target() + "\t";
      out.append(ends).append("source\ttext\t").append(p.source()).append('\n');
      out.append(ends).append("target\ttext\t").append(p.target()).append('\n');
      CityMetrics a = byId.get(p.source());
      CityMetrics b = byId.get(p.target());
      out.append(ends).append("source_name\ttext\t").append(a.city().name()).append('\n');
      out.append(ends).append("target_name\ttext\t").append(b.city().name()).append('\n');
      if (a.cluster() == b.cluster()) {
        out.append(ends).append("cluster\tinteger\t").append(a.cluster()).append('\n');
      }
      out.append(ends).append("weight\tdouble\t").append(p.weight()).append('\n');
      out.append(ends).append("links\tinteger\t").append(p.links()).append('\n');
      if (!p.types().isEmpty()) {
        out.append(ends).append("types\ttext\t").append(String.join("; ", p.types()));
        out.append('\n');
      }
      out.append(ends).append("length_km\tdouble\t").append(l.lengthKm()).append('\n');
      out.append(ends).append("same_country\tboolean\t").append(l.sameCountry()).append('\n');
      out.append(ends).append("same_region\tboolean\t").append(l.sameRegion()).append('\n');
      if (Double.isFinite(l.disparityP())) {
        out.append(ends).append("disparity_p\tdouble\t").append(l.disparityP()).append('\n');
      }
    }
    return out.toString();
  }

  /** An empty text is no value: the files must leave it out (or empty, in CSV). */
  private static void cityLine(StringBuilder out, String id, String name, String type, Object v) {
    if ("".equals(v)) {
      return;
    }
    out.append("city\t").append(id).append('\t').append(name).append('\t').append(type);
    out.append('\t').append(v).append('\n');
  }
}
