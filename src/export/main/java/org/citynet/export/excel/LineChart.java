package org.citynet.export.excel;

import java.util.List;
import org.apache.poi.xddf.usermodel.XDDFColor;
import org.apache.poi.xddf.usermodel.XDDFLineProperties;
import org.apache.poi.xddf.usermodel.XDDFShapeProperties;
import org.apache.poi.xddf.usermodel.XDDFSolidFillProperties;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.MarkerStyle;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFLineChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;

/**
 * A native Excel line chart (DrawingML) whose series point at cells of the workbook, values cached
 * in the chart as in {@link BarChart}.
 *
 * @param title chart title
 * @param categoryTitle what the categories are
 * @param categoryReference the category labels' cells
 * @param categories the labels in those cells
 * @param valueTitle what the values are
 * @param series the lines, each in one colour ({@link BarChart.Series} with one colour)
 */
record LineChart(
    String title,
    String categoryTitle,
    String categoryReference,
    List<String> categories,
    String valueTitle,
    List<BarChart.Series> series) {
  LineChart {
    categories = List.copyOf(categories);
    series = List.copyOf(series);
  }

  /** Draws the chart over the cells from ({@code col1}, {@code row1}) to before (col2, row2). */
  void draw(XSSFSheet sheet, int col1, int row1, int col2, int row2) {
    XSSFDrawing drawing = sheet.createDrawingPatriarch();
    XSSFChart chart = drawing.createChart(drawing.createAnchor(0, 0, 0, 0, col1, row1, col2, row2));
    chart.setTitleText(title);
    chart.setTitleOverlay(false);
    XDDFCategoryAxis categoryAxis = chart.createCategoryAxis(AxisPosition.BOTTOM);
    XDDFValueAxis valueAxis = chart.createValueAxis(AxisPosition.LEFT);
    categoryAxis.setTitle(categoryTitle);
    valueAxis.setTitle(valueTitle);
    valueAxis.setMinimum(0);
    valueAxis.setCrosses(AxisCrosses.AUTO_ZERO);
    valueAxis.setNumberFormat(Format.INTEGER.pattern());
    XDDFCategoryDataSource labels =
        XDDFDataSourcesFactory.fromArray(categories.toArray(String[]::new), categoryReference);
    XDDFLineChartData data =
        (XDDFLineChartData) chart.createData(ChartTypes.LINE, categoryAxis, valueAxis);
    data.setVaryColors(false);
    for (BarChart.Series s : series) {
      XDDFLineChartData.Series line =
          (XDDFLineChartData.Series)
              data.addSeries(
                  labels,
                  XDDFDataSourcesFactory.fromArray(
                      s.values().toArray(Double[]::new), s.reference()));
      line.setTitle(s.title(), null);
      line.setSmooth(false);
      line.setMarkerStyle(MarkerStyle.CIRCLE);
      XDDFColor colour = XDDFColor.from(s.colours().get(0).getRGB());
      XDDFLineProperties stroke = new XDDFLineProperties(new XDDFSolidFillProperties(colour));
      stroke.setWidth(2.0);
      XDDFShapeProperties shape = new XDDFShapeProperties();
      shape.setLineProperties(stroke);
      line.setShapeProperties(shape);
    }
    BarChart.plot(data);
    chart.getOrAddLegend().setPosition(LegendPosition.BOTTOM);
  }
}
