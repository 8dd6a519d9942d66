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

  private final Consumer<String> warnings;

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
      Map<String, String> firstPlaceOfId = new HashMap<>();
      List<City> cities = new ArrayList<>();
      csv.forEachRow(
          row -> city(row, at, extraIndex, firstPlaceOfId, csv.file()).ifPresent(cities::add));
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
      Map<String, String> firstPlaceOfId,
      String file) {
    String cityId = row.text(at[0]);
    if (!CityFields.id(row, cityId, firstPlaceOfId, "on line " + row.line())) {
      return Optional.empty();
    }
    String cityName = row.text(at[1]);
    CityFields.name(row, cityName);
    String code = CityFields.country(row, row.text(at[2]));
    double lat = row.degrees(at[3], "lat");
    double lon = row.degrees(at[4], "lon");
    CityFields.checkRange(
        row,
        lat,
        lon,
        row.text(at[3]),
        row.text(at[4]),
        "swap the lat and lon values (or the two headers, if the whole file is swapped)");
    OptionalLong population =
        row.whole(
            at[5],
            "population",
            0,
            Long.MAX_VALUE,
            CityFields.POPULATION_WHAT,
            CityFields.POPULATION_HINT);
    if (lat == 0 && lon == 0) {
      warnings.accept(file + ":" + row.line() + ": " + CityFields.atNullIsland(cityId));
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
}
