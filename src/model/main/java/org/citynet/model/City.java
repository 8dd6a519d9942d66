package org.citynet.model;

import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A city as read from the input: identity, place and the input's extra columns.
 *
 * @param id unique identifier from the input (kept as text)
 * @param name display name
 * @param country ISO 3166-1 alpha-2 code, upper case
 * @param lat WGS84 latitude in degrees, within [-90, 90]
 * @param lon WGS84 longitude in degrees, within [-180, 180]
 * @param population inhabitants, when the input gives them
 * @param extras values of the input's extra columns, aligned with {@link CityTable#extraColumns()};
 *     an empty string where the input had none
 */
public record City(
    String id,
    String name,
    String country,
    double lat,
    double lon,
    OptionalLong population,
    List<String> extras) {

  public City {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(population, "population");
    extras = List.copyOf(extras);
  }
}
