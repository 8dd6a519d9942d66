package org.citynet.export.excel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.citynet.model.NetworkAnalysis;
import org.citynet.model.NullComparison;
import org.citynet.model.RegionMatrix;
import org.citynet.model.Significance;

/**
 * The Regions sheet: the region × region matrix of partnerships under a colour scale, each region's
 * partnerships within and beyond it, and the share that stays within one region; then the regional
 * mixing against its expectation and the distance decay ({@link RegionalPatternsBlock}).
 */
final class RegionsSheet {
  static final String NAME = "Regions";
  private static final int MATRIX_TOP = 3;
  private static final int LABEL_WIDTH = 24;
  private static final int CELL_WIDTH = 13;

  /** Columns the mixing and distance tables below the matrix use. */
  private static final int TABLE_COLUMNS = 8;

  private static final int CHART_ROWS = 18;
  private static final float LINE_POINTS = 13f;

  private RegionsSheet() {}

  static void write(
      SXSSFSheet sheet, CellWriter cells, NetworkAnalysis analysis, NetworkFacts facts) {
    RegionMatrix matrix = analysis.regionMatrix();
    int k = matrix.regions().size();
    sheet.setColumnWidth(0, LABEL_WIDTH * 256);
    int[] widths = new int[Math.max(k + 1, TABLE_COLUMNS)];
    Arrays.fill(widths, CELL_WIDTH);
    widths[0] = LABEL_WIDTH;
    for (int c = 0; c < widths.length; c++) {
      sheet.setColumnWidth(c, widths[c] * 256);
    }
    Pages.fitToWidth(sheet, true);
    cells.text(sheet.createRow(0), 0, "Partnerships between UN regions", Look.HEADING);
    cells.text(
        sheet.createRow(1),
        0,
        "Each partnership counts once. The diagonal holds partnerships within one region; the"
            + " deeper the blue, the more partnerships.",
        Look.NOTE);
    matrix(sheet, cells, matrix);
    int first = MATRIX_TOP + k + 4;
    int next =
        perRegion(
            sheet,
            cells,
            matrix,
            first - 2,
            analysis.links().size(),
            facts,
            analysis.significance());
    if (k > 0 && !analysis.links().isEmpty()) {
      chart(matrix, first)
          .draw(
              sheet.getWorkbook().getXSSFWorkbook().getSheet(NAME),
              0,
              next + 1,
              5,
              next + 1 + CHART_ROWS);
      next += 1 + CHART_ROWS;
    }
    // The research tables start a page, so that no chart is cut by a page break.
    sheet.setRowBreak(next);
    RegionalPatternsBlock.write(sheet, cells, NAME, analysis, next + 1, widths);
  }

  /** The matrix under a colour scale, its header row tall enough for wrapped region names. */
  private static void matrix(SXSSFSheet sheet, CellWriter cells, RegionMatrix matrix) {
    List<String> regions = matrix.regions();
    int k = regions.size();
    Row header = sheet.createRow(MATRIX_TOP);
    int lines =
        regions.stream()
            .mapToInt(name -> CellWriter.wrappedLines(name, CELL_WIDTH))
            .max()
            .orElse(1);
    header.setHeightInPoints(lines * LINE_POINTS + 3);
    cells.text(header, 0, "Region", Look.HEADER);
    for (int j = 0; j < k; j++) {
      cells.text(header, j + 1, regions.get(j), Look.NUMBER_HEADER);
    }
    for (int i = 0; i < k; i++) {
      Row row = sheet.createRow(MATRIX_TOP + 1 + i);
      cells.text(row, 0, regions.get(i), Look.HEADER);
      for (int j = 0; j < k; j++) {
        cells.number(row, j + 1, matrix.count(i, j), Format.INTEGER);
      }
    }
    if (k > 0) {
      ConditionalFormats.colourScale(
          sheet, new CellRangeAddress(MATRIX_TOP + 1, MATRIX_TOP + k, 1, k), Colours.BLUE);
    }
  }

  /**
   * Each region's partnerships within and beyond it, then all partnerships; the total's share
   * counts a partnership as within a region only when both regions are known.
   */
  private static int perRegion(
      SXSSFSheet sheet,
      CellWriter cells,
      RegionMatrix matrix,
      int r,
      int links,
      NetworkFacts facts,
      Significance significance) {
    Map<String, NullComparison> ei = new HashMap<>();
    significance.regionEi().forEach(e -> ei.put(e.region(), e.test()));
    cells.text(sheet.createRow(r++), 0, "Within and between regions", Look.HEADING);
    Row columns = sheet.createRow(r++);
    columns.setHeightInPoints(2 * LINE_POINTS + 3);
    List<String> names =
        List.of(
            "Region",
            "Within the region",
            "With other regions",
            "Share within",
            "E–I index",
            "E–I if regions were shuffled",
            "p (" + significance.eiIndex().samples() + " shuffles)");
    for (int c = 0; c < names.size(); c++) {
      cells.text(columns, c, names.get(c), c == 0 ? Look.HEADER : Look.NUMBER_HEADER);
    }
    for (int i = 0; i < matrix.regions().size(); i++) {
      Row row = sheet.createRow(r++);
      int within = within(matrix, i);
      int all = within + beyond(matrix, i);
      cells.text(row, 0, matrix.regions().get(i), Look.PLAIN);
      cells.number(row, 1, within, Format.INTEGER);
      cells.number(row, 2, all - within, Format.INTEGER);
      cells.number(row, 3, all == 0 ? Double.NaN : within / (double) all, Format.PERCENT);
      NullComparison test = ei.getOrDefault(matrix.regions().get(i), NullComparison.none());
      eiCells(cells, row, test);
    }
    Row total = sheet.createRow(r++);
    int inside = facts.linksWithinRegion();
    cells.text(total, 0, "All partnerships", Look.HEADER);
    cells.number(total, 1, inside, Format.INTEGER);
    cells.number(total, 2, links - inside, Format.INTEGER);
    cells.number(total, 3, links == 0 ? Double.NaN : inside / (double) links, Format.PERCENT);
    eiCells(cells, total, significance.eiIndex());
    return r;
  }

  /** The E–I index, its mean under shuffled regions and the permutation p-value. */
  private static void eiCells(CellWriter cells, Row row, NullComparison test) {
    cells.number(row, 4, test.observed(), Format.SCORE);
    cells.number(row, 5, test.nullMean(), Format.SCORE);
    cells.number(row, 6, test.p(), Format.MEASURE);
  }

  /** Bars of each region's partnerships within and beyond it, from the per-region rows. */
  private static BarChart chart(RegionMatrix matrix, int first) {
    List<Double> in = new ArrayList<>();
    List<Double> out = new ArrayList<>();
    for (int i = 0; i < matrix.regions().size(); i++) {
      in.add((double) within(matrix, i));
      out.add((double) beyond(matrix, i));
    }
    int last = first + matrix.regions().size() - 1;
    return new BarChart(
        "Partnerships within and between regions",
        "region",
        BarChart.reference(NAME, 0, first, last),
        matrix.regions(),
        "partnerships",
        List.of(
            BarChart.Series.of(
                "within the region", BarChart.reference(NAME, 1, first, last), in, Colours.BLUE),
            BarChart.Series.of(
                "with other regions",
                BarChart.reference(NAME, 2, first, last),
                out,
                Colours.GREEN)),
        true,
        "#,##0");
  }

  private static int within(RegionMatrix matrix, int i) {
    return matrix.count(i, i);
  }

  private static int beyond(RegionMatrix matrix, int i) {
    int sum = 0;
    for (int j = 0; j < matrix.regions().size(); j++) {
      sum += j == i ? 0 : matrix.count(i, j);
    }
    return sum;
  }
}
