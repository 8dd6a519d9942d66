package org.citynet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.citynet.testing.ExternalTools;
import org.citynet.testing.ExternalTools.Result;
import org.json.simple.JSONObject;
import org.json.simple.JSONValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One run of {@code networks/timed} (links with start and end years) in three periods, and what the
 * users' programs make of its outputs over time.
 */
class OverTimeRunTest {
  static final Path NETWORK = Path.of("src/test/resources/networks/timed");
  @TempDir static Path out;
  static int exitCode;
  static String errors;

  @BeforeAll
  static void run() {
    StringWriter err = new StringWriter();
    exitCode =
        CitynetCommand.execute(
            new String[] {
              "--cities", NETWORK.resolve("cities.csv").toString(),
              "--links", NETWORK.resolve("links.csv").toString(),
              "--out", out.toString(),
              "--name", "timed",
              "--periods", "2000-2004,2005-2009,2010-2014"
            },
            new PrintWriter(new StringWriter()),
            new PrintWriter(err));
    errors = err.toString();
  }

  @Test
  void runsToTheEnd() {
    assertThat(exitCode).as(errors).isZero();
  }

  @Test
  void refusesABadListOfPeriodsOnTheCommandLine() {
    StringWriter err = new StringWriter();
    int code =
        CitynetCommand.execute(
            new String[] {"--periods", "2000-06"},
            new PrintWriter(new StringWriter()),
            new PrintWriter(err));
    assertThat(code).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString())
        .contains("'2000-06' is not a period; write 'year' or periods like 2000-2006,2007-2013");
  }

  @Test
  void gexfIsDynamicWithSpellsThatNetworkXReads() {
    ExternalTools.requirePythonModule("networkx", "python3-networkx");
    Result r =
        ExternalTools.run(
            List.of(
                ExternalTools.PYTHON,
                "-c",
                "import json, sys, networkx as nx\n"
                    + "g = nx.read_gexf(sys.argv[1])\n"
                    + "print(json.dumps({'mode': g.graph['mode'],"
                    + " 'nodes': {n: d.get('spells') for n, d in g.nodes(data=True)},"
                    + " 'edges': {'-'.join(sorted((u, v))): d.get('spells')"
                    + " for u, v, d in g.edges(data=True)}}))",
                out.resolve("timed.gexf").toString()),
            60);
    assertThat(r.exitCode()).as(r.output()).isZero();
    JSONObject json = (JSONObject) JSONValue.parse(r.output().strip());
    assertThat(json.get("mode")).isEqualTo("dynamic");
    JSONObject nodes = (JSONObject) json.get("nodes");
    JSONObject edges = (JSONObject) json.get("edges");
    // mad: lis-mad 2000-04, por-mad 2001-06, mad-bcn 2007-09 join into one spell
    assertThat(nodes.get("mad").toString()).isEqualTo("[[2000,2009]]");
    // still-active links end in the input's last year, 2012
    assertThat(nodes.get("lis").toString()).isEqualTo("[[2000,2012]]");
    assertThat(edges.get("bcn-ber").toString()).isEqualTo("[[2000,2004]]");
    assertThat(edges.get("lis-sao").toString()).isEqualTo("[[2011,2012]]");
    assertThat(edges).hasSize(11);
  }

  @Nested
  class InQgis {
    @Test
    void temporalControllerAnimatesTheLinksByTheirStartAndEndDates() {
      ExternalTools.requirePythonModule("qgis.core", "python3-qgis qgis-providers");
      Result r =
          ExternalTools.run(
              List.of(
                  "env",
                  "QT_QPA_PLATFORM=offscreen",
                  ExternalTools.PYTHON,
                  "src/test/python/qgis_temporal.py",
                  out.resolve("timed.gpkg").toString(),
                  "2003",
                  "2010",
                  "2013"),
              180);
      assertThat(r.exitCode()).as(r.output()).isZero();
      JSONObject json =
          (JSONObject)
              JSONValue.parse(r.output().lines().filter(l -> l.startsWith("{")).findFirst().get());
      assertThat(json.get("styled")).as(json.toJSONString()).isEqualTo(true);
      assertThat(json.get("active")).isEqualTo(true);
      assertThat(json.get("start_field")).isEqualTo("start");
      assertThat(json.get("end_field")).isEqualTo("end");
      assertThat(json.get("start_type")).isEqualTo("Date");
      assertThat(json.get("end_type")).isEqualTo("Date");
      assertThat(json.get("features")).isEqualTo(11L);
      // 2003: lis-por, lis-mad, por-mad, bcn-ber, ber-par, bcn-par; 2010: lis-por, ber-par,
      // lis-rab, rab-dak, sao-bue; 2013: the links without an end (lis-por, ber-par, lis-rab,
      // sao-bue, lis-sao), shown after the input's last year too
      JSONObject shown = (JSONObject) json.get("shown");
      assertThat(shown.get("2003")).isEqualTo(6L);
      assertThat(shown.get("2010")).isEqualTo(5L);
      assertThat(shown.get("2013")).isEqualTo(5L);
      // 6 + 8 + 8 cities in the three snapshots
      assertThat(json.get("city_periods")).isEqualTo(22L);
    }
  }
}
