package org.citynet.io;

import java.util.Map;
import java.util.Optional;

/**
 * The checks of a city's fields that every cities input shares (CSV file, GeoJSON, GeoPackage), so
 * that each reports the same problem in the same words.
 */
final class CityFields {
  /** What a population must be, and how to fix one that is not. */
  static final String POPULATION_WHAT = "a whole number of inhabitants";

  static final String POPULATION_HINT = "write digits only (no separators), or leave it empty";

  /** Beyond this many degrees a coordinate is taken for metres of a projected system. */
  private static final double PROJECTED = 1000;

  private static final CountryRegions COUNTRIES = CountryRegions.m49();

  private CityFields() {}

  /**
   * Whether {@code id} may identify a city: not empty and not seen before. Records a problem
   * otherwise.
   *
   * @param seen where each id was first seen ({@code "on line 3"}, {@code "in feature 3"}); {@code
   *     id} is added with {@code place} when new
   */
  static boolean id(RecordProblems record, String id, Map<String, String> seen, String place) {
    if (id.isEmpty()) {
      record.problem("id", "id is empty", "give every city a unique id");
      return false;
    }
    String earlier = seen.putIfAbsent(id, place);
    if (earlier != null) {
      record.problem(
          "id", "id '" + CsvRow.shorten(id) + "' already used " + earlier, "make ids unique");
      return false;
    }
    return true;
  }

  /** Records a problem when the name is empty. */
  static void name(RecordProblems record, String name) {
    if (name.isEmpty()) {
      record.problem("name", "name is empty", "give the city a name");
    }
  }

  /**
   * The upper-case ISO code (the table's own String, shared by every city of the country), after
   * recording a problem (with a guess) when {@code text} is not one.
   */
  static String country(RecordProblems record, String text) {
    Optional<CountryRegions.Region> region = COUNTRIES.of(text);
    if (region.isPresent()) {
      return region.get().country();
    }
    if (text.isEmpty()) {
      record.problem("country", "country is empty", "write the two-letter ISO code, e.g. ES");
    } else {
      record.problem(
          "country",
          "'" + CsvRow.shorten(text) + "' is not an ISO 3166-1 alpha-2 country code",
          COUNTRIES
              .guess(text)
              .map(r -> "write " + r.country() + " for " + r.name())
              .orElse("use the two-letter code, e.g. ES for Spain"));
    }
    return text;
  }

  /**
   * Records a problem for a coordinate out of range, saying when lat and lon look swapped (the
   * latitude would be a valid longitude and the longitude a valid latitude) or projected.
   *
   * @param swapHint what to do when they look swapped
   */
  static void checkRange(
      RecordProblems record,
      double lat,
      double lon,
      String latText,
      String lonText,
      String swapHint) {
    boolean latBad = Math.abs(lat) > 90;
    boolean lonBad = Math.abs(lon) > 180;
    if (latBad && Math.abs(lat) <= 180 && Math.abs(lon) <= 90) {
      record.problem(
          "lat",
          "value "
              + CsvRow.shorten(latText)
              + " is not between -90 and 90; with lon "
              + CsvRow.shorten(lonText)
              + " the two look swapped",
          swapHint);
      return;
    }
    if (latBad) {
      record.problem(
          "lat", "value " + CsvRow.shorten(latText) + " is not between -90 and 90", rangeHint(lat));
    }
    if (lonBad) {
      record.problem(
          "lon",
          "value " + CsvRow.shorten(lonText) + " is not between -180 and 180",
          rangeHint(lon));
    }
  }

  /** The warning for a city at 0,0, after the place it was read at. */
  static String atNullIsland(String id) {
    return "city '"
        + CsvRow.shorten(id)
        + "' lies at 0,0 (\"Null Island\") — its coordinates are probably missing";
  }

  private static String rangeHint(double value) {
    return Math.abs(value) > PROJECTED
        ? "this looks like a projected coordinate (metres); convert to WGS84 degrees (EPSG:4326)"
        : "write WGS84 degrees: latitude from -90 (south) to 90 (north), longitude from -180"
            + " (west) to 180 (east)";
  }
}
