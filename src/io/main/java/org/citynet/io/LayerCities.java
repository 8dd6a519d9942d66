package org.citynet.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.citynet.model.City;
import org.citynet.model.CityTable;

/**
 * The cities of a GIS layer (GeoJSON, GeoPackage), gathered feature by feature with the checks the
 * CSV reader makes ({@link CityFields}); the readers hand over each feature's properties as text
 * and its point as WGS84 degrees.
 *
 * <p>The id, name, country and population properties are found case-insensitively under the names
 * of {@link CityLayerOptions}; every other property becomes an extra column, in layer order, as the
 * CSV reader keeps extra columns. Problems are collected over the whole layer, the first {@value
 * CsvInput#LISTED_PROBLEMS} listed and the rest counted.
 */
final class LayerCities {
  private static final List<String> ROLES = List.of("id", "name", "country", "population");
  private static final List<String> OPTIONS =
      List.of("--id-column", "--name-column", "--country-column", "--population-column");

  private final String file;
  private final Consumer<String> warnings;
  private final List<String> known;
  private final List<String> extraColumns;
  private final Map<String, String> placeOfId = new HashMap<>();
  private final List<City> cities = new ArrayList<>();
  private final List<InputProblem> problems = new ArrayList<>();
  private long unlistedProblems;

  private LayerCities(
      String file, Consumer<String> warnings, List<String> known, List<String> extraColumns) {
    this.file = file;
    this.warnings = warnings;
    this.known = known;
    this.extraColumns = extraColumns;
  }

  /**
   * Finds the city properties among the layer's.
   *
   * @param properties every property name of the layer, in layer order
   * @throws InputException when id, name or country is missing, or two names differ only in case
   *     (they would be one column of a GeoPackage)
   */
  static LayerCities of(
      String file, List<String> properties, CityLayerOptions options, Consumer<String> warnings)
      throws InputException {
    List<InputProblem> found = new ArrayList<>();
    Map<String, String> byLowerCase = new HashMap<>();
    for (String p : properties) {
      String earlier = byLowerCase.putIfAbsent(p.toLowerCase(Locale.ROOT), p);
      if (earlier != null) {
        found.add(
            new InputProblem(
                file,
                0,
                "",
                "properties '"
                    + CsvRow.shorten(earlier)
                    + "' and '"
                    + CsvRow.shorten(p)
                    + "' differ only in case",
                "rename or remove one of them"));
      }
    }
    List<String> known = new ArrayList<>();
    for (int i = 0; i < ROLES.size(); i++) {
      String wanted = options.columns().get(i);
      String actual = byLowerCase.get(wanted.toLowerCase(Locale.ROOT));
      known.add(actual);
      if (actual == null && i < 3) {
        found.add(missing(file, properties, i, wanted));
      }
    }
    if (!found.isEmpty()) {
      throw new InputException(found);
    }
    List<String> extras = properties.stream().filter(p -> !known.contains(p)).toList();
    return new LayerCities(file, warnings, known, extras);
  }

  private static InputProblem missing(
      String file, List<String> properties, int role, String wanted) {
    String listed =
        properties.isEmpty()
            ? "none"
            : properties.stream().map(CsvRow::shorten).collect(Collectors.joining(", "));
    String option = OPTIONS.get(role);
    String hint =
        ColumnNames.closest(properties, List.of(wanted.toLowerCase(Locale.ROOT)))
            .map(
                s ->
                    "did you mean '"
                        + CsvRow.shorten(s.found())
                        + "'? rename it to "
                        + wanted
                        + ", or pass "
                        + option
                        + " '"
                        + s.found()
                        + "'")
            .orElse("name the property holding the city's " + ROLES.get(role) + " with " + option);
    return new InputProblem(
        file, 0, wanted, "required property is missing (the layer has: " + listed + ")", hint);
  }

  /** One feature, for its problems: {@code place} is e.g. "feature 12" or "feature fid 12". */
  final class Feature implements RecordProblems {
    private final String place;
    private boolean failed;

    private Feature(String place) {
      this.place = place;
    }

    /**
     * Records a problem; {@code column} is a role ("id") or "geometry", shown as the layer names
     * it.
     */
    @Override
    public void problem(String column, String message, String hint) {
      failed = true;
      int role = ROLES.indexOf(column);
      String shown = role >= 0 && known.get(role) != null ? known.get(role) : column;
      if (problems.size() < CsvInput.LISTED_PROBLEMS) {
        problems.add(InputProblem.inFeature(file, place, shown, message, hint));
      } else {
        unlistedProblems++;
      }
    }

    /** Records that the geometry is missing or empty. */
    void noPoint(String what) {
      problem("geometry", what, "give every city a point");
    }

    /** Records that the geometry is of another type than Point. */
    void notAPoint(String type) {
      problem(
          "geometry",
          "geometry is a " + CsvRow.shorten(type) + ", not a Point",
          "cities must be points: replace the shape by one point, e.g. its centroid");
    }

    /** Records a MultiPoint of more than one point. */
    void severalPoints(long count) {
      problem(
          "geometry",
          "geometry is a MultiPoint of " + count + " points",
          "a city is one point: keep one, or make one feature per city");
    }
  }

  /** The feature named {@code place}, to record its problems in. */
  Feature feature(String place) {
    return new Feature(place);
  }

  /**
   * Adds a feature's city, or records why it is none.
   *
   * @param property the text of a property by its name, "" when the feature has none
   * @param lon WGS84 longitude, NaN after a geometry problem was recorded
   * @param lat WGS84 latitude, NaN after a geometry problem was recorded
   */
  void add(Feature feature, Function<String, String> property, double lon, double lat) {
    String id = text(property, 0);
    if (!CityFields.id(feature, id, placeOfId, "in " + feature.place)) {
      return;
    }
    String name = text(property, 1);
    CityFields.name(feature, name);
    String country = CityFields.country(feature, text(property, 2));
    if (!Double.isNaN(lon) && !Double.isNaN(lat)) {
      CityFields.checkRange(
          feature,
          lat,
          lon,
          Double.toString(lat),
          Double.toString(lon),
          "write the point as [longitude, latitude], x first");
      if (lat == 0 && lon == 0) {
        warnings.accept(file + ": " + feature.place + ": " + CityFields.atNullIsland(id));
      }
    }
    OptionalLong population = population(feature, text(property, 3));
    if (feature.failed) {
      return;
    }
    List<String> extras = extraColumns.stream().map(property).toList();
    cities.add(new City(id, name, country, lat, lon, population, extras));
  }

  private String text(Function<String, String> property, int role) {
    String name = known.get(role);
    return name == null ? "" : property.apply(name).trim();
  }

  private static OptionalLong population(Feature feature, String text) {
    if (text.isEmpty()) {
      return OptionalLong.empty();
    }
    if (CsvRow.isNumber(text)) {
      double v = Double.parseDouble(text);
      if (v == Math.rint(v) && v >= 0 && v <= Long.MAX_VALUE) {
        return OptionalLong.of((long) v);
      }
    }
    feature.problem(
        "population",
        "'" + CsvRow.shorten(text) + "' is not " + CityFields.POPULATION_WHAT,
        CityFields.POPULATION_HINT);
    return OptionalLong.empty();
  }

  /**
   * The cities.
   *
   * @throws InputException listing every problem found, or saying the layer has no features
   */
  CityTable table() throws InputException {
    if (problems.isEmpty() && cities.isEmpty()) {
      problems.add(
          new InputProblem(file, 0, "", "has no features", "add one point feature per city"));
    }
    if (!problems.isEmpty()) {
      List<InputProblem> listed = new ArrayList<>(problems);
      if (unlistedProblems > 0) {
        listed.add(
            new InputProblem(
                file,
                0,
                "",
                "and " + unlistedProblems + " more problems",
                "fix the ones above and run again"));
      }
      throw new InputException(listed);
    }
    return new CityTable(cities, extraColumns);
  }
}
