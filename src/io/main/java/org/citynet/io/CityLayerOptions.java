package org.citynet.io;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How cities are found in a GIS layer (GeoJSON, GeoPackage): which layer, and which properties hold
 * the id, name, country and population. Property names match case-insensitively.
 *
 * @param layer the GeoPackage layer; empty for the only point layer
 * @param idColumn the property holding the city's unique id
 * @param nameColumn the property holding its name
 * @param countryColumn the property holding its ISO 3166-1 alpha-2 country code
 * @param populationColumn the optional property holding its population
 */
public record CityLayerOptions(
    Optional<String> layer,
    String idColumn,
    String nameColumn,
    String countryColumn,
    String populationColumn) {
  private static final CityLayerOptions DEFAULTS =
      new CityLayerOptions(Optional.empty(), "id", "name", "country", "population");

  public CityLayerOptions {
    Objects.requireNonNull(layer, "layer");
    for (String column : List.of(idColumn, nameColumn, countryColumn, populationColumn)) {
      if (column.isBlank()) {
        throw new IllegalArgumentException("a column name is blank");
      }
    }
  }

  /** The first point layer; properties {@code id, name, country, population}. */
  public static CityLayerOptions defaults() {
    return DEFAULTS;
  }

  /** The property names in the order id, name, country, population. */
  List<String> columns() {
    return List.of(idColumn, nameColumn, countryColumn, populationColumn);
  }
}
