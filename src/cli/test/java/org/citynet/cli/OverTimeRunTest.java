package org.citynet.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.attributes.AttributesDao;
import mil.nga.geopackage.attributes.AttributesResultSet;
import mil.nga.geopackage.attributes.AttributesRow;
import mil.nga.geopackage.db.GeoPackageDataType;
import org.citynet.export.image.PeriodMaps;
import org.citynet.export.schema.OutputColumns;
import org.citynet.testing.ExternalTools;
import org.citynet.testing.ExternalTools.Result;
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

  /** The one JSON line a script printed among the warnings. */
  static Map<String, Object> json(Result r) throws IOException {
    return parse(r.output().lines().filter(l -> l.startsWith("{")).findFirst().orElse("{}"));
  }

  /** A JSON object as Java maps and lists, whole numbers as {@code Long}. */
  static Map<String, Object> parse(String json) throws IOException {
    return new ObjectMapper()
        .enable(DeserializationFeature.USE_LONG_FOR_INTS)
        .readValue(json, new TypeReference<Map<String, Object>>() {});
  }

  @Test
  void runsToTheEnd() {
    assertThat(exitCode).as(errors).isZero();
  }

  @Test
  void summaryListsEachPeriodsFigures() throws Exception {
    Map<String, Object> summary = parse(Files.readString(out.resolve("timed-summary.json")));
    List<?> periods = (List<?>) summary.get("periods");
    assertThat(periods).hasSize(3);
    Map<?, ?> first = (Map<?, ?>) periods.get(0);
    assertThat(first.keySet().stream().map(String::valueOf))
        .containsExactlyInAnyOrder(
            "period", "cities", "links", "components", "modularity", "same_region_share");
    assertThat(first.get("period")).isEqualTo("2000-2004");
    assertThat(first.get("cities")).isEqualTo(6L);
    assertThat(first.get("components")).isEqualTo(2L);
    assertThat(((Number) first.get("modularity")).doubleValue()).isCloseTo(0.5, within(1e-12));
    assertThat(((Map<?, ?>) periods.get(2)).get("links")).isEqualTo(6L);
  }

  @Test
  void geoPackageCityPeriodsHoldTheDefinedColumnsThenTheDates() throws Exception {
    List<String> expected = new ArrayList<>(List.of("fid"));
    OutputColumns.cityPeriods().forEach(c -> expected.add(c.name()));
    expected.addAll(List.of("start", "end"));
    try (GeoPackage gpkg = GeoPackageManager.open(out.resolve("timed.gpkg").toFile(), false)) {
      AttributesDao dao = gpkg.getAttributesDao("city_periods");
      assertThat(dao.getTable().getColumnNames()).containsExactlyElementsOf(expected);
      assertThat(dao.getTable().getColumn("degree").getDataType())
          .isEqualTo(GeoPackageDataType.INTEGER);
      assertThat(dao.getTable().getColumn("betweenness").getDataType())
          .isEqualTo(GeoPackageDataType.REAL);
      assertThat(dao.getTable().getColumn("start").getDataType())
          .isEqualTo(GeoPackageDataType.DATE);
      // 6 + 8 + 8 cities in the three snapshots
      assertThat(dao.count()).isEqualTo(22);
      AttributesResultSet rows = dao.queryForAll();
      try {
        assertThat(rows.moveToNext()).isTrue();
        AttributesRow first = rows.getRow();
        assertThat(first.getValue("period")).isEqualTo("2000-2004");
        assertThat(((java.util.Date) first.getValue("start")).toInstant())
            .isEqualTo(java.time.Instant.parse("2000-01-01T00:00:00Z"));
        assertThat(((java.util.Date) first.getValue("end")).toInstant())
            .isEqualTo(java.time.Instant.parse("2004-12-31T00:00:00Z"));
      } finally {
        rows.close();
      }
    }
  }

  @Test
  void periodMapsHaveOnePanelPerPeriodSideBySide() throws Exception {
    BufferedImage periods = ImageIO.read(out.resolve("timed-periods.png").toFile());
    BufferedImage map = ImageIO.read(out.resolve("timed.png").toFile());
    // both at the same resolution; the network map's page is 720 points wide
    double pixelsPerPoint = map.getWidth() / 720.0;
    assertThat(periods.getWidth())
        .isEqualTo(
            (int)
                Math.round((2 * PeriodMaps.MARGIN + 3 * PeriodMaps.PANEL_WIDTH) * pixelsPerPoint));
    // three periods fit in one row: the page is lower than it is wide
    assertThat(periods.getHeight()).isLessThan(periods.getWidth());
  }

  /** The fill of a city's circle in one panel of {@code timed-periods.svg}. */
  static String fill(String svg, String period, String city) {
    Matcher m =
        Pattern.compile("id='city-" + period + "-" + city + "'[^>]*fill:(rgb\\([0-9,]+\\))")
            .matcher(svg);
    assertThat(m.find()).as(city + " in " + period).isTrue();
    return m.group(1);
  }

  @Test
  void periodMapsKeepATrackedClustersColourFromPanelToPanelAndExplainIt() throws Exception {
    String svg = Files.readString(out.resolve("timed-periods.svg"));
    // Porto and Madrid: cluster 0 of 2000-2004 shrinks into cluster 2 of 2005-2009, then goes on
    // as cluster 0 of 2010-2014; Berlin's cluster continues throughout
    assertThat(fill(svg, "2005-2009", "mad")).isEqualTo(fill(svg, "2000-2004", "mad"));
    assertThat(fill(svg, "2010-2014", "por")).isEqualTo(fill(svg, "2000-2004", "por"));
    assertThat(fill(svg, "2005-2009", "ber"))
        .isEqualTo(fill(svg, "2000-2004", "ber"))
        .isEqualTo(fill(svg, "2010-2014", "ber"));
    // Rabat's cluster appears in 2005-2009 in a colour no cluster of 2000-2004 had
    assertThat(fill(svg, "2005-2009", "rab"))
        .isNotIn(fill(svg, "2000-2004", "mad"), fill(svg, "2000-2004", "ber"))
        .isEqualTo(fill(svg, "2005-2009", "lis"));
    assertThat(svg).contains("<g id='legend'>", "Circle area: betweenness in the period", "Greene");
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
  void gexfIsValidDynamicGexf13WithSpellsThatNetworkXReads() throws IOException {
    ExternalTools.requirePythonModule("networkx", "python3-networkx");
    ExternalTools.requirePythonModule("lxml", "python3-lxml");
    Result r =
        ExternalTools.run(
            List.of(
                ExternalTools.PYTHON,
                "-c",
                "import json, sys\n"
                    + "sys.path.insert(0, 'src/test/python')\n"
                    + "import gexf13\n"
                    + "g = gexf13.read(sys.argv[1])\n"
                    + "print(json.dumps({'mode': g.graph['mode'],"
                    + " 'start': g.graph.get('start'), 'end': g.graph.get('end'),"
                    + " 'nodes': {n: d.get('spells') for n, d in g.nodes(data=True)},"
                    + " 'edges': {'-'.join(sorted((u, v))): d.get('spells')"
                    + " for u, v, d in g.edges(data=True)}}))",
                out.resolve("timed.gexf").toString()),
            60);
    assertThat(r.exitCode()).as(r.output()).isZero();
    Map<String, Object> json = json(r);
    assertThat(json.get("mode")).isEqualTo("dynamic");
    assertThat(json.get("start") + "-" + json.get("end")).isEqualTo("2000-2012");
    Map<?, ?> nodes = (Map<?, ?>) json.get("nodes");
    Map<?, ?> edges = (Map<?, ?>) json.get("edges");
    // mad: lis-mad 2000-04, por-mad 2001-06, mad-bcn 2007-09 join into one spell
    assertThat(nodes.get("mad").toString()).isEqualTo("[[2000, 2009]]");
    // still-active links end in the input's last year, 2012
    assertThat(nodes.get("lis").toString()).isEqualTo("[[2000, 2012]]");
    assertThat(edges.get("bcn-ber").toString()).isEqualTo("[[2000, 2004]]");
    assertThat(edges.get("lis-sao").toString()).isEqualTo("[[2011, 2012]]");
    assertThat(edges).hasSize(11);
  }

  @Test
  void workbookHasAnOverTimeSheetWithALineChartAndTheClusterEventsBelowAndSaysWhatChanged()
      throws IOException {
    ExternalTools.requirePythonModule("openpyxl", "python3-openpyxl");
    Result r =
        ExternalTools.run(
            List.of(
                ExternalTools.PYTHON,
                "-c",
                "import json, sys, zipfile, openpyxl\n"
                    + "wb = openpyxl.load_workbook(sys.argv[1])\n"
                    + "rows = [list(r) for r in wb['Over time'].iter_rows(values_only=True)]\n"
                    + "tables = dict(wb['Over time'].tables.items())\n"
                    + "text = [c for r in wb['Overview'].iter_rows(values_only=True) for c in r"
                    + " if isinstance(c, str)]\n"
                    + "charts = [zipfile.ZipFile(sys.argv[1]).read(n).decode() for n in"
                    + " zipfile.ZipFile(sys.argv[1]).namelist() if n.startswith('xl/charts/')]\n"
                    + "print(json.dumps({'sheets': wb.sheetnames, 'rows': rows, 'tables': tables,"
                    + " 'said': [t for t in text if 'From ' in t],"
                    + " 'lines': sum('<c:lineChart>' in c for c in charts)}, default=str))",
                out.resolve("timed.xlsx").toString()),
            60);
    assertThat(r.exitCode()).as(r.output()).isZero();
    Map<String, Object> json = json(r);
    List<?> sheets = (List<?>) json.get("sheets");
    assertThat(new ArrayList<>(sheets.subList(sheets.size() - 2, sheets.size())).toString())
        .isEqualTo("[Over time, Method]");
    List<?> rows = (List<?>) json.get("rows");
    assertThat(new ArrayList<>((List<?>) rows.get(0)).toString())
        .isEqualTo(
            "[period, cities, links, components, largest_component_share, clusters, modularity,"
                + " same_region_share, top_brokers]");
    // the path of 2005-2009: Porto and Madrid in the middle, then Lisbon (ties in input order)
    assertThat(new ArrayList<>(((List<?>) rows.get(2)).subList(0, 4)).toString())
        .isEqualTo("[2005-2009, 8.0, 7.0, 1.0]");
    assertThat(((List<?>) rows.get(2)).get(8)).isEqualTo("Porto (PT), Madrid (ES), Lisbon (PT)");
    assertThat(json.get("lines")).isEqualTo(1L);
    // three periods (rows 1-4), a blank row, the heading, then the events table from row 7
    assertThat(rows.get(4).toString()).doesNotContain("20");
    assertThat(((List<?>) rows.get(5)).get(0).toString()).startsWith("Cluster events: ");
    assertThat(new ArrayList<>((List<?>) rows.get(6)).toString())
        .startsWith("[period, event, clusters_before");
    assertThat(new ArrayList<>((List<?>) rows.get(7)).toString())
        .startsWith("[2000-2004, appear, null, 0");
    Map<?, ?> tables = (Map<?, ?>) json.get("tables");
    assertThat(tables.get("OverTime")).isEqualTo("A1:I4");
    String events = tables.get("ClusterEvents").toString();
    assertThat(events).matches("A7:G\\d+");
    // the sheet ends with the events table
    assertThat(rows).hasSize(Integer.parseInt(events.substring(events.indexOf('G') + 1)));
    assertThat(new ArrayList<>((List<?>) json.get("said")).toString())
        .isEqualTo(
            "[•  "
                + "From 2000-2004 to 2010-2014 the network grew from 6 to 8 cities and its links stayed"
                + " at 6; its share of links within one region fell from 100% to 67%.]");
  }

  @Nested
  class InQgis {
    @Test
    void temporalControllerAnimatesTheLinksByTheirStartAndEndDates() throws IOException {
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
      Map<String, Object> json = json(r);
      assertThat(json.get("styled")).as(json.toString()).isEqualTo(true);
      assertThat(json.get("active")).isEqualTo(true);
      assertThat(json.get("start_field")).isEqualTo("start");
      assertThat(json.get("end_field")).isEqualTo("end");
      assertThat(json.get("start_type")).isEqualTo("Date");
      assertThat(json.get("end_type")).isEqualTo("Date");
      assertThat(json.get("features")).isEqualTo(11L);
      // 2003: lis-por, lis-mad, por-mad, bcn-ber, ber-par, bcn-par; 2010: lis-por, ber-par,
      // lis-rab, rab-dak, sao-bue; 2013: the links without an end (lis-por, ber-par, lis-rab,
      // sao-bue, lis-sao), shown after the input's last year too
      Map<?, ?> shown = (Map<?, ?>) json.get("shown");
      assertThat(shown.get("2003")).isEqualTo(6L);
      assertThat(shown.get("2010")).isEqualTo(5L);
      assertThat(shown.get("2013")).isEqualTo(5L);
      // 6 + 8 + 8 cities in the three snapshots
      assertThat(json.get("city_periods")).isEqualTo(22L);
    }
  }
}
