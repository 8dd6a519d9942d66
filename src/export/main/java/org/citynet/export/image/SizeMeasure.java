package org.citynet.export.image;

import java.util.Locale;
import java.util.function.ToDoubleFunction;
import org.citynet.model.CityMetrics;

/** The city measure that sets the circle sizes on the map (area proportional to the value). */
public enum SizeMeasure {
  BETWEENNESS(CityMetrics::betweenness),
  PAGERANK(CityMetrics::pagerank),
  DEGREE(CityMetrics::degree),
  STRENGTH(CityMetrics::strength);

  private final ToDoubleFunction<CityMetrics> value;

  SizeMeasure(ToDoubleFunction<CityMetrics> value) {
    this.value = value;
  }

  /** The user-facing name, as in the GeoPackage and workbook columns: {@code betweenness}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The measure's value for one city. */
  public double of(CityMetrics city) {
    return value.applyAsDouble(city);
  }

  /** The user-facing name, so that {@code --size-by} takes and lists the same spelling. */
  @Override
  public String toString() {
    return label();
  }
}
