package org.citynet.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageException;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.db.DateConverter;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureDao;
import mil.nga.geopackage.features.user.FeatureResultSet;
import mil.nga.geopackage.features.user.FeatureRow;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.sf.Geometry;
import mil.nga.sf.GeometryType;
import mil.nga.sf.MultiPoint;
import mil.nga.sf.Point;
import mil.nga.sf.util.SFException;
import org.citynet.model.CityTable;

/**
 * Reads cities from a point layer of a GeoPackage (OGC 12-128r18) with NGA's geopackage-java: the
 * id, name, country and population are columns (see {@link CityLayerOptions}), every other column
 * but the primary key and the geometry is kept as an extra column.
 *
 * <p>The layer is the one named, else the only point (or multipoint) layer, else the only layer of
 * unspecified geometry type. Its spatial reference system must be an EPSG one, converted to WGS84
 * with {@link Wgs84Transform}; the GeoPackage's undefined geographic system (srs_id 0) is taken for
 * WGS84 with a warning, any other is refused. Messages name features by their primary key ("feature
 * fid 12"). The file is opened read-only.
 */
public final class GeoPackageCityReader {
  private static final byte[] SQLITE = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
  private static final String REPROJECT =
      "convert the layer to WGS84: ogr2ogr -t_srs EPSG:4326 out.gpkg in.gpkg";

  private final CityLayerOptions options;
  private final Consumer<String> warnings;

  /** A reader that finds the layer and columns by {@code options} and sends remarks to warnings. */
  public GeoPackageCityReader(CityLayerOptions options, Consumer<String> warnings) {
    this.options = options;
    this.warnings = warnings;
  }

  /**
   * Reads the cities layer.
   *
   * @throws InputException listing every problem found, when any is
   * @throws IOException when the file cannot be read at all
   */
  public CityTable read(Path path) throws IOException, InputException {
    String file = path.toString();
    try (InputStream in = InputFiles.open(path, "GeoPackage")) {
      if (!Arrays.equals(in.readNBytes(SQLITE.length), SQLITE)) {
        throw new InputException(
            new InputProblem(
                file,
                0,
                "",
                "is not a GeoPackage (it is not a SQLite database)",
                "pass a .gpkg file, or a cities CSV or GeoJSON file"));
      }
    }
    GeoPackage gpkg;
    try {
      gpkg = GeoPackageManager.open(false, path.toFile(), false);
    } catch (GeoPackageException e) {
      throw unreadable(file, e);
    }
    try {
      FeatureDao dao = layer(file, gpkg);
      return read(file, dao, transform(file, dao));
    } catch (GeoPackageException e) {
      throw unreadable(file, e);
    } finally {
      gpkg.close();
    }
  }

  private static InputException unreadable(String file, GeoPackageException e) {
    String why = e.getMessage() == null ? "" : " (" + CsvRow.shorten(e.getMessage()) + ")";
    return new InputException(
        new InputProblem(
            file,
            0,
            "",
            "cannot be read as a GeoPackage" + why,
            "check it opens in QGIS or with ogrinfo; export the cities layer again"));
  }

  /**
   * Fails with a located problem when the layer's {@code gpkg_geometry_columns} row names a
   * geometry type the GeoPackage standard does not have (the library would throw on it).
   */
  private static void requireKnownGeometryType(String file, FeatureDao dao) throws InputException {
    try {
      dao.getGeometryType();
    } catch (IllegalArgumentException e) {
      throw new InputException(
          new InputProblem(
              file,
              0,
              "",
              "layer '"
                  + CsvRow.shorten(dao.getTableName())
                  + "' declares the geometry type '"
                  + CsvRow.shorten(String.valueOf(dao.getGeometryColumns().getGeometryTypeName()))
                  + "', which is not a GeoPackage geometry type",
              "check it opens in QGIS or with ogrinfo; export the cities layer again"));
    }
  }

  /** The layer named in the options, else the only point layer. */
  private FeatureDao layer(String file, GeoPackage gpkg) throws InputException {
    List<String> tables = gpkg.getFeatureTables();
    List<FeatureDao> layers = new ArrayList<>();
    for (String table : tables) {
      FeatureDao dao = gpkg.getFeatureDao(table);
      requireKnownGeometryType(file, dao);
      layers.add(dao);
    }
    String listed =
        layers.isEmpty()
            ? "none"
            : layers.stream()
                .map(d -> d.getTableName() + " (" + typeName(d.getGeometryType()) + ")")
                .collect(Collectors.joining(", "));
    if (options.layer().isPresent()) {
      String wanted = options.layer().get();
      FeatureDao dao =
          layers.stream()
              .filter(d -> d.getTableName().equals(wanted))
              .findFirst()
              .or(
                  () ->
                      layers.stream()
                          .filter(d -> d.getTableName().equalsIgnoreCase(wanted))
                          .findFirst())
              .orElseThrow(
                  () ->
                      new InputException(
                          new InputProblem(
                              file,
                              0,
                              "",
                              "has no layer '"
                                  + CsvRow.shorten(wanted)
                                  + "' (layers: "
                                  + listed
                                  + ")",
                              "name one of its layers with --cities-layer")));
      GeometryType type = dao.getGeometryType();
      if (!isPoint(type) && type != GeometryType.GEOMETRY) {
        throw new InputException(
            new InputProblem(
                file,
                0,
                "",
                "layer '"
                    + dao.getTableName()
                    + "' holds "
                    + typeName(type)
                    + " geometries, not points",
                "name the layer of city points with --cities-layer"));
      }
      return dao;
    }
    List<FeatureDao> points = layers.stream().filter(d -> isPoint(d.getGeometryType())).toList();
    if (points.isEmpty()) {
      // a layer of any geometry type may hold points: GDAL writes one from a CSV with a WKT column
      points = layers.stream().filter(d -> d.getGeometryType() == GeometryType.GEOMETRY).toList();
    }
    if (points.size() == 1) {
      return points.get(0);
    }
    throw new InputException(
        new InputProblem(
            file,
            0,
            "",
            points.isEmpty()
                ? "has no point layer (layers: " + listed + ")"
                : "has several point layers: "
                    + points.stream()
                        .map(FeatureDao::getTableName)
                        .collect(Collectors.joining(", ")),
            "name the layer of city points with --cities-layer"));
  }

  private static boolean isPoint(GeometryType type) {
    return type == GeometryType.POINT || type == GeometryType.MULTIPOINT;
  }

  /** The conversion of the layer's coordinates to WGS84, or why there is none. */
  private Wgs84Transform transform(String file, FeatureDao dao) throws InputException {
    SpatialReferenceSystem srs = dao.getSrs();
    String organization = srs.getOrganization() == null ? "" : srs.getOrganization();
    long code = srs.getOrganizationCoordsysId();
    if (organization.equalsIgnoreCase("EPSG")) {
      Optional<Wgs84Transform> transform = Wgs84Transform.fromEpsg(code);
      if (transform.isPresent()) {
        return transform.get();
      }
    } else if (srs.getSrsId() == 0) {
      warnings.accept(
          file
              + ": layer '"
              + dao.getTableName()
              + "' has an undefined geographic coordinate system; read as WGS84 degrees");
      return Wgs84Transform.identity();
    }
    throw new InputException(
        new InputProblem(
            file,
            0,
            "",
            "layer '"
                + dao.getTableName()
                + "' uses the coordinate reference system '"
                + CsvRow.shorten(srs.getSrsName() == null ? "" : srs.getSrsName())
                + "' ("
                + CsvRow.shorten(organization)
                + ":"
                + code
                + "), which citynet cannot convert to WGS84",
            REPROJECT));
  }

  private CityTable read(String file, FeatureDao dao, Wgs84Transform toWgs84)
      throws InputException {
    String geometryColumn = dao.getGeometryColumnName();
    String key = dao.getPkColumnName();
    List<String> columns =
        Arrays.stream(dao.getColumnNames())
            .filter(c -> !c.equals(geometryColumn) && !c.equals(key))
            .toList();
    LayerCities layer = LayerCities.of(file, columns, options, warnings);
    FeatureResultSet rows = dao.queryForAll();
    try {
      while (rows.moveToNext()) {
        FeatureRow row = rows.getRow();
        LayerCities.Feature feature = layer.feature("feature fid " + row.getId());
        double[] lonLat = point(feature, row, toWgs84);
        layer.add(feature, column -> text(row, column), lonLat[0], lonLat[1]);
      }
    } finally {
      rows.close();
    }
    return layer.table();
  }

  /** {@code {lon, lat}} of the row's point; NaNs after recording a problem. */
  private static double[] point(LayerCities.Feature feature, FeatureRow row, Wgs84Transform t) {
    double[] none = {Double.NaN, Double.NaN};
    Geometry geometry;
    try {
      GeoPackageGeometryData data = row.getGeometry();
      geometry = data == null ? null : data.getGeometry();
    } catch (SFException | GeoPackageException e) {
      feature.problem(
          "geometry",
          "geometry cannot be read (" + CsvRow.shorten(String.valueOf(e.getMessage())) + ")",
          "check the feature in QGIS; draw its point again");
      return none;
    }
    if (geometry == null) {
      feature.noPoint("has no geometry");
      return none;
    }
    if (geometry instanceof MultiPoint multi) {
      if (multi.numPoints() > 1) {
        feature.severalPoints(multi.numPoints());
        return none;
      }
      geometry = multi.isEmpty() ? multi : multi.getPoint(0);
    } else if (!(geometry instanceof Point)) {
      feature.notAPoint(typeName(geometry.getGeometryType()));
      return none;
    }
    if (geometry.isEmpty() || !(geometry instanceof Point point)) {
      feature.noPoint("geometry is an empty point");
      return none;
    }
    double[] lonLat = t.apply(point.getX(), point.getY());
    if (!Double.isFinite(lonLat[0]) || !Double.isFinite(lonLat[1])) {
      feature.problem(
          "geometry",
          "coordinates "
              + point.getX()
              + ", "
              + point.getY()
              + " cannot be converted from "
              + t.source()
              + " to WGS84",
          "check the coordinates and the layer's coordinate system");
      return none;
    }
    return lonLat;
  }

  /** A column's value as text: numbers plainly, dates as ISO 8601, blobs in hex, null as "". */
  private static String text(FeatureRow row, String column) {
    Object value = row.getValue(column);
    if (value == null) {
      return "";
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString((long) d) : value.toString();
    }
    if (value instanceof Date date) {
      FeatureColumn c = row.getColumn(column);
      return DateConverter.converter(c.getDataType()).stringValue(date);
    }
    if (value instanceof byte[] bytes) {
      return HexFormat.of().formatHex(bytes);
    }
    return value.toString();
  }

  /** The OGC name of a geometry type, e.g. LineString. */
  private static String typeName(GeometryType type) {
    String name = type.getName();
    return switch (type) {
      case POINT -> "Point";
      case LINESTRING -> "LineString";
      case POLYGON -> "Polygon";
      case MULTIPOINT -> "MultiPoint";
      case MULTILINESTRING -> "MultiLineString";
      case MULTIPOLYGON -> "MultiPolygon";
      case GEOMETRYCOLLECTION -> "GeometryCollection";
      case GEOMETRY -> "Geometry";
      default -> name.charAt(0) + name.substring(1).toLowerCase(Locale.ROOT);
    };
  }
}
