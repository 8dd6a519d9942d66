package org.citynet.io;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Consumer;
import org.citynet.model.City;
import org.citynet.model.CityTable;

/**
 * Reads {@code cities.csv}: required {@code id, name, country, lat, lon}; optional {@code
 * population}; every other column is carried along as text.
 *
 * <p>Latitude and longitude are also found under the usual alternative names ({@code latitude,
 * y} and {@code lng, long, longitude, x}). Every problem in the file is collected before failing,
 * so the user can fix them in one go.
 */
public final class CityCsvReader {
  /** How many problems are listed before the rest are only counted. */
  static final int LISTED_PROBLEMS = 20;

  private static final String[] ID = {"id"};
  private static final String[] NAME = {"name"};
  private static final String[] COUNTRY = {"country"};
  private static final String[] LAT = {"lat", "latitude", "y"};
  private static final String[] LON = {"lon", "lng", "long", "longitude", "x"};
  private static final String[] POPULATION = {"population"};

  private final Consumer<String> warnings;
  private final CountryRegions countries = CountryRegions.m49();

  /** A reader that sends non-fatal remarks (e.g. a city at 0,0) to {@code warnings}. */
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
    List<InputProblem> problems = new ArrayList<>();
    List<CsvInput.Row> rows = new ArrayList<>();
    CsvInput csv = CsvInput.read(path, rows::add, problems);
    int id = csv.column(ID);
    int name = csv.column(NAME);
    int country = csv.column(COUNTRY);
    int lat = csv.column(LAT);
    int lon = csv.column(LON);
    int population = csv.column(POPULATION);
    List<InputProblem> missing = new ArrayList<>();
    if (id < 0) {
      missing.add(csv.missingColumn("id", ""));
    }
    if (name < 0) {
      missing.add(csv.missingColumn("name", ""));
    }
    if (country < 0) {
      missing.add(csv.missingColumn("country", " (ISO 3166-1 alpha-2 code, e.g. ES)"));
    }
    if (lat < 0) {
      missing.add(csv.missingColumn("lat", " (or latitude, y)"));
    }
    if (lon < 0) {
      missing.add(csv.missingColumn("lon", " (or lng, long, longitude, x)"));
    }
    if (!missing.isEmpty()) {
      throw new InputException(missing);
    }
    List<Integer> extraIndex = csv.otherColumns(id, name, country, lat, lon, population);
    List<String> extraNames = csv.names(extraIndex);
    String file = csv.file();
    Map<String, Long> firstLineOfId = new HashMap<>();
    List<City> cities = new ArrayList<>(rows.size());
    for (CsvInput.Row row : rows) {
      Field f = new Field(file, row, problems);
      String cityId = row.get(id);
      if (cityId.isEmpty()) {
        f.problem("id", "id is empty", "give every city a unique id");
        continue;
      }
      Long earlier = firstLineOfId.putIfAbsent(cityId, row.line());
      if (earlier != null) {
        f.problem("id", "id '" + cityId + "' already used on line " + earlier, "make ids unique");
        continue;
      }
      String cityName = row.get(name);
      if (cityName.isEmpty()) {
        f.problem("name", "name is empty", "give the city a name");
      }
      String code = row.get(country).toUpperCase(Locale.ROOT);
      if (!countries.isKnown(code)) {
        f.problem(
            "country",
            "'" + row.get(country) + "' is not an ISO 3166-1 alpha-2 country code",
            "use the two-letter code, e.g. ES for Spain");
      }
      String swapped = "check that latitude and longitude are not swapped";
      double latitude = f.number(lat, "lat", -90, 90, "between -90 and 90", swapped);
      double longitude = f.number(lon, "lon", -180, 180, "between -180 and 180", swapped);
      OptionalLong pop = f.population(population);
      if (latitude == 0 && longitude == 0) {
        warnings.accept(
            file
                + ":"
                + row.line()
                + ": city '"
                + cityId
                + "' lies at 0,0 (\"Null Island\") — its coordinates are probably missing");
      }
      if (!f.failed) {
        List<String> extras = new ArrayList<>(extraIndex.size());
        for (int i : extraIndex) {
          extras.add(row.get(i));
        }
        cities.add(new City(cityId, cityName, code, latitude, longitude, pop, extras));
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(limited(problems, file));
    }
    if (cities.isEmpty()) {
      throw new InputException(
          new InputProblem(file, 0, "", "has a header but no cities", "add one row per city"));
    }
    return new CityTable(cities, extraNames);
  }

  /** The first {@value #LISTED_PROBLEMS} problems, and a count of the rest. */
  static List<InputProblem> limited(List<InputProblem> problems, String file) {
    if (problems.size() <= LISTED_PROBLEMS) {
      return problems;
    }
    List<InputProblem> shown = new ArrayList<>(problems.subList(0, LISTED_PROBLEMS));
    shown.add(
        new InputProblem(
            file,
            0,
            "",
            "and " + (problems.size() - LISTED_PROBLEMS) + " more problems",
            "fix the ones above and run again"));
    return shown;
  }

  /** Parses the fields of one row, recording problems against it. */
  static final class Field {
    private final String file;
    private final CsvInput.Row row;
    private final List<InputProblem> problems;
    boolean failed;

    Field(String file, CsvInput.Row row, List<InputProblem> problems) {
      this.file = file;
      this.row = row;
      this.problems = problems;
    }

    void problem(String column, String message, String hint) {
      problems.add(new InputProblem(file, row.line(), column, message, hint));
      failed = true;
    }

    /**
     * A finite number within [min, max]; NaN after recording a problem.
     *
     * @param range how the allowed range reads in a message, e.g. "between -90 and 90"
     * @param rangeHint what to do when the value is out of range
     */
    double number(int index, String column, double min, double max, String range, String rangeHint) {
      String text = row.get(index);
      double value;
      try {
        value = Double.parseDouble(text);
      } catch (NumberFormatException e) {
        problem(
            column,
            text.isEmpty() ? "value is empty" : "'" + text + "' is not a number",
            "write a decimal number with a point, e.g. 41.38");
        return Double.NaN;
      }
      if (!Double.isFinite(value)) {
        problem(column, "'" + text + "' is not a finite number", "write a decimal number");
        return Double.NaN;
      }
      if (value < min || value > max) {
        problem(column, "value " + text + " is not " + range, rangeHint);
        return Double.NaN;
      }
      return value;
    }

    OptionalLong population(int index) {
      String text = row.get(index);
      if (text.isEmpty()) {
        return OptionalLong.empty();
      }
      try {
        double v = Double.parseDouble(text);
        if (!Double.isFinite(v) || v < 0 || v != Math.rint(v)) {
          throw new NumberFormatException();
        }
        return OptionalLong.of((long) v);
      } catch (NumberFormatException e) {
        problem(
            "population",
            "'" + text + "' is not a whole number of inhabitants",
            "write digits only (no separators), or leave it empty");
        return OptionalLong.empty();
      }
    }
  }
}
