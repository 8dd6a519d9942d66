package org.citynet.export.excel;

import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.citynet.model.DistanceDecayCurve;
import org.citynet.model.NetworkAnalysis;
import org.citynet.model.RegionalMixingSummary;

/**
 * The research half of the Regions sheet: the regional mixing table (observed share of partnerships
 * within one region, sub-region or country against the configuration-model expectation, with
 * Newman's assortativity) and the distance-decay curve (partnerships per city pair by distance
 * band, the fitted power law in words, and a chart on log–log axes).
 */
final class RegionalPatternsBlock {
  private static final int CHART_ROWS = 22;
  private static final float LINE_POINTS = 13f;

  private RegionalPatternsBlock() {}

  /**
   * Writes both blocks from row {@code r} on, in columns A–G.
   *
   * @param widths the sheet's column widths, for the height of wrapped headers
   * @return the next free row
   */
  static int write(
      SXSSFSheet sheet,
      CellWriter cells,
      String sheetName,
      NetworkAnalysis analysis,
      int r,
      int[] widths) {
    r = mixing(sheet, cells, analysis.regionalMixing(), r, widths);
    return decay(sheet, cells, sheetName, analysis.distanceDecay(), r + 1, widths);
  }

  private static int mixing(
      SXSSFSheet sheet, CellWriter cells, List<RegionalMixingSummary> mixing, int r, int[] widths) {
    cells.text(sheet.createRow(r++), 0, "Do partnerships stay close to home?", Look.HEADING);
    cells.text(
        sheet.createRow(r++),
        0,
        "Expected share: what the share within one unit would be if partners were drawn in"
            + " proportion to their number of partners (configuration model).",
        Look.NOTE);
    cells.text(
        sheet.createRow(r++),
        0,
        "Assortativity r (Newman 2003): 0 = no preference for the own unit, 1 = only partnerships"
            + " within units, below 0 = a preference for other units.",
        Look.NOTE);
    r =
        header(
            sheet,
            cells,
            r,
            widths,
            List.of(
                "Unit",
                "Partnerships with both units known",
                "Within one unit",
                "Share within",
                "Expected share",
                "Observed / expected",
                "Assortativity r"),
            List.of("Unit"));
    for (RegionalMixingSummary m : mixing) {
      Row row = sheet.createRow(r++);
      cells.text(row, 0, label(m.attribute()), Look.PLAIN);
      cells.number(row, 1, m.links(), Format.INTEGER);
      cells.number(row, 2, m.linksWithin(), Format.INTEGER);
      cells.number(row, 3, m.withinShare(), Format.PERCENT_1);
      cells.number(row, 4, m.expectedWithinShare(), Format.PERCENT_1);
      cells.number(row, 5, m.ratio(), Format.DECIMAL);
      cells.number(row, 6, m.assortativity(), Format.MEASURE);
    }
    return r;
  }

  private static int decay(
      SXSSFSheet sheet,
      CellWriter cells,
      String sheetName,
      DistanceDecayCurve decay,
      int r,
      int[] widths) {
    cells.text(sheet.createRow(r++), 0, "Distance decay", Look.HEADING);
    cells.text(sheet.createRow(r++), 0, summary(decay), Look.PLAIN);
    cells.text(
        sheet.createRow(r++),
        0,
        "Partnerships per city pair in logarithmic distance bands; dividing by the pairs corrects"
            + " for where the cities are. The line is fitted on log–log axes (Expert et al. 2011).",
        Look.NOTE);
    r =
        header(
            sheet,
            cells,
            r,
            widths,
            List.of(
                "From km",
                "To km",
                "Partnerships",
                "City pairs",
                "Partnerships per pair",
                "Power law fit",
                "In the fit"),
            List.of());
    boolean fitted = !Double.isNaN(decay.exponent());
    for (DistanceDecayCurve.Band band : decay.bands()) {
      if (band.pairs() == 0) {
        continue;
      }
      Row row = sheet.createRow(r);
      cells.number(row, 0, band.lowerKm(), Format.KILOMETRES);
      cells.number(row, 1, band.upperKm(), Format.KILOMETRES);
      cells.number(row, 2, band.links(), Format.INTEGER);
      cells.number(row, 3, band.pairs(), Format.INTEGER);
      cells.number(row, 4, band.rate(), Format.SCIENTIFIC);
      // The first band starts at 0 km: it has no centre on a log axis and stays out of the fit.
      boolean onLogAxis = band.lowerKm() > 0;
      boolean inFit = fitted && onLogAxis && band.links() > 0;
      double fit = fitted && onLogAxis ? decay.fittedRate(band.centreKm()) : Double.NaN;
      cells.number(row, 5, fit, Format.SCIENTIFIC);
      cells.value(row, 6, inFit, Format.BOOLEAN);
      r++;
    }
    if (!fitted) {
      return r;
    }
    // The chart's points: the fitted bands, whose rates are positive, as log axes need. They
    // start a page with the chart below them.
    sheet.setRowBreak(r);
    r++;
    cells.text(sheet.createRow(r++), 0, "Points of the chart (bands in the fit)", Look.HEADING);
    r =
        header(
            sheet,
            cells,
            r,
            widths,
            List.of("Band centre km", "Partnerships per pair", "Power law fit"),
            List.of());
    List<DistanceDecayCurve.Band> points =
        decay.bands().stream()
            .filter(b -> b.lowerKm() > 0 && b.links() > 0 && b.pairs() > 0)
            .toList();
    int first = r;
    for (DistanceDecayCurve.Band band : points) {
      Row row = sheet.createRow(r++);
      cells.number(row, 0, band.centreKm(), Format.KILOMETRES);
      cells.number(row, 1, band.rate(), Format.SCIENTIFIC);
      cells.number(row, 2, decay.fittedRate(band.centreKm()), Format.SCIENTIFIC);
    }
    int last = r - 1;
    String x = BarChart.reference(sheetName, 0, first, last);
    List<Double> centres = points.stream().map(DistanceDecayCurve.Band::centreKm).toList();
    new ScatterChart(
            "Partnerships per city pair by distance",
            ScatterChart.Axis.log("distance between the cities, km (log scale)", "#,##0"),
            ScatterChart.Axis.log("partnerships per city pair (log scale)", "0.0E+00"),
            List.of(
                new ScatterChart.Series(
                    "observed",
                    x,
                    centres,
                    BarChart.reference(sheetName, 1, first, last),
                    points.stream().map(DistanceDecayCurve.Band::rate).toList(),
                    Colours.BLUE,
                    true,
                    false),
                new ScatterChart.Series(
                    "power law " + Phrases.signed(decay.exponent()),
                    x,
                    centres,
                    BarChart.reference(sheetName, 2, first, last),
                    centres.stream().map(decay::fittedRate).toList(),
                    Colours.GREEN,
                    false,
                    true)))
        .draw(
            sheet.getWorkbook().getXSSFWorkbook().getSheet(sheetName),
            0,
            r + 1,
            7,
            r + 1 + CHART_ROWS);
    return r + 1 + CHART_ROWS;
  }

  /** The fit in one sentence. */
  static String summary(DistanceDecayCurve decay) {
    String pairs =
        decay.exactPairs()
            ? String.format(Locale.UK, "all %,.0f city pairs counted", decay.pairs())
            : String.format(
                Locale.UK,
                "%,.0f city pairs estimated from a sample of %,d",
                decay.pairs(),
                decay.sampledPairs());
    if (Double.isNaN(decay.exponent())) {
      return "Too few distance bands hold a partnership to fit a power law (" + pairs + ").";
    }
    return "Partnerships per city pair scale as "
        + Phrases.powerLaw(decay)
        + String.format(
            Locale.UK,
            "; %d bands fitted, R² = %.2f; %s.",
            decay.fittedBands(),
            decay.rSquared(),
            pairs);
  }

  /** A header row over numbers, the columns named in {@code textColumns} over text. */
  private static int header(
      SXSSFSheet sheet,
      CellWriter cells,
      int r,
      int[] widths,
      List<String> names,
      List<String> textColumns) {
    Row header = sheet.createRow(r);
    int lines = 1;
    for (int c = 0; c < names.size(); c++) {
      String name = names.get(c);
      cells.text(header, c, name, textColumns.contains(name) ? Look.HEADER : Look.NUMBER_HEADER);
      lines = Math.max(lines, CellWriter.wrappedLines(names.get(c), widths[c]));
    }
    header.setHeightInPoints(lines * LINE_POINTS + 3);
    return r + 1;
  }

  /** An attribute's name as a reader knows it. */
  private static String label(String attribute) {
    return switch (attribute) {
      case "region" -> "UN region";
      case "subregion" -> "UN sub-region";
      case "country" -> "Country";
      default -> attribute;
    };
  }
}
