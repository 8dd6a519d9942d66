package org.citynet.export.excel;

import static org.citynet.model.RoleBoundaries.CONNECTOR_HUB_P;
import static org.citynet.model.RoleBoundaries.HUB_Z;
import static org.citynet.model.RoleBoundaries.NON_HUB_CONNECTOR_P;
import static org.citynet.model.RoleBoundaries.PERIPHERAL_P;
import static org.citynet.model.RoleBoundaries.PROVINCIAL_HUB_P;
import static org.citynet.model.RoleBoundaries.ULTRA_PERIPHERAL_P;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.citynet.model.CityMetrics;
import org.citynet.model.NetworkAnalysis;
import org.citynet.model.Role;

/**
 * The Roles sheet: how many cities play each of the seven roles of R. Guimerà and L. A. N. Amaral,
 * Nature 433 (2005) 895, with examples, and a scatter chart of the cities' participation
 * coefficient P against their within-cluster degree z-score, the role boundaries drawn in.
 *
 * <p>The chart's points are the Cities sheet's {@code participation} and {@code within_cluster_z}
 * columns; the boundaries are a block of cells below the chart. The chart holds at most {@value
 * #CHART_CITIES} cities, the first rows of the Cities sheet (highest betweenness first), and its
 * legend and a note say so when there are more: tens of thousands of markers merge into one blot,
 * and each point costs the file and the spreadsheet program alike.
 */
final class RolesSheet {
  static final String NAME = "Roles";
  private static final int[] WIDTHS = {8, 22, 34, 10, 10, 60};
  private static final int TABLE_TOP = 4;
  private static final int CHART_ROWS = 26;

  /**
   * Most cities on the chart. More markers than this blur into a blot on a chart half a page wide;
   * the default dataset (1,099 cities) is still charted whole.
   */
  static final int CHART_CITIES = 2_000;

  private static final int EXAMPLES = 3;
  private static final float LINE_POINTS = 13f;

  /**
   * A role with its thresholds spelled out for readers.
   *
   * @param role the role, whose code and name the {@code role} and {@code role_name} columns hold
   * @param rule the thresholds on z and P
   */
  record RoleRule(Role role, String rule) {}

  static final List<RoleRule> ROLES =
      List.of(
          rule(Role.R1_ULTRA_PERIPHERAL, "z < %z, P ≤ %1: all partners in its cluster"),
          rule(Role.R2_PERIPHERAL, "z < %z, %1 < P ≤ %2: most partners in its cluster"),
          rule(Role.R3_NON_HUB_CONNECTOR, "z < %z, %2 < P ≤ %3: many partners elsewhere"),
          rule(Role.R4_NON_HUB_KINLESS, "z < %z, P > %3: partners spread over clusters"),
          rule(Role.R5_PROVINCIAL_HUB, "z ≥ %z, P ≤ %5: a hub of its own cluster"),
          rule(Role.R6_CONNECTOR_HUB, "z ≥ %z, %5 < P ≤ %6: a hub linking clusters"),
          rule(Role.R7_KINLESS_HUB, "z ≥ %z, P > %6: a hub with no home cluster"));

  /** A rule whose text names the boundaries by placeholder: %z, and %1 … %6 for R1 … R6's P. */
  private static RoleRule rule(Role role, String text) {
    String filled =
        text.replace("%z", String.format(Locale.ROOT, "%.1f", HUB_Z))
            .replace("%1", String.format(Locale.ROOT, "%.2f", ULTRA_PERIPHERAL_P))
            .replace("%2", String.format(Locale.ROOT, "%.2f", PERIPHERAL_P))
            .replace("%3", String.format(Locale.ROOT, "%.2f", NON_HUB_CONNECTOR_P))
            .replace("%5", String.format(Locale.ROOT, "%.2f", PROVINCIAL_HUB_P))
            .replace("%6", String.format(Locale.ROOT, "%.2f", CONNECTOR_HUB_P));
    return new RoleRule(role, filled);
  }

  /**
   * The role boundaries as one path of (P, z) corners that runs along every boundary, retracing
   * some, so that one series draws them all: the hub line z = 2.5, the non-hub P limits 0.05, 0.62
   * and 0.80 below it and the hub P limits 0.30 and 0.75 above it. {@code bottom} and {@code top}
   * are the ends of the z axis.
   */
  static List<double[]> boundaryPath(double bottom, double top) {
    return List.of(
        new double[] {ULTRA_PERIPHERAL_P, bottom},
        new double[] {ULTRA_PERIPHERAL_P, HUB_Z},
        new double[] {PERIPHERAL_P, HUB_Z},
        new double[] {PERIPHERAL_P, bottom},
        new double[] {PERIPHERAL_P, HUB_Z},
        new double[] {NON_HUB_CONNECTOR_P, HUB_Z},
        new double[] {NON_HUB_CONNECTOR_P, bottom},
        new double[] {NON_HUB_CONNECTOR_P, HUB_Z},
        new double[] {1, HUB_Z},
        new double[] {PROVINCIAL_HUB_P, HUB_Z},
        new double[] {PROVINCIAL_HUB_P, top},
        new double[] {PROVINCIAL_HUB_P, HUB_Z},
        new double[] {CONNECTOR_HUB_P, HUB_Z},
        new double[] {CONNECTOR_HUB_P, top});
  }

  private RolesSheet() {}

  /**
   * Writes the sheet.
   *
   * @param cities where the Cities sheet's rows landed, for the chart's points
   */
  static void write(
      SXSSFSheet sheet,
      CellWriter cells,
      NetworkAnalysis analysis,
      NetworkFacts facts,
      TableExtent cities) {
    for (int c = 0; c < WIDTHS.length; c++) {
      sheet.setColumnWidth(c, WIDTHS[c] * 256);
    }
    sheet.setDisplayGridlines(false);
    Pages.fitToWidth(sheet, false);
    cells.text(sheet.createRow(0), 0, "Roles of cities in their clusters", Look.HEADING);
    cells.text(
        sheet.createRow(1),
        0,
        "z: how many more partners a city has inside its cluster than the cluster's other members,"
            + " in standard deviations.",
        Look.NOTE);
    cells.text(
        sheet.createRow(2),
        0,
        "P: how evenly its partners spread over clusters (0 = all in one). Roles after Guimerà &"
            + " Amaral (2005); see the Method sheet.",
        Look.NOTE);
    int r = roleTable(sheet, cells, analysis, facts);
    if (analysis.links().isEmpty() || cities.written() == 0) {
      cells.text(
          sheet.createRow(r + 1),
          0,
          "Without partnerships every city is ultra-peripheral; there is nothing to chart.",
          Look.NOTE);
      return;
    }
    int chartTop = r + 1;
    int pathTop = chartTop + CHART_ROWS + 1;
    int n = Math.min(CHART_CITIES, cities.written());
    List<CityMetrics> shown = facts.byBetweenness().subList(0, n);
    double bottom = Math.floor(Math.min(-1, min(shown)));
    double top = Math.ceil(Math.max(HUB_Z + 1, max(shown)));
    List<double[]> path = boundaryPath(bottom, top);
    if (n < analysis.cities().size()) {
      cells.text(
          sheet.createRow(chartTop + CHART_ROWS),
          0,
          String.format(
              Locale.UK,
              "The chart shows the %,d cities of highest betweenness, the first %,d rows of the"
                  + " Cities sheet; the table above counts all %,d.",
              n,
              n,
              analysis.cities().size()),
          Look.NOTE);
    }
    cells.text(sheet.createRow(pathTop), 0, "Role boundaries drawn on the chart", Look.HEADING);
    Row header = sheet.createRow(pathTop + 1);
    cells.text(header, 0, "P", Look.NUMBER_HEADER);
    cells.text(header, 1, "z", Look.NUMBER_HEADER);
    for (int i = 0; i < path.size(); i++) {
      Row row = sheet.createRow(pathTop + 2 + i);
      cells.number(row, 0, path.get(i)[0], Format.DECIMAL);
      cells.number(row, 1, path.get(i)[1], Format.DECIMAL);
    }
    int first = pathTop + 2;
    int last = first + path.size() - 1;
    new ScatterChart(
            "Participation P against within-cluster z-score",
            ScatterChart.Axis.linear("participation coefficient P", 0, 1, "0.0"),
            ScatterChart.Axis.linear("within-cluster degree z-score", bottom, top, "0"),
            List.of(
                new ScatterChart.Series(
                    pointsTitle(n, analysis.cities().size()),
                    column(CitiesSheet.PARTICIPATION, n),
                    shown.stream().map(CityMetrics::participation).toList(),
                    column(CitiesSheet.WITHIN_CLUSTER_Z, n),
                    shown.stream().map(CityMetrics::withinClusterZ).toList(),
                    Colours.BLUE,
                    true,
                    false),
                new ScatterChart.Series(
                    "role boundaries",
                    BarChart.reference(NAME, 0, first, last),
                    path.stream().map(p -> p[0]).toList(),
                    BarChart.reference(NAME, 1, first, last),
                    path.stream().map(p -> p[1]).toList(),
                    Colours.GREY,
                    false,
                    true)))
        .draw(
            sheet.getWorkbook().getXSSFWorkbook().getSheet(NAME),
            0,
            chartTop,
            WIDTHS.length - 1,
            chartTop + CHART_ROWS);
  }

  /**
   * The legend entry of the cities' points, which says which cities they are when the chart cannot
   * show them all. Not the title: it already takes two lines of the chart.
   */
  private static String pointsTitle(int shown, int cities) {
    return shown < cities
        ? String.format(Locale.UK, "top %,d of %,d cities by betweenness", shown, cities)
        : "cities";
  }

  /** The table of roles: code, name, rule, cities, share, examples; returns the next free row. */
  private static int roleTable(
      SXSSFSheet sheet, CellWriter cells, NetworkAnalysis analysis, NetworkFacts facts) {
    Map<Role, List<CityMetrics>> byRole =
        facts.byDegree().stream().collect(Collectors.groupingBy(CityMetrics::role));
    Row header = sheet.createRow(TABLE_TOP);
    List<String> names = List.of("Role", "Name", "Rule", "Cities", "Share", "Examples");
    for (int c = 0; c < names.size(); c++) {
      cells.text(header, c, names.get(c), c == 3 || c == 4 ? Look.NUMBER_HEADER : Look.HEADER);
    }
    int r = TABLE_TOP + 1;
    double n = Math.max(1, analysis.cities().size());
    for (RoleRule role : ROLES) {
      List<CityMetrics> members = byRole.getOrDefault(role.role(), List.of());
      Row row = sheet.createRow(r++);
      // Top-aligned like the wrapped rule beside them.
      cells.text(row, 0, role.role().code(), Look.WRAPPED);
      cells.text(row, 1, role.role().label(), Look.WRAPPED);
      cells.text(row, 2, role.rule(), Look.WRAPPED);
      cells.number(row, 3, members.size(), Format.INTEGER);
      cells.number(row, 4, members.size() / n, Format.PERCENT_1);
      String examples = examples(members);
      cells.text(row, 5, examples, Look.WRAPPED);
      int lines =
          Math.max(
              CellWriter.wrappedLines(role.rule(), WIDTHS[2]),
              CellWriter.wrappedLines(examples, WIDTHS[5]));
      row.setHeightInPoints(lines * LINE_POINTS + 3);
    }
    return r;
  }

  /** "Lyon (FR), Turin (IT), Porto (PT) and 12 more": the members with most partners first. */
  private static String examples(List<CityMetrics> members) {
    List<String> named = new ArrayList<>();
    members.stream().limit(EXAMPLES).map(Phrases::city).forEach(named::add);
    int more = members.size() - EXAMPLES;
    return String.join(", ", named) + (more > 0 ? " and " + Phrases.count(more) + " more" : "");
  }

  private static String column(String header, int rows) {
    return BarChart.reference(CitiesSheet.NAME, CitiesSheet.indexOf(header), 1, rows);
  }

  private static double min(List<CityMetrics> cities) {
    return cities.stream().mapToDouble(CityMetrics::withinClusterZ).min().orElse(0);
  }

  private static double max(List<CityMetrics> cities) {
    return cities.stream().mapToDouble(CityMetrics::withinClusterZ).max().orElse(0);
  }
}
