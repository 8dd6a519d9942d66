package org.citynet.model;

import java.util.List;

/**
 * The cities of one input, in input order, with the names of the extra columns they carry.
 *
 * @param cities every city, ids unique
 * @param extraColumns names of the input columns beyond the known ones, in input order
 */
public record CityTable(List<City> cities, List<String> extraColumns) {
  public CityTable {
    cities = List.copyOf(cities);
    extraColumns = List.copyOf(extraColumns);
  }
}
