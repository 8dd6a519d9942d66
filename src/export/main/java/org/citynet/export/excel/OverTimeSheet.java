package org.citynet.export.excel;

import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.citynet.export.schema.OutputColumns;
import org.citynet.model.NetworkAnalysis;
import org.citynet.model.PeriodAnalysis;

/**
 * The Over time sheet, written when the input has years: one row per period with the snapshot's
 * network figures and its three main brokers, a line chart of its cities and links beside them, and
 * below them the cluster events table, what happened to the clusters from one period to the next
 * (Greene et al. 2010, see {@link org.citynet.analysis.community.ClusterTracking}).
 */
final class OverTimeSheet {
  static final String NAME = "Over time";

  /** The heading above the cluster events table. */
  static final String EVENTS_HEADING =
      "Cluster events: what happened to each period's clusters in the next period";

  static final int CITIES_COLUMN = 1;
  static final int LINKS_COLUMN = 2;
  private static final int CHART_COLUMNS = 8;
  private static final int CHART_ROWS = 18;

  private OverTimeSheet() {}

  /** Blank rows between the periods table and the events heading. */
  private static final int GAP = 1;

  static void write(
      SXSSFSheet sheet, CellWriter cells, NetworkAnalysis analysis, int maxRows, String fullData) {
    List<Column<PeriodAnalysis>> columns =
        Column.of(
            OutputColumns.periods(analysis),
            Map.of(
                "largest_component_share", Format.PERCENT,
                "same_region_share", Format.PERCENT,
                "modularity", Format.MEASURE,
                "top_brokers", Format.LIST));
    List<PeriodAnalysis> periods = analysis.time().periods();
    TableExtent extent =
        TableWriter.write(
            sheet,
            cells,
            new TableWriter.Table<>("OverTime", columns, periods, "periods", fullData),
            1,
            maxRows);
    int last = Math.max(extent.written(), 1);
    new LineChart(
            "Cities and links per period",
            "Period",
            BarChart.reference(NAME, 0, 1, last),
            periods.stream().limit(last).map(p -> p.period().label()).toList(),
            "Count",
            List.of(
                BarChart.Series.of(
                    "Cities",
                    BarChart.reference(NAME, CITIES_COLUMN, 1, last),
                    periods.stream().limit(last).map(p -> (double) p.cities()).toList(),
                    Colours.DARK_BLUE),
                BarChart.Series.of(
                    "Links",
                    BarChart.reference(NAME, LINKS_COLUMN, 1, last),
                    periods.stream().limit(last).map(p -> (double) p.links()).toList(),
                    Colours.GREEN)))
        .draw(
            sheet.getWorkbook().getXSSFWorkbook().getSheet(NAME),
            columns.size() + 1,
            1,
            columns.size() + 1 + CHART_COLUMNS,
            1 + CHART_ROWS);
    // the rows under the periods table (and its note, when rows were cut)
    int below = extent.truncated() ? maxRows : 1 + last;
    int heading = below + GAP;
    cells.text(sheet.createRow(heading), 0, EVENTS_HEADING, Look.HEADING);
    TableWriter.writeAt(
        sheet,
        cells,
        new TableWriter.Table<>(
            "ClusterEvents",
            Column.of(OutputColumns.clusterEvents(), Map.of("jaccard", Format.SCORE)),
            analysis.time().clusterEvents(),
            "cluster events",
            fullData),
        heading + 1,
        maxRows - heading - 1);
    // one sheet, two tables: neither table's header stays in view or repeats on printed pages
    sheet.createFreezePane(0, 0);
    sheet.setRepeatingRows(null);
  }
}
