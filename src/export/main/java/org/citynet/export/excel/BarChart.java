package org.citynet.export.excel;

import java.util.List;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisOrientation;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A native Excel bar chart (DrawingML) whose series point at cells of the workbook.
 *
 * <p>The values are also cached in the chart, because streamed rows cannot be read back while the
 * file is written; Excel and LibreOffice show the cache and refresh it from the cells.
 *
 * @param title chart title
 * @param categoryTitle what the categories are
 * @param categoryReference the category labels' cells, e.g. {@code 'Cities'!$B$2:$B$16}
 * @param categories the labels in those cells
 * @param valueTitle what the values are
 * @param series one series, or several side by side
 * @param horizontal bars run left to right, first category on top
 * @param valueFormat number format of the value axis
 */
record BarChart(
    String title,
    String categoryTitle,
    String categoryReference,
    List<String> categories,
    String valueTitle,
    List<Series> series,
    boolean horizontal,
    String valueFormat) {

  BarChart {
    categories = List.copyOf(categories);
    series = List.copyOf(series);
  }

  /**
   * One series of bars.
   *
   * @param title legend entry
   * @param reference the values' cells
   * @param values the values in those cells
   * @param colours the bars' fill: one colour for all bars, or one per bar
   */
  record Series(String title, String reference, List<Double> values, List<XSSFColor> colours) {
    Series {
      values = List.copyOf(values);
      colours = List.copyOf(colours);
      if (colours.size() != 1 && colours.size() != values.size()) {
        throw new IllegalArgumentException(
            colours.size() + " colours for " + values.size() + " bars");
      }
    }

    /** A series whose bars all have one colour. */
    static Series of(String title, String reference, List<Double> values, XSSFColor colour) {
      return new Series(title, reference, values, List.of(colour));
    }
  }

  /** The absolute reference of a column's cells, e.g. {@code 'Cities'!$B$2:$B$16}. */
  static String reference(String sheet, int column, int firstRow, int lastRow) {
    return new CellRangeAddress(firstRow, lastRow, column, column).formatAsString(sheet, true);
  }

  /** Draws the chart over the cells from ({@code col1}, {@code row1}) to before (col2, row2). */
  void draw(XSSFSheet sheet, int col1, int row1, int col2, int row2) {
    XSSFDrawing drawing = sheet.createDrawingPatriarch();
    XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, col1, row1, col2, row2));
    chart.setTitleText(title);
    chart.setTitleOverlay(false);
    XDDFCategoryAxis categoryAxis =
        chart.createCategoryAxis(horizontal ? AxisPosition.LEFT : AxisPosition.BOTTOM);
    XDDFValueAxis valueAxis =
        chart.createValueAxis(horizontal ? AxisPosition.BOTTOM : AxisPosition.LEFT);
    categoryAxis.setTitle(categoryTitle);
    valueAxis.setTitle(valueTitle);
    valueAxis.setCrossBetween(AxisCrossBetween.BETWEEN);
    // Bars must start at zero, or close values look far apart.
    valueAxis.setMinimum(0);
    valueAxis.setNumberFormat(valueFormat);
    if (horizontal) {
      // Rank 1 on top reads like the table; the value axis then belongs at the bottom (max end).
      categoryAxis.setOrientation(AxisOrientation.MAX_MIN);
      valueAxis.setCrosses(AxisCrosses.MAX);
    } else {
      valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
    }
    XDDFCategoryDataSource labels =
        XDDFDataSourcesFactory.fromArray(categories.toArray(String[]::new), categoryReference);
    XDDFBarChartData data =
        (XDDFBarChartData) chart.createData(ChartTypes.BAR, categoryAxis, valueAxis);
    data.setBarDirection(horizontal ? BarDirection.BAR : BarDirection.COL);
    data.setVaryColors(false);
    data.setGapWidth(60);
    for (Series s : series) {
      XDDFChartData.Series bars =
          data.addSeries(
              labels,
              XDDFDataSourcesFactory.fromArray(s.values().toArray(Double[]::new), s.reference()));
      bars.setTitle(s.title(), null);
      bars.setShapeProperties(fill(s.colours().get(0)));
      if (s.colours().size() > 1) {
        for (int i = 0; i < s.colours().size(); i++) {
          bars.getDataPoint(i).setShapeProperties(fill(s.colours().get(i)));
        }
      }
    }
    plot(data);
    if (series.size() > 1) {
      chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
    }
  }

  /**
   * Writes each series' references and cached values into the chart. Why not {@code
   * XDDFChart.plot}: it also copies every point into a spreadsheet of the chart's own that is never
   * saved into the file (the series point at the workbook's cells instead), as text for the
   * categories; for a chart of many points that copy cost more than the chart.
   */
  static void plot(XDDFChartData data) {
    for (int i = 0; i < data.getSeriesCount(); i++) {
      data.getSeries(i).plot();
    }
  }

  private static XDDFShapeProperties fill(XSSFColor colour) {
    XDDFShapeProperties shape = new XDDFShapeProperties();
    shape.setFillProperties(new XDDFSolidFillProperties(XDDFColor.from(colour.getRGB())));
    return shape;
  }
}
