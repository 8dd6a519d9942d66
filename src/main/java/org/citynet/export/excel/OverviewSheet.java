package org.citynet.export.excel;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.citynet.model.CityMetrics;
import org.citynet.model.Cluster;
import org.citynet.model.NetworkAnalysis;
import org.citynet.model.NetworkSummary;

/**
 * The Overview sheet, laid out as a one-page brief: title, findings, key figures, distances, the
 * top cities, then charts of the top brokers, the cluster sizes and the partnership distances.
 *
 * <p>Columns A–C and E–G hold two blocks side by side; D is a gutter. Findings span A–G.
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
  private static final float LINE_POINTS = 13f;
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.UK).withZone(ZoneOffset.UTC);

  private OverviewSheet() {}

  /**
   * Writes the sheet.
   *
   * @param findings the plain-language findings
   * @param notes remarks on what the workbook leaves out (may be empty)
   * @param cities where the Cities sheet's rows landed, for the chart of top brokers
   */
  static void write(
      SXSSFSheet sheet,
      CellWriter cells,
      NetworkAnalysis analysis,
      NetworkFacts facts,
      List<String> findings,
      List<String> notes,
      TableExtent cities) {
    for (int c = 0; c < WIDTHS.length; c++) {
      sheet.setColumnWidth(c, WIDTHS[c] * 256);
    }
    sheet.setDisplayGridlines(false);
    Pages.fitToWidth(sheet, false);
    int r = title(sheet, cells, analysis);
    r = findings(sheet, cells, r + 1, findings, notes);
    int distanceFirst = r + 3;
    r = figuresAndDistances(sheet, cells, r + 1, analysis, facts);
    r = topCities(sheet, cells, r + 1, analysis, facts);
    // The brief fills the first printed page; the charts start on the next.
    sheet.setRowBreak(r);
    XSSFSheet drawingSheet = sheet.getWorkbook().getXSSFWorkbook().getSheet(NAME);
    r++;
    for (BarChart chart : charts(analysis, facts, cities, distanceFirst)) {
      chart.draw(drawingSheet, 0, r, LAST_COLUMN + 1, r + CHART_ROWS);
      r += CHART_ROWS + 1;
    }
  }

  /** Title and subtitle; returns the next free row. */
  private static int title(SXSSFSheet sheet, CellWriter cells, NetworkAnalysis analysis) {
    Row title = sheet.createRow(0);
    title.setHeightInPoints(26);
    cells.text(title, 0, "City partnership network: " + analysis.run().name(), Look.TITLE);
    cells.text(
        sheet.createRow(1),
        0,
        "Analysed "
            + DATE.format(analysis.run().startedAt())
            + " with citynet "
            + analysis.run().toolVersion()
            + ". Method and sources: see the Method sheet.",
        Look.SUBTITLE);
    return 2;
  }

  private static int findings(
      SXSSFSheet sheet, CellWriter cells, int r, List<String> findings, List<String> notes) {
    cells.text(sheet.createRow(r++), 0, "Key findings", Look.HEADING);
    for (String finding : findings) {
      r = paragraph(sheet, cells, r, "•  " + finding, Look.WRAPPED);
    }
    for (String note : notes) {
      r = paragraph(sheet, cells, r, note, Look.NOTE);
    }
    return r;
  }

  /** Key figures in A–C beside the distance classes in E–G (header row, then one per class). */
  private static int figuresAndDistances(
      SXSSFSheet sheet, CellWriter cells, int r, NetworkAnalysis analysis, NetworkFacts facts) {
    Row headings = sheet.createRow(r++);
    cells.text(headings, 0, "Key figures", Look.HEADING);
    cells.text(headings, 4, "Partnership distances", Look.HEADING);
    List<Figure> figures = figures(analysis.summary(), facts);
    List<String> classes = NetworkFacts.DISTANCE_LABELS;
    double links = Math.max(1, analysis.links().size());
    for (int i = 0; i < Math.max(figures.size(), classes.size() + 1); i++) {
      Row row = sheet.createRow(r++);
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
    return r;
  }

  /** The top cities by betweenness in A–C beside the top cities by degree in E–G. */
  private static int topCities(
      SXSSFSheet sheet, CellWriter cells, int r, NetworkAnalysis analysis, NetworkFacts facts) {
    Row headings = sheet.createRow(r++);
    cells.text(headings, 0, "Top " + TOP + " cities by betweenness (brokers)", Look.HEADING);
    cells.text(headings, 4, "Top " + TOP + " cities by number of partners", Look.HEADING);
    if (analysis.links().isEmpty()) {
      cells.text(
          sheet.createRow(r++), 0, "Without partnerships no city ranks above another.", Look.NOTE);
      return r;
    }
    Row header = sheet.createRow(r++);
    for (int c : new int[] {0, 4}) {
      cells.text(header, c, "City", Look.HEADER);
      cells.text(header, c + 1, "Country", Look.HEADER);
    }
    cells.text(header, 2, "Betweenness", Look.NUMBER_HEADER);
    cells.text(header, 6, "Partners", Look.NUMBER_HEADER);
    for (int i = 0; i < Math.min(TOP, facts.byBetweenness().size()); i++) {
      Row row = sheet.createRow(r++);
      CityMetrics broker = facts.byBetweenness().get(i);
      topCity(cells, row, 0, broker, broker.betweenness(), Format.PERCENT_1);
      CityMetrics hub = facts.byDegree().get(i);
      topCity(cells, row, 4, hub, hub.degree(), Format.INTEGER);
    }
    return r;
  }

  /**
   * A key figure.
   *
   * @param label what it is, in words
   * @param value its value
   * @param format how to show it
   */
  private record Figure(String label, double value, Format format) {}

  private static List<Figure> figures(NetworkSummary s, NetworkFacts facts) {
    return List.of(
        new Figure("Cities", s.cities(), Format.INTEGER),
        new Figure("Partnerships (links between two cities)", s.links(), Format.INTEGER),
        new Figure("Link rows in the input", s.linkRows(), Format.INTEGER),
        new Figure("Connected components", s.components(), Format.INTEGER),
        new Figure(
            "Share of cities in the largest component",
            s.largestComponentShare(),
            Format.PERCENT_1),
        new Figure("Cities without partners", facts.isolated(), Format.INTEGER),
        new Figure("Density (share of city pairs linked)", s.density(), Format.PERCENT_3),
        new Figure("Mean number of partners (degree)", s.meanDegree(), Format.DECIMAL),
        new Figure("Clusters (Leiden)", s.clusters(), Format.INTEGER),
        new Figure("Modularity of the clusters", s.modularity(), Format.MEASURE));
  }

  private static void topCity(
      CellWriter cells, Row row, int column, CityMetrics city, double value, Format format) {
    cells.text(row, column, city.city().name(), Look.PLAIN);
    cells.text(row, column + 1, city.city().country(), Look.PLAIN);
    cells.number(row, column + 2, value, format);
  }

  /** Writes wrapped text across all columns, its row tall enough for every line. */
  private static int paragraph(SXSSFSheet sheet, CellWriter cells, int r, String text, Look look) {
    Row row = sheet.createRow(r);
    cells.text(row, 0, text, look);
    row.setHeightInPoints(CellWriter.wrappedLines(text, TOTAL_WIDTH) * LINE_POINTS + 3);
    sheet.addMergedRegion(new CellRangeAddress(r, r, 0, LAST_COLUMN));
    return r + 1;
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
                  new BarChart.Series(
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
              BarChart.reference(ClustersSheet.NAME, ClustersSheet.ID_COLUMN, 1, k),
              shown.stream().map(c -> Integer.toString(c.id())).toList(),
              "cities",
              List.of(
                  new BarChart.Series(
                      "cities",
                      BarChart.reference(ClustersSheet.NAME, ClustersSheet.SIZE_COLUMN, 1, k),
                      shown.stream().map(c -> (double) c.size()).toList(),
                      Colours.BLUE)),
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
                  new BarChart.Series(
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
