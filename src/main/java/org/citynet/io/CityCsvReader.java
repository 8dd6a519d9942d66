package org.citynet.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.citynet.model.City;
import org.citynet.model.CityTable;

/**
 * Reads {@code cities.csv}: required {@code id, name, country, lat, lon}; optional {@code
 * population}; every other column is carried along as text.
 *
 * <p>Latitude and longitude are also found under the usual alternative names ({@code latitude, y}
 * and {@code lng, long, longitude, x}). Every problem in the file is collected before failing, so
 * the user can fix them in one go; see {@link CsvInput} for what is checked in any CSV file.
 * Coordinates out of range are checked for being swapped or projected, so the message can say
 * which. The file is streamed: memory holds the cities, not the text.
 */
public final class CityCsvReader {
  private static final CsvHeader.Column ID = CsvHeader.Column.of("", "id");
  private static final CsvHeader.Column NAME = CsvHeader.Column.of("", "name");
  private static final CsvHeader.Column COUNTRY =
      CsvHeader.Column.of(" (ISO 3166-1 alpha-2 code, e.g. ES)", "country");
  static final CsvHeader.Column LAT =
      CsvHeader.Column.of(" (or latitude, y)", "lat", "latitude", "y");
  static final CsvHeader.Column LON =
      CsvHeader.Column.of(" (or lng, long, longitude, x)", "lon", "lng", "long", "longitude", "x");
  private static final CsvHeader.Column POPULATION = CsvHeader.Column.of("", "population");
  private static final List<CsvHeader.Column> COLUMNS =
      List.of(ID, NAME, COUNTRY, LAT, LON, POPULATION);

  /** Beyond this many degrees a coordinate is taken for metres of a projected system. */
  private static final double PROJECTED = 1000;

  private final Consumer<String> warnings;
  private final CountryRegions countries = CountryRegions.m49();

  /**
   * A reader that sends non-fatal remarks (a city at 0,0, a detected delimiter or decimal comma) to
   * {@code warnings}.
   */
  public CityCsvReader(Consumer<String> warnings) {
    this.warnings = warnings;
  }

  /**
   * Reads the file.
   *
   * @throws InputException listing every problem found, when any is
   * @throws IOException when the file cannot be read at all
   */
  public CityTable read(Path path) throws IOException, InputException {
    try (CsvInput csv = CsvInput.open(path, warnings)) {
      csv.refuseOther(
          "cities",
          COLUMNS.subList(0, 5),
          "links",
          List.of(LinkCsvReader.SOURCE, LinkCsvReader.TARGET));
      int[] at = csv.columns(COLUMNS, 5);
      List<Integer> extraIndex = csv.header().otherColumns(at);
      Map<String, Long> firstLineOfId = new HashMap<>();
      List<City> cities = new ArrayList<>();
      csv.forEachRow(
          row -> city(row, at, extraIndex, firstLineOfId, csv.file()).ifPresent(cities::add));
      if (cities.isEmpty()) {
        throw csv.reject(
            List.of(
                new InputProblem(
                    csv.file(), 0, "", "has a header but no cities", "add one row per city")));
      }
      return new CityTable(cities, csv.header().names(extraIndex));
    }
  }

  private Optional<City> city(
      CsvRow row,
      int[] at,
      List<Integer> extraIndex,
      Map<String, Long> firstLineOfId,
      String file) {
    String cityId = row.text(at[0]);
    if (cityId.isEmpty()) {
      row.problem("id", "id is empty", "give every city a unique id");
      return Optional.empty();
    }
    Long earlier = firstLineOfId.putIfAbsent(cityId, row.line());
    if (earlier != null) {
      row.problem(
          "id",
          "id '" + CsvRow.shorten(cityId) + "' already used on line " + earlier,
          "make ids unique");
      return Optional.empty();
    }
    String cityName = row.text(at[1]);
    if (cityName.isEmpty()) {
      row.problem("name", "name is empty", "give the city a name");
    }
    String code = country(row, at[2]);
    double lat = row.degrees(at[3], "lat");
    double lon = row.degrees(at[4], "lon");
    checkRange(row, lat, lon, row.text(at[3]), row.text(at[4]));
    OptionalLong population =
        row.whole(
            at[5],
            "population",
            0,
            Long.MAX_VALUE,
            "a whole number of inhabitants",
            "write digits only (no separators), or leave it empty");
    if (lat == 0 && lon == 0) {
      warnings.accept(
          file
              + ":"
              + row.line()
              + ": city '"
              + CsvRow.shorten(cityId)
              + "' lies at 0,0 (\"Null Island\") — its coordinates are probably missing");
    }
    if (row.failed()) {
      return Optional.empty();
    }
    List<String> extras = new ArrayList<>(extraIndex.size());
    for (int i : extraIndex) {
      extras.add(row.text(i));
    }
    return Optional.of(new City(cityId, cityName, code, lat, lon, population, extras));
  }

  /**
   * The upper-case ISO code (the table's own String, shared by every city of the country), after
   * recording a problem (with a guess) when it is not one.
   */
  private String country(CsvRow row, int index) {
    String text = row.text(index);
    Optional<CountryRegions.Region> region = countries.of(text);
    if (region.isPresent()) {
      return region.get().country();
    }
    if (text.isEmpty()) {
      row.problem("country", "country is empty", "write the two-letter ISO code, e.g. ES");
    } else {
      row.problem(
          "country",
          "'" + CsvRow.shorten(text) + "' is not an ISO 3166-1 alpha-2 country code",
          countries
              .guess(text)
              .map(r -> "write " + r.country() + " for " + r.name())
              .orElse("use the two-letter code, e.g. ES for Spain"));
    }
    return text;
  }

  /**
   * Records a problem for a coordinate out of range, saying when lat and lon look swapped (the
   * latitude would be a valid longitude and the longitude a valid latitude) or projected.
   */
  private static void checkRange(
      CsvRow row, double lat, double lon, String latText, String lonText) {
    boolean latBad = Math.abs(lat) > 90;
    boolean lonBad = Math.abs(lon) > 180;
    if (latBad && Math.abs(lat) <= 180 && Math.abs(lon) <= 90) {
      row.problem(
          "lat",
          "value "
              + CsvRow.shorten(latText)
              + " is not between -90 and 90; with lon "
              + CsvRow.shorten(lonText)
              + " the two look swapped",
          "swap the lat and lon values (or the two headers, if the whole file is swapped)");
      return;
    }
    if (latBad) {
      row.problem(
          "lat", "value " + CsvRow.shorten(latText) + " is not between -90 and 90", rangeHint(lat));
    }
    if (lonBad) {
      row.problem(
          "lon",
          "value " + CsvRow.shorten(lonText) + " is not between -180 and 180",
          rangeHint(lon));
    }
  }

  private static String rangeHint(double value) {
    return Math.abs(value) > PROJECTED
        ? "this looks like a projected coordinate (metres); convert to WGS84 degrees (EPSG:4326)"
        : "write WGS84 degrees: latitude from -90 (south) to 90 (north), longitude from -180"
            + " (west) to 180 (east)";
  }
}
