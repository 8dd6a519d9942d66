package org.citynet.export.excel;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.citynet.model.CityMetrics;
import org.citynet.model.ClusterEvent;
import org.citynet.model.NetworkAnalysis;
import org.citynet.model.PeriodAnalysis;

/**
 * The Over time sheet, written when the input has years: one row per period with the snapshot's
 * network figures and its three main brokers, and a line chart of its cities and links; and the
 * Cluster events sheet, what happened to the clusters from one period to the next (Greene et al.
 * 2010, see {@link org.citynet.analysis.community.ClusterTracking}).
 */
final class OverTimeSheet {
  static final String NAME = "Over time";
  static final String EVENTS_NAME = "Cluster events";

  /** Brokers named per period. */
  static final int BROKERS = 3;

  static final int CITIES_COLUMN = 1;
  static final int LINKS_COLUMN = 2;
  private static final int CHART_COLUMNS = 8;
  private static final int CHART_ROWS = 18;

  private OverTimeSheet() {}

  static void write(
      SXSSFSheet sheet, CellWriter cells, NetworkAnalysis analysis, int maxRows, String fullData) {
    Map<String, CityMetrics> byId = new HashMap<>();
    analysis.cities().forEach(c -> byId.put(c.city().id(), c));
    List<Column<PeriodAnalysis>> columns =
        List.of(
            Column.of("period", Format.TEXT, p -> p.period().label()),
            Column.of("cities", Format.INTEGER, PeriodAnalysis::cities),
            Column.of("links", Format.INTEGER, PeriodAnalysis::links),
            Column.of("components", Format.INTEGER, PeriodAnalysis::components),
            Column.of(
                "largest_component_share", Format.PERCENT, PeriodAnalysis::largestComponentShare),
            Column.of("clusters", Format.INTEGER, PeriodAnalysis::clusters),
            Column.of("modularity", Format.MEASURE, PeriodAnalysis::modularity),
            Column.of(
                "same_region_share",
                Format.PERCENT,
                p -> Double.isNaN(p.sameRegionShare()) ? null : p.sameRegionShare()),
            Column.of("top_brokers", Format.LIST, p -> brokers(p, byId)));
    List<PeriodAnalysis> periods = analysis.time().periods();
    TableExtent extent =
        TableWriter.write(
            sheet, cells, "OverTime", columns, periods, 1, maxRows, "periods", fullData);
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
  }

  static void writeEvents(
      SXSSFSheet sheet, CellWriter cells, NetworkAnalysis analysis, int maxRows, String fullData) {
    List<Column<ClusterEvent>> columns =
        List.of(
            Column.of("period", Format.TEXT, e -> e.period().label()),
            Column.of("event", Format.TEXT, e -> e.kind().label()),
            Column.of("clusters_before", Format.TEXT, e -> ids(e.before())),
            Column.of("clusters_after", Format.TEXT, e -> ids(e.after())),
            Column.of("cities_before", Format.INTEGER, ClusterEvent::citiesBefore),
            Column.of("cities_after", Format.INTEGER, ClusterEvent::citiesAfter),
            Column.of("jaccard", Format.SCORE, ClusterEvent::jaccard));
    TableWriter.write(
        sheet,
        cells,
        "ClusterEvents",
        columns,
        analysis.time().clusterEvents(),
        2,
        maxRows,
        "cluster events",
        fullData);
  }

  /** "Porto (PT), Madrid (ES), Lisbon (PT)", or null when no city is a broker. */
  static String brokers(PeriodAnalysis period, Map<String, CityMetrics> byId) {
    List<String> names =
        period.topBrokers(BROKERS).stream().map(c -> Phrases.city(byId.get(c.id()))).toList();
    return names.isEmpty() ? null : String.join(", ", names);
  }

  private static String ids(List<Integer> clusters) {
    return clusters.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }
}
