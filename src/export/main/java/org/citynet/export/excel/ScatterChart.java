package org.citynet.export.excel;

import java.util.List;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFNoFillProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.DisplayBlanks;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.ScatterStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFScatterChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A native Excel scatter chart (DrawingML) whose series point at cells of the workbook; points,
 * lines or both, on linear or logarithmic axes.
 *
 * <p>As for {@link BarChart}, the values are cached in the chart too, because streamed rows cannot
 * be read back while the file is written. Every value must be finite (and positive on a logarithmic
 * axis): a series refers to a block of cells that holds only points to draw.
 *
 * @param title chart title
 * @param x the horizontal axis
 * @param y the vertical axis
 * @param series the series, drawn in order (later ones on top)
 */
record ScatterChart(String title, Axis x, Axis y, List<Series> series) {

  ScatterChart {
    series = List.copyOf(series);
  }

  /**
   * One axis.
   *
   * @param title what the axis shows
   * @param logarithmic base-10 logarithmic scale
   * @param minimum lowest value shown, NaN for automatic
   * @param maximum highest value shown, NaN for automatic
   * @param numberFormat number format of the axis labels
   */
  record Axis(
      String title, boolean logarithmic, double minimum, double maximum, String numberFormat) {
    /** A linear axis from {@code minimum} to {@code maximum}. */
    static Axis linear(String title, double minimum, double maximum, String numberFormat) {
      return new Axis(title, false, minimum, maximum, numberFormat);
    }

    /** A base-10 logarithmic axis with automatic bounds. */
    static Axis log(String title, String numberFormat) {
      return new Axis(title, true, Double.NaN, Double.NaN, numberFormat);
    }
  }

  /**
   * One series.
   *
   * @param title legend entry
   * @param xReference the horizontal values' cells
   * @param xValues the values in those cells
   * @param yReference the vertical values' cells
   * @param yValues the values in those cells
   * @param colour of markers and line
   * @param markers draw a marker at each point
   * @param line join the points with a line
   */
  record Series(
      String title,
      String xReference,
      List<Double> xValues,
      String yReference,
      List<Double> yValues,
      XSSFColor colour,
      boolean markers,
      boolean line) {
    Series {
      xValues = List.copyOf(xValues);
      yValues = List.copyOf(yValues);
      if (xValues.size() != yValues.size()) {
        throw new IllegalArgumentException(xValues.size() + " x values, " + yValues.size() + " y");
      }
    }
  }

  /** Draws the chart over the cells from ({@code col1}, {@code row1}) to before (col2, row2). */
  void draw(XSSFSheet sheet, int col1, int row1, int col2, int row2) {
    XSSFDrawing drawing = sheet.createDrawingPatriarch();
    XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, col1, row1, col2, row2));
    chart.setTitleText(title);
    chart.setTitleOverlay(false);
    XDDFValueAxis xAxis = axis(chart.createValueAxis(AxisPosition.BOTTOM), x);
    XDDFValueAxis yAxis = axis(chart.createValueAxis(AxisPosition.LEFT), y);
    // Each axis crosses the other at its low end, so no axis line runs through the points.
    xAxis.setCrosses(AxisCrosses.MIN);
    yAxis.setCrosses(AxisCrosses.MIN);
    XDDFScatterChartData data =
        (XDDFScatterChartData) chart.createData(ChartTypes.SCATTER, xAxis, yAxis);
    data.setVaryColors(false);
    data.setStyle(ScatterStyle.LINE_MARKER);
    for (Series s : series) {
      XDDFScatterChartData.Series points =
          (XDDFScatterChartData.Series)
              data.addSeries(
                  XDDFDataSourcesFactory.fromArray(
                      s.xValues().toArray(Double[]::new), s.xReference()),
                  XDDFDataSourcesFactory.fromArray(
                      s.yValues().toArray(Double[]::new), s.yReference()));
      points.setTitle(s.title(), null);
      points.setSmooth(false);
      XDDFColor colour = XDDFColor.from(s.colour().getRGB());
      points.setMarkerStyle(s.markers() ? MarkerStyle.CIRCLE : MarkerStyle.NONE);
      if (s.markers()) {
        XDDFShapeProperties marker = new XDDFShapeProperties();
        marker.setFillProperties(new XDDFSolidFillProperties(colour));
        marker.setLineProperties(new XDDFLineProperties(new XDDFSolidFillProperties(colour)));
        points.getCTScatterSer().getMarker().setSpPr(marker.getXmlObject());
      }
      XDDFShapeProperties shape = new XDDFShapeProperties();
      // Without an explicit "no line" Excel and LibreOffice join a marker series' points.
      shape.setLineProperties(
          new XDDFLineProperties(
              s.line() ? new XDDFSolidFillProperties(colour) : new XDDFNoFillProperties()));
      points.setShapeProperties(shape);
    }
    BarChart.plot(data);
    // The file format's default shows a shorter series' missing points as zeros: LibreOffice then
    // draws a line from its last point to the origin.
    chart.displayBlanksAs(DisplayBlanks.GAP);
    chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
  }

  private static XDDFValueAxis axis(XDDFValueAxis axis, Axis spec) {
    axis.setTitle(spec.title());
    axis.setNumberFormat(spec.numberFormat());
    if (spec.logarithmic()) {
      axis.setLogBase(10);
    }
    if (!Double.isNaN(spec.minimum())) {
      axis.setMinimum(spec.minimum());
    }
    if (!Double.isNaN(spec.maximum())) {
      axis.setMaximum(spec.maximum());
    }
    return axis;
  }
}
