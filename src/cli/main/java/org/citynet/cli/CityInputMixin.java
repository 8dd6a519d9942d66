package org.citynet.cli;

import java.util.Optional;
import org.citynet.io.CityLayerOptions;
import picocli.CommandLine.Option;

/** The options that find the cities in a GIS layer (GeoJSON, GeoPackage). */
final class CityInputMixin {
  private static final CityLayerOptions DEFAULTS = CityLayerOptions.defaults();

  @Option(
      names = "--cities-layer",
      paramLabel = "NAME",
      description = "GeoPackage layer holding the cities. Default: its only point layer.")
  String layer;

  @Option(
      names = "--id-column",
      paramLabel = "NAME",
      description =
          "GeoJSON property or GeoPackage column with the city id. Default: ${DEFAULT-VALUE}")
  String id = DEFAULTS.idColumn();

  @Option(
      names = "--name-column",
      paramLabel = "NAME",
      description = "... with the city name. Default: ${DEFAULT-VALUE}")
  String name = DEFAULTS.nameColumn();

  @Option(
      names = "--country-column",
      paramLabel = "NAME",
      description = "... with the ISO 3166-1 alpha-2 country code. Default: ${DEFAULT-VALUE}")
  String country = DEFAULTS.countryColumn();

  @Option(
      names = "--population-column",
      paramLabel = "NAME",
      description = "... with the population (optional). Default: ${DEFAULT-VALUE}")
  String population = DEFAULTS.populationColumn();

  /**
   * The options as given.
   *
   * @throws IllegalArgumentException when a column name is blank
   */
  CityLayerOptions options() {
    return new CityLayerOptions(Optional.ofNullable(layer), id, name, country, population);
  }
}
