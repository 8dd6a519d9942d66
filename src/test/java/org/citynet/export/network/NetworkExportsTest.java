package org.citynet.export.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.citynet.export.network.SyntheticAnalyses.city;
import static org.citynet.export.network.SyntheticAnalyses.link;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.citynet.io.InputException;
import org.citynet.model.City;
import org.citynet.model.CityMetrics;
import org.citynet.model.Link;
import org.citynet.model.LinkMetrics;
import org.citynet.model.NetworkAnalysis;
import org.citynet.model.Partnership;
import org.citynet.testing.ExternalTools;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * GraphML, GEXF and the two CSV tables read back by NetworkX and Python's csv module ({@code
 * src/test/python/network_exports.py}) hold every city and link with the analysis' values.
 */
class NetworkExportsTest {
  private static final Path CHECKER = Path.of("src/test/python/network_exports.py");

  @TempDir Path dir;

  @BeforeAll
  static void requireNetworkX() {
    ExternalTools.requirePythonModule("networkx", "python3-networkx");
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
    NetworkCsvWriter.write(analysis, cities, links);

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

  /**
   * What each file must hold, written straight from the analysis records with the documented names
   * and types (not through {@link NetworkColumns}).
   */
  private static String expectations(NetworkAnalysis analysis) {
    StringBuilder out = new StringBuilder();
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
      out.append(ends).append("weight\tdouble\t").append(p.weight()).append('\n');
      out.append(ends).append("links\tinteger\t").append(p.links()).append('\n');
      if (!p.types().isEmpty()) {
        out.append(ends).append("types\ttext\t").append(String.join("; ", p.types()));
        out.append('\n');
      }
      out.append(ends).append("length_km\tdouble\t").append(l.lengthKm()).append('\n');
      out.append(ends).append("same_country\tboolean\t").append(l.sameCountry()).append('\n');
      out.append(ends).append("same_region\tboolean\t").append(l.sameRegion()).append('\n');
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
