package org.citynet.export.excel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citynet.model.CityMetrics;
import org.citynet.model.NetworkAnalysis;
import org.citynet.model.NetworkSummary;

/**
 * The key figures of a network as the brief lists them (the workbook's Overview, the HTML map's
 * summary): cities, partnerships, components, density, clusters, their stability.
 */
public final class KeyFigures {
  private KeyFigures() {}

  /**
   * A key figure as a reader sees it.
   *
   * @param label what it is, in words
   * @param text its value as the workbook shows it ("1,234", "12.5%")
   */
  public record Line(String label, String text) {}

  /**
   * A key figure.
   *
   * @param label what it is, in words
   * @param value its value
   * @param format how to show it
   */
  record Figure(String label, double value, Format format) {
    /** The value as the workbook's cell shows it. */
    String text() {
      return format.newDecimalFormat().format(value);
    }
  }

  /** The key figures of {@code analysis}, in the Overview's order. */
  public static List<Line> lines(NetworkAnalysis analysis) {
    return of(analysis.summary(), NetworkFacts.of(analysis)).stream()
        .map(f -> new Line(f.label(), f.text()))
        .toList();
  }

  static List<Figure> of(NetworkSummary s, NetworkFacts facts) {
    List<Figure> figures =
        new ArrayList<>(
            List.of(
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
                new Figure("Modularity of the clusters", s.modularity(), Format.MEASURE)));
    // One start has nothing to agree with.
    if (s.stability().starts() > 1) {
      String starts = "Agreement of " + s.stability().starts() + " starts";
      figures.add(
          new Figure(
              starts + " (mean ARI)", s.stability().meanAdjustedRandIndex(), Format.MEASURE));
      figures.add(
          new Figure(
              starts + " (mean NMI)",
              s.stability().meanNormalizedMutualInformation(),
              Format.MEASURE));
    }
    if (s.hasSpatialClusters()) {
      figures.add(new Figure("Clusters net of geography", s.spatialClusters(), Format.INTEGER));
      figures.add(
          new Figure("Their modularity (gravity model)", s.spatialModularity(), Format.MEASURE));
      figures.add(
          new Figure("Agreement with Leiden clusters (NMI)", s.partitionNmi(), Format.MEASURE));
    }
    return List.copyOf(figures);
  }

  /**
   * The number format of each numeric column of the workbook's Cities sheet, as an Excel pattern
   * ({@code 0.000%}), by column header: the HTML map shows a city's measures as the workbook does.
   */
  public static Map<String, String> cityNumberFormats(NetworkAnalysis analysis) {
    Map<String, String> formats = new LinkedHashMap<>();
    for (Column<CityMetrics> c : CitiesSheet.columns(analysis)) {
      if (c.format().pattern() != null) {
        formats.put(c.header(), c.format().pattern());
      }
    }
    return Map.copyOf(formats);
  }
}
