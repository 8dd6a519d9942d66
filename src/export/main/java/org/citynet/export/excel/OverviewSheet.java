package org.citynet.export.excel;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.citynet.model.CityMetrics;
import org.citynet.model.Cluster;
import org.citynet.model.NetworkAnalysis;

/**
 * The Overview sheet, laid out as a brief: title, findings, key figures and distances, the network
 * map, then the top cities and charts of the top brokers, the cluster sizes and the partnership
 * distances.
 *
 * <p>Columns A–C and E–G hold two blocks side by side; D is a gutter. Findings span A–G. Printed,
 * the first page holds the findings, figures and (scaled to fit when needed) the map; no table,
 * chart or map is cut by a page break.
 */
final class OverviewSheet {
  static final String NAME = "Overview";

  private static final int[] WIDTHS = {30, 9, 13, 3, 30, 12, 13};
  private static final int LAST_COLUMN = WIDTHS.length - 1;
  private static final int TOTAL_WIDTH = Arrays.stream(WIDTHS).sum();
  private static final int TOP = 10;
  private static final int CHART_CITIES = 15;
  private static final int CHART_CLUSTERS = 20;
  private static final int CHART_ROWS = 19;

  /** Tall enough that LibreOffice labels all 15 bars of the broker chart. */
  private static final double CHART_HEIGHT = 285;

  /** Row heights in points: a line of 10-point text, and the taller rows. */
  private static final double LINE = 13;

  private static final double TITLE = 26;
  private static final double SUBTITLE = 15;
  private static final double HEADING = 19;
  private static final double HEADER = 15;
  private static final double GAP = 9;

  /**
   * Width of the map, a little under the columns' width in Excel (the narrower measure), so the map
   * never pokes past column G.
   */
  private static final double MAP_WIDTH = (TOTAL_WIDTH - 2) * Pages.POINTS_PER_WIDTH_UNIT;

  /** Smallest share of its full size the map may shrink to for a place on the first page. */
  private static final double MAP_MIN_SCALE = 0.6;

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.UK).withZone(ZoneOffset.UTC);

  private OverviewSheet() {}

  /**
   * Writes the sheet: the title, the plain-language {@link Findings}, the key figures, the map, the
   * top cities and the charts.
   *
   * @param notes remarks on what the workbook leaves out (may be empty)
   * @param cities where the Cities sheet's rows landed, for the chart of top brokers
   * @param map the network map, when there is one
   */
  static void write(
      SXSSFSheet sheet,
      CellWriter cells,
      NetworkAnalysis analysis,
      NetworkFacts facts,
      List<String> notes,
      TableExtent cities,
      Optional<MapPicture> map) {
    for (int c = 0; c < WIDTHS.length; c++) {
      sheet.setColumnWidth(c, WIDTHS[c] * 256);
    }
    sheet.setDisplayGridlines(false);
    Pages.fitToWidth(sheet, false);
    PageFlow flow = new PageFlow(sheet, Pages.portraitRowPoints(TOTAL_WIDTH));
    title(flow, cells, analysis);
    flow.row(GAP);
    findings(flow, cells, Findings.of(analysis, facts), notes);
    flow.row(GAP);
    int distanceFirst = figuresAndDistances(flow, cells, analysis, facts);
    flow.row(GAP);
    XSSFSheet drawingSheet = sheet.getWorkbook().getXSSFWorkbook().getSheet(NAME);
    if (map.isPresent()) {
      map(flow, cells, drawingSheet, map.get());
      flow.newPage();
    }
    topCities(flow, cells, analysis, facts);
    for (BarChart chart : charts(analysis, facts, cities, distanceFirst)) {
      flow.keepTogether(GAP + CHART_HEIGHT);
      flow.row(GAP);
      int first = flow.next();
      for (int i = 0; i < CHART_ROWS; i++) {
        flow.row(CHART_HEIGHT / CHART_ROWS);
      }
      chart.draw(drawingSheet, 0, first, LAST_COLUMN + 1, first + CHART_ROWS);
    }
  }

  /** Title and subtitle. */
  private static void title(PageFlow flow, CellWriter cells, NetworkAnalysis analysis) {
    cells.text(
        flow.row(TITLE), 0, "City partnership network: " + analysis.run().name(), Look.TITLE);
    cells.text(
        flow.row(SUBTITLE),
        0,
        "Analysed "
            + DATE.format(analysis.run().startedAt())
            + " with citynet "
            + analysis.run().toolVersion()
            + ". Method and sources: see the Method sheet.",
        Look.SUBTITLE);
  }

  private static void findings(
      PageFlow flow, CellWriter cells, List<String> findings, List<String> notes) {
    cells.text(flow.row(HEADING), 0, "Key findings", Look.HEADING);
    for (String finding : findings) {
      paragraph(flow, cells, "•  " + finding, Look.WRAPPED);
    }
    for (String note : notes) {
      paragraph(flow, cells, note, Look.NOTE);
    }
  }

  /**
   * Key figures in A–C beside the distance classes in E–G (header row, then one per class).
   *
   * @return the row of the first distance class, for the distance chart
   */
  private static int figuresAndDistances(
      PageFlow flow, CellWriter cells, NetworkAnalysis analysis, NetworkFacts facts) {
    List<KeyFigures.Figure> figures = KeyFigures.of(analysis.summary(), facts);
    List<String> classes = NetworkFacts.DISTANCE_LABELS;
    int rows = Math.max(figures.size(), classes.size() + 1);
    flow.keepTogether(HEADING + rows * LINE);
    Row headings = flow.row(HEADING);
    cells.text(headings, 0, "Key figures", Look.HEADING);
    cells.text(headings, 4, "Partnership distances", Look.HEADING);
    double links = Math.max(1, analysis.links().size());
    int distanceFirst = flow.next() + 1;
    for (int i = 0; i < rows; i++) {
      Row row = flow.row(LINE);
      if (i < figures.size()) {
        cells.text(row, 0, figures.get(i).label(), Look.PLAIN);
        cells.number(row, 2, figures.get(i).value(), figures.get(i).format());
      }
      if (i == 0) {
        cells.text(row, 4, "Distance", Look.HEADER);
        cells.text(row, 5, "Partnerships", Look.NUMBER_HEADER);
        cells.text(row, 6, "Share", Look.NUMBER_HEADER);
      } else if (i <= classes.size()) {
        int count = facts.distanceCounts().get(i - 1);
        cells.text(row, 4, classes.get(i - 1), Look.PLAIN);
        cells.number(row, 5, count, Format.INTEGER);
        cells.number(row, 6, count / links, Format.PERCENT);
      }
    }
    return distanceFirst;
  }

  /**
   * The map under a heading and a caption: full width when it fits on the page, else scaled down to
   * fit, else full width on the next page.
   */
  private static void map(PageFlow flow, CellWriter cells, XSSFSheet drawingSheet, MapPicture map) {
    double above = HEADING + LINE;
    double full = MAP_WIDTH * map.aspect();
    double height = Math.min(full, flow.room() - above);
    if (height < MAP_MIN_SCALE * full) {
      flow.newPage();
      height = Math.min(full, flow.pageHeight() - above);
    }
    cells.text(flow.row(HEADING), 0, "Network map", Look.HEADING);
    cells.text(
        flow.row(LINE),
        0,
        "Cluster colours are those of the Cities and Clusters sheets. Full size: "
            + map.fileName()
            + ".",
        Look.NOTE);
    map.place(drawingSheet, flow.next(), height / map.aspect());
    // Rows under the map keep what follows below it, whatever the program's row heights.
    int rows = (int) Math.ceil(height / LINE);
    for (int i = 0; i < rows; i++) {
      flow.row(height / rows);
    }
  }

  /** The top cities by betweenness in A–C beside the top cities by degree in E–G. */
  private static void topCities(
      PageFlow flow, CellWriter cells, NetworkAnalysis analysis, NetworkFacts facts) {
    int shown = Math.min(TOP, facts.byBetweenness().size());
    flow.keepTogether(HEADING + HEADER + shown * LINE);
    Row headings = flow.row(HEADING);
    cells.text(headings, 0, "Top " + TOP + " cities by betweenness (brokers)", Look.HEADING);
    cells.text(headings, 4, "Top " + TOP + " cities by number of partners", Look.HEADING);
    if (analysis.links().isEmpty()) {
      cells.text(flow.row(LINE), 0, "Without partnerships no city ranks above another.", Look.NOTE);
      return;
    }
    Row header = flow.row(HEADER);
    for (int c : new int[] {0, 4}) {
      cells.text(header, c, "City", Look.HEADER);
      cells.text(header, c + 1, "Country", Look.HEADER);
    }
    cells.text(header, 2, "Betweenness", Look.NUMBER_HEADER);
    cells.text(header, 6, "Partners", Look.NUMBER_HEADER);
    for (int i = 0; i < shown; i++) {
      Row row = flow.row(LINE);
      CityMetrics broker = facts.byBetweenness().get(i);
      topCity(cells, row, 0, broker, broker.betweenness(), Format.PERCENT_1);
      CityMetrics hub = facts.byDegree().get(i);
      topCity(cells, row, 4, hub, hub.degree(), Format.INTEGER);
    }
  }

  private static void topCity(
      CellWriter cells, Row row, int column, CityMetrics city, double value, Format format) {
    cells.text(row, column, city.city().name(), Look.PLAIN);
    cells.text(row, column + 1, city.city().country(), Look.PLAIN);
    cells.number(row, column + 2, value, format);
  }

  /** Writes wrapped text across all columns, its row tall enough for every line. */
  private static void paragraph(PageFlow flow, CellWriter cells, String text, Look look) {
    int r = flow.next();
    cells.text(flow.row(CellWriter.wrappedLines(text, TOTAL_WIDTH) * LINE + 3), 0, text, look);
    flow.sheet().addMergedRegion(new CellRangeAddress(r, r, 0, LAST_COLUMN));
  }

  /** A percent format with as many decimals as axis steps up to {@code max} need. */
  private static String percentAxis(double max) {
    int decimals = max >= 0.1 ? 0 : max >= 0.01 ? 1 : max >= 0.001 ? 2 : 3;
    return decimals == 0 ? "0%" : "0." + "0".repeat(decimals) + "%";
  }

  private static List<BarChart> charts(
      NetworkAnalysis analysis, NetworkFacts facts, TableExtent cities, int distanceFirst) {
    List<BarChart> charts = new ArrayList<>();
    if (!analysis.links().isEmpty()) {
      int n = Math.min(CHART_CITIES, cities.written());
      List<CityMetrics> top = facts.byBetweenness().subList(0, n);
      charts.add(
          new BarChart(
              "Top " + n + " cities by betweenness",
              "city",
              BarChart.reference(
                  CitiesSheet.NAME, CitiesSheet.indexOf(CitiesSheet.NAME_HEADER), 1, n),
              top.stream().map(c -> c.city().name()).toList(),
              "share of shortest paths through the city",
              List.of(
                  BarChart.Series.of(
                      "betweenness",
                      BarChart.reference(
                          CitiesSheet.NAME, CitiesSheet.indexOf(CitiesSheet.BETWEENNESS), 1, n),
                      top.stream().map(CityMetrics::betweenness).toList(),
                      Colours.BLUE)),
              true,
              percentAxis(top.get(0).betweenness())));
    }
    List<Cluster> clusters = ClustersSheet.rows(analysis.clusters());
    if (!clusters.isEmpty()) {
      int k = Math.min(CHART_CLUSTERS, clusters.size());
      List<Cluster> shown = clusters.subList(0, k);
      charts.add(
          new BarChart(
              k < clusters.size()
                  ? "Cities in the " + k + " largest clusters"
                  : "Cities per cluster",
              "cluster",
              BarChart.reference(
                  ClustersSheet.NAME,
                  ClustersSheet.indexOf(analysis, ClustersSheet.ID_HEADER),
                  1,
                  k),
              shown.stream().map(c -> Integer.toString(c.id())).toList(),
              "cities",
              List.of(
                  new BarChart.Series(
                      "cities",
                      BarChart.reference(
                          ClustersSheet.NAME,
                          ClustersSheet.indexOf(analysis, ClustersSheet.SIZE_HEADER),
                          1,
                          k),
                      shown.stream().map(c -> (double) c.size()).toList(),
                      shown.stream().map(c -> Colours.cluster(c.id())).toList())),
              false,
              "#,##0"));
    }
    if (!analysis.links().isEmpty()) {
      int last = distanceFirst + NetworkFacts.DISTANCE_LABELS.size() - 1;
      charts.add(
          new BarChart(
              "Partnerships by distance",
              "distance between the partner cities",
              BarChart.reference(NAME, 4, distanceFirst, last),
              NetworkFacts.DISTANCE_LABELS,
              "partnerships",
              List.of(
                  BarChart.Series.of(
                      "partnerships",
                      BarChart.reference(NAME, 5, distanceFirst, last),
                      facts.distanceCounts().stream().map(Integer::doubleValue).toList(),
                      Colours.GREEN)),
              false,
              "#,##0"));
    }
    return charts;
  }
}
