package org.citynet.export.excel;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.citynet.export.schema.SampleNotes;
import org.citynet.model.CityMetrics;
import org.citynet.model.NetworkAnalysis;
import org.citynet.model.NullComparison;
import org.citynet.model.Significance;

/**
 * The Significance sheet: each headline figure against chance (the assortativities with their
 * jackknife errors, the E–I permutation test, modularity and clustering against degree-preserving
 * rewired networks), the top brokers' ranks over resampled networks, the cities that sit between
 * clusters. The time each test took is left out: the sheet's contents depend on the analysis alone,
 * so the same run gives the same workbook.
 */
final class SignificanceSheet {
  static final String NAME = "Significance";
  private static final int LABEL_WIDTH = 34;
  private static final int CELL_WIDTH = 14;
  private static final int COLUMNS = 7;

  private SignificanceSheet() {}

  static void write(SXSSFSheet sheet, CellWriter cells, NetworkAnalysis analysis) {
    sheet.setColumnWidth(0, LABEL_WIDTH * 256);
    for (int c = 1; c < COLUMNS; c++) {
      sheet.setColumnWidth(c, CELL_WIDTH * 256);
    }
    Pages.fitToWidth(sheet, true);
    Significance s = analysis.significance();
    int r = 0;
    cells.text(sheet.createRow(r++), 0, "Which patterns chance would not give", Look.HEADING);
    cells.text(
        sheet.createRow(r++),
        0,
        "Each figure against its value under a null model. p is one-sided: towards homophily for"
            + " the E–I index, towards more structure for modularity and clustering. An empty"
            + " cell: the test was not run (--permutations, --null-networks 0) or is undefined.",
        Look.NOTE);
    r++;
    r = header(sheet, cells, r, "Figure", "Observed", "± s.e.", "Null mean", "Null sd", "z", "p");
    r =
        estimate(
            sheet,
            cells,
            r,
            "Degree assortativity (Newman 2002)",
            analysis.summary().degreeAssortativity(),
            s.degreeAssortativitySe());
    r =
        estimate(
            sheet,
            cells,
            r,
            "Region assortativity (Newman 2003)",
            s.regionAssortativity(),
            s.regionAssortativitySe());
    r =
        test(
            sheet,
            cells,
            r,
            "E–I index by region, " + s.eiIndex().samples() + " permutations",
            s.eiIndex());
    r =
        test(
            sheet,
            cells,
            r,
            "Modularity, " + s.nullNetworks() + " rewired networks",
            s.modularity());
    r =
        test(
            sheet,
            cells,
            r,
            "Average clustering, " + s.clustering().samples() + " rewired networks",
            s.clustering());
    String fewer = SampleNotes.nullNetworks(analysis).strip();
    if (!fewer.isEmpty()) {
      cells.text(sheet.createRow(r++), 0, fewer, Look.NOTE);
    }
    r++;

    cells.text(sheet.createRow(r++), 0, "E–I index of each region", Look.HEADING);
    r = header(sheet, cells, r, "Region", "E–I", "", "Null mean", "Null sd", "z", "p");
    for (Significance.RegionEi region : s.regionEi()) {
      r = test(sheet, cells, r, region.region(), region.test());
    }
    r++;

    cells.text(sheet.createRow(r++), 0, "Robust brokers", Look.HEADING);
    cells.text(
        sheet.createRow(r++),
        0,
        s.resamples() == 0
            ? "Not run: --resamples 0, or auto on a network where even the fewest it draws cost more than"
                + " its budget."
            : String.format(
                Locale.UK,
                "Rank by betweenness (1 = highest) over %d networks, each without a random %s"
                    + " of the links: median and 5th–95th percentile.",
                s.resamples(),
                Phrases.percent(s.leftOutShare())),
        Look.NOTE);
    String fewerResamples = SampleNotes.resamples(analysis).strip();
    if (!fewerResamples.isEmpty()) {
      cells.text(sheet.createRow(r++), 0, fewerResamples, Look.NOTE);
    }
    r = header(sheet, cells, r, "City", "Median rank", "5th pct.", "95th pct.", "Times first");
    for (Significance.Broker broker : s.brokers()) {
      Row row = sheet.createRow(r++);
      cells.text(row, 0, broker.cityName(), Look.PLAIN);
      cells.number(row, 1, broker.rank().median(), Format.INTEGER);
      cells.number(row, 2, broker.rank().low(), Format.INTEGER);
      cells.number(row, 3, broker.rank().high(), Format.INTEGER);
      cells.number(row, 4, broker.timesFirst(), Format.INTEGER);
    }
    r++;

    List<CityMetrics> between = betweenClusters(analysis);
    cells.text(sheet.createRow(r++), 0, "Cities between clusters", Look.HEADING);
    cells.text(
        sheet.createRow(r++),
        0,
        between.isEmpty()
            ? "None: every city's cluster confidence is at least "
                + Significance.LOW_CONFIDENCE
                + "."
            : "Cluster confidence below "
                + Significance.LOW_CONFIDENCE
                + ": across the random starts of the clustering these cities were grouped with"
                + " changing partners. Read their cluster with care.",
        Look.NOTE);
    r = header(sheet, cells, r, "City", "Country", "Cluster", "Confidence");
    for (CityMetrics city : between) {
      Row row = sheet.createRow(r++);
      cells.text(row, 0, city.city().name(), Look.PLAIN);
      cells.text(row, 1, city.city().country(), Look.PLAIN);
      cells.number(row, 2, city.cluster(), Format.CLUSTER);
      cells.number(row, 3, city.clusterConfidence(), Format.PERCENT_1);
    }
  }

  /** The cities below the low-confidence threshold, least confident first. */
  static List<CityMetrics> betweenClusters(NetworkAnalysis analysis) {
    double low = Significance.LOW_CONFIDENCE;
    return analysis.cities().stream()
        .filter(c -> c.clusterConfidence() < low)
        .sorted(
            Comparator.comparingDouble(CityMetrics::clusterConfidence)
                .thenComparing(c -> c.city().name()))
        .toList();
  }

  private static int header(SXSSFSheet sheet, CellWriter cells, int r, String... names) {
    Row row = sheet.createRow(r);
    for (int c = 0; c < names.length; c++) {
      cells.text(row, c, names[c], c == 0 ? Look.HEADER : Look.NUMBER_HEADER);
    }
    return r + 1;
  }

  private static int estimate(
      SXSSFSheet sheet, CellWriter cells, int r, String label, double value, double se) {
    Row row = sheet.createRow(r);
    cells.text(row, 0, label, Look.PLAIN);
    cells.number(row, 1, value, Format.MEASURE);
    cells.number(row, 2, se, Format.MEASURE);
    return r + 1;
  }

  private static int test(
      SXSSFSheet sheet, CellWriter cells, int r, String label, NullComparison test) {
    Row row = sheet.createRow(r);
    cells.text(row, 0, label, Look.PLAIN);
    cells.number(row, 1, test.observed(), Format.MEASURE);
    cells.number(row, 3, test.nullMean(), Format.MEASURE);
    cells.number(row, 4, test.nullSd(), Format.MEASURE);
    cells.number(row, 5, test.z(), Format.SCORE);
    cells.number(row, 6, test.p(), Format.MEASURE);
    return r + 1;
  }
}
