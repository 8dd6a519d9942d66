package org.citynet.export.gpkg;

import static org.citynet.export.gpkg.NetworkLayers.GEOMETRY_COLUMN;
import static org.citynet.export.gpkg.NetworkLayers.ID_COLUMN;

import com.j256.ormlite.support.ConnectionSource;
import com.j256.ormlite.support.DatabaseConnection;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.GeoPackageManager;
import mil.nga.geopackage.attributes.AttributesColumn;
import mil.nga.geopackage.attributes.AttributesTableMetadata;
import mil.nga.geopackage.contents.Contents;
import mil.nga.geopackage.contents.ContentsDao;
import mil.nga.geopackage.db.GeoPackageConnection;
import mil.nga.geopackage.db.GeoPackageTableCreator;
import mil.nga.geopackage.db.TableColumnKey;
import mil.nga.geopackage.extension.rtree.RTreeIndexExtension;
import mil.nga.geopackage.features.columns.GeometryColumns;
import mil.nga.geopackage.features.user.FeatureColumn;
import mil.nga.geopackage.features.user.FeatureTableMetadata;
import mil.nga.geopackage.geom.GeoPackageGeometryData;
import mil.nga.geopackage.srs.SpatialReferenceSystem;
import mil.nga.sf.GeometryEnvelope;
import mil.nga.sf.GeometryType;
import org.citynet.export.AtomicFiles;
import org.citynet.export.gpkg.FeatureLayer.Column;
import org.citynet.export.gpkg.FeatureLayer.Feature;
import org.citynet.export.gpkg.LayerStyles.LayerStyle;
import org.citynet.geo.Geodesics;
import org.citynet.model.NetworkAnalysis;
import org.citynet.model.RunInfo;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;

/**
 * Writes the analysis as a GeoPackage (OGC 12-128r18) in EPSG:4326 that opens in QGIS as a finished
 * map: five feature layers — {@code cities} (points), {@code links} (multi-lines), {@code
 * clusters}, {@code regions} and {@code countries} (multi-polygons) — each with an R-tree spatial
 * index, a description in {@code gpkg_contents} and a default QGIS style in {@code layer_styles},
 * and the run's provenance as GeoPackage metadata.
 *
 * <p>The file declares GeoPackage 1.3 ({@code PRAGMA user_version = 10300}) and its R-tree triggers
 * are the 1.3 set, not the 1.4 set the NGA library writes by default, so GDAL 3.6 opens it without
 * a warning and its {@code validate_gpkg.py} accepts it. Column names may be any text: names that
 * NGA's SQL could not quote are renamed afterwards with escaped SQL, and values are always bound as
 * parameters.
 *
 * <p>The file is written beside the target as {@code NAME.gpkg.tmp-<random>} and moved over the
 * target atomically only once complete, so readers never see half a file and a failed write leaves
 * any previous file intact. The same analysis gives the same bytes.
 */
public final class GeoPackageWriter {
  /**
   * The most extra columns a cities input may have for the GeoPackage's cities layer to hold them
   * all (SQLite's default limit of 2,000 columns a table, less the layer's own); checked before any
   * work, since the layer is written last.
   */
  public static int maxCityExtraColumns() {
    return NetworkLayers.maxCityExtraColumns();
  }

  /** GeoPackage 1.3.0, the newest version GDAL 3.6 knows. */
  static final int USER_VERSION = 10300;

  private static final long SRS_ID = Geodesics.SRID;

  /** Names NGA's SQL can quote by wrapping them in double quotes without escaping. */
  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  /** Rows made and encoded in parallel before they are inserted. */
  private static final int CHUNK = 2048;

  private GeoPackageWriter() {}

  /**
   * Writes {@code analysis} to {@code target}, replacing any file there.
   *
   * @param target the GeoPackage file, conventionally {@code <study name>.gpkg}
   * @throws IOException if the file cannot be written; the target is then unchanged
   * @throws IllegalArgumentException if a link names a city the analysis does not have
   */
  public static void write(NetworkAnalysis analysis, Path target) throws IOException {
    AreaLayers areas = AreaLayers.of(analysis);
    List<FeatureLayer> layers = new ArrayList<>(NetworkLayers.of(analysis));
    layers.add(areas.regions());
    layers.add(areas.countries());
    List<LayerStyle> styles = LayerStyles.of(analysis, areas);
    AtomicFiles.write(
        target,
        partial -> {
          try (GeoPackage geoPackage = GeoPackageManager.open(partial.toFile(), false)) {
            // SQLite does not sync as it goes (see writeContents); AtomicFiles syncs the whole
            // file once before it takes the target's place.
            writeContents(geoPackage, layers, styles, analysis);
          } catch (SQLException | RuntimeException e) {
            throw new IOException("cannot write GeoPackage " + target + ": " + e.getMessage(), e);
          }
        });
  }

  private static void writeContents(
      GeoPackage geoPackage,
      List<FeatureLayer> layers,
      List<LayerStyle> styles,
      NetworkAnalysis analysis)
      throws SQLException, IOException {
    RunInfo run = analysis.run();
    // The temporary name has no .gpkg extension, so NGA's create() would not make it a
    // GeoPackage: set the header and the required tables here as it does.
    GeoPackageConnection connection = geoPackage.getConnection();
    skipSyncing(connection);
    connection.setApplicationId();
    connection.setUserVersion(USER_VERSION);
    new GeoPackageTableCreator(geoPackage).createRequired();

    SpatialReferenceSystem srs =
        geoPackage.getSpatialReferenceSystemDao().getOrCreateCode("EPSG", SRS_ID);
    Date lastChange = Date.from(run.startedAt());
    for (FeatureLayer layer : layers) {
      writeLayer(geoPackage, srs, layer, lastChange);
    }
    if (analysis.time().present()) {
      writeAttributes(geoPackage, NetworkLayers.cityPeriods(analysis));
    }
    LayerStyleTable.write(geoPackage, styles, run.startedAt());
    RunMetadata.write(geoPackage, run, analysis.summary().betweennessMethod());
  }

  /**
   * Tells SQLite not to sync after every statement: nobody reads the temporary file until it is
   * complete and synced as a whole. NGA keeps two connections to the file — JDBC, and ORMLite for
   * its tables of records — so both are told.
   */
  private static void skipSyncing(GeoPackageConnection connection) throws SQLException {
    String pragma = "PRAGMA synchronous = OFF";
    connection.execSQL(pragma);
    ConnectionSource records = connection.getConnectionSource();
    DatabaseConnection recordsConnection = records.getReadWriteConnection(null);
    try {
      recordsConnection.executeStatement(pragma, DatabaseConnection.DEFAULT_RESULT_FLAGS);
    } finally {
      records.releaseConnection(recordsConnection);
    }
  }

  private static void writeLayer(
      GeoPackage geoPackage, SpatialReferenceSystem srs, FeatureLayer layer, Date lastChange)
      throws SQLException, IOException {
    createTable(geoPackage, srs, layer);
    RTreeIndexExtension rtree = new RTreeIndexExtension(geoPackage);
    rtree.getOrCreate(layer.name(), GEOMETRY_COLUMN);
    rtree.createRTreeIndex(layer.name(), GEOMETRY_COLUMN);
    Envelope extent = insertRows(geoPackage.getConnection(), layer);
    createSpatialIndexTriggers(rtree, layer.name());

    // NGA stamps the time of writing; the run's start time keeps the file reproducible.
    ContentsDao contentsDao = geoPackage.getContentsDao();
    Contents contents = contentsDao.queryForId(layer.name());
    if (!extent.isNull()) {
      contents.setMinX(extent.getMinX());
      contents.setMinY(extent.getMinY());
      contents.setMaxX(extent.getMaxX());
      contents.setMaxY(extent.getMaxY());
    }
    contents.setLastChange(lastChange);
    contentsDao.update(contents);
  }

  /** Creates an attributes table with NGA, registered in {@code gpkg_contents}, and fills it. */
  private static void writeAttributes(GeoPackage geoPackage, AttributeTable table)
      throws SQLException {
    List<AttributesColumn> columns = new ArrayList<>();
    for (Column c : table.columns()) {
      columns.add(AttributesColumn.createColumn(c.name(), c.type()));
    }
    AttributesTableMetadata metadata =
        AttributesTableMetadata.create(table.name(), ID_COLUMN, columns);
    metadata.setIdentifier(table.name());
    metadata.setDescription(table.description());
    geoPackage.createAttributesTable(metadata);
    StringBuilder names = new StringBuilder(identifier(ID_COLUMN));
    table.columns().forEach(c -> names.append(", ").append(identifier(c.name())));
    String insert =
        "INSERT INTO "
            + identifier(table.name())
            + " ("
            + names
            + ") VALUES (?"
            + ", ?".repeat(table.columns().size())
            + ")";
    GeoPackageConnection connection = geoPackage.getConnection();
    connection.beginTransaction();
    boolean done = false;
    try (PreparedStatement rows = connection.getConnection().prepareStatement(insert)) {
      long fid = 1;
      for (List<Object> row : table.rows()) {
        rows.setLong(1, fid++);
        bindValues(rows, 2, row);
        rows.addBatch();
      }
      rows.executeBatch();
      done = true;
    } finally {
      connection.endTransaction(done);
    }
  }

  /**
   * Creates the feature table with NGA, registered in {@code gpkg_contents} and {@code
   * gpkg_geometry_columns}. NGA wraps names in double quotes without escaping embedded ones, so a
   * column whose name is not a plain identifier is created under a placeholder and renamed here
   * with escaped SQL.
   */
  private static void createTable(
      GeoPackage geoPackage, SpatialReferenceSystem srs, FeatureLayer layer) {
    GeometryColumns geometryColumns = new GeometryColumns();
    geometryColumns.setId(new TableColumnKey(layer.name(), GEOMETRY_COLUMN));
    geometryColumns.setGeometryType(layer.geometryType());
    geometryColumns.setZ((byte) 0);
    geometryColumns.setM((byte) 0);
    geometryColumns.setSrs(srs);

    List<String> created = createdNames(layer.columns());
    List<FeatureColumn> columns = new ArrayList<>();
    for (int i = 0; i < created.size(); i++) {
      columns.add(FeatureColumn.createColumn(created.get(i), layer.columns().get(i).type()));
    }
    FeatureTableMetadata metadata =
        FeatureTableMetadata.create(geometryColumns, ID_COLUMN, columns);
    metadata.setIdentifier(layer.name());
    metadata.setDescription(layer.description());
    geoPackage.createFeatureTable(metadata);

    for (int i = 0; i < created.size(); i++) {
      String name = layer.columns().get(i).name();
      if (!created.get(i).equals(name)) {
        geoPackage
            .getConnection()
            .execSQL(
                "ALTER TABLE "
                    + identifier(layer.name())
                    + " RENAME COLUMN "
                    + identifier(created.get(i))
                    + " TO "
                    + identifier(name));
      }
    }
  }

  /**
   * The names to create the columns with: the real name when NGA can quote it, else a plain
   * placeholder unique among all real names.
   */
  private static List<String> createdNames(List<Column> columns) {
    Set<String> realNames = new HashSet<>();
    columns.forEach(c -> realNames.add(c.name().toLowerCase(Locale.ROOT)));
    List<String> names = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      String name = columns.get(i).name();
      if (!PLAIN_NAME.matcher(name).matches()) {
        name = "column_" + (i + 1);
        while (realNames.contains(name)) {
          name += "_";
        }
      }
      names.add(name);
    }
    return names;
  }

  /**
   * Inserts the rows with batched prepared statements on NGA's JDBC connection (NGA's per-row DAO
   * builds an object and a statement per row, far slower), then their R-tree entries as a packed
   * tree ({@link PackedRTree}), all in one transaction. Rows are made and encoded in parallel, a
   * chunk at a time.
   *
   * @return the extent of the layer's geometries
   */
  private static Envelope insertRows(GeoPackageConnection connection, FeatureLayer layer)
      throws SQLException {
    StringBuilder columns =
        new StringBuilder(identifier(ID_COLUMN) + ", " + identifier(GEOMETRY_COLUMN));
    layer.columns().forEach(c -> columns.append(", ").append(identifier(c.name())));
    String insertRow =
        "INSERT INTO "
            + identifier(layer.name())
            + " ("
            + columns
            + ") VALUES ("
            + "?, ".repeat(layer.columns().size() + 1)
            + "?)";
    boolean withEnvelope = layer.geometryType() != GeometryType.POINT;
    PackedRTree index = PackedRTree.withCapacity(layer.size());
    Envelope extent = new Envelope();
    connection.beginTransaction();
    boolean done = false;
    try (PreparedStatement rows = connection.getConnection().prepareStatement(insertRow)) {
      for (int from = 0; from < layer.size(); from += CHUNK) {
        List<EncodedFeature> chunk =
            IntStream.range(from, Math.min(layer.size(), from + CHUNK))
                .parallel()
                .mapToObj(i -> EncodedFeature.of(i + 1L, layer.feature().apply(i), withEnvelope))
                .toList();
        for (EncodedFeature f : chunk) {
          f.bind(rows);
          rows.addBatch();
          extent.expandToInclude(f.envelope());
          index.add(f.fid(), f.envelope());
        }
        rows.executeBatch();
      }
      index.writeTo(
          connection.getConnection(),
          RTreeIndexExtension.RTREE_PREFIX + layer.name() + "_" + GEOMETRY_COLUMN);
      done = true;
    } finally {
      connection.endTransaction(done);
    }
    return extent;
  }

  /**
   * Triggers that keep the layer's R-tree (extension {@code gpkg_rtree_index}) up to date: the
   * GeoPackage 1.3 set (insert, update1–4, delete) that GDAL 3.6 checks (Req 75), not the 1.4 set
   * (update5–7) NGA creates by default, which is why NGA marks update1 and update3 deprecated.
   */
  @SuppressWarnings("deprecation")
  private static void createSpatialIndexTriggers(RTreeIndexExtension rtree, String table) {
    rtree.createInsertTrigger(table, GEOMETRY_COLUMN, ID_COLUMN);
    rtree.createUpdate1Trigger(table, GEOMETRY_COLUMN, ID_COLUMN);
    rtree.createUpdate2Trigger(table, GEOMETRY_COLUMN, ID_COLUMN);
    rtree.createUpdate3Trigger(table, GEOMETRY_COLUMN, ID_COLUMN);
    rtree.createUpdate4Trigger(table, GEOMETRY_COLUMN, ID_COLUMN);
    rtree.createDeleteTrigger(table, GEOMETRY_COLUMN, ID_COLUMN);
  }

  /** An SQL identifier for any name: double-quoted, embedded quotes doubled. */
  static String identifier(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  /**
   * A row ready to insert.
   *
   * @param fid its feature id
   * @param geometry the GeoPackage geometry blob, null for an empty geometry
   * @param envelope the geometry's extent, a null envelope when empty
   * @param values the attribute values
   */
  private record EncodedFeature(long fid, byte[] geometry, Envelope envelope, List<Object> values) {
    static EncodedFeature of(long fid, Feature feature, boolean withEnvelope) {
      Geometry geometry = feature.geometry();
      if (geometry.isEmpty()) {
        // No geometry at all (SQL NULL): NGA would write an empty one without the empty flag,
        // which GDAL's validator rejects (Req 152).
        return new EncodedFeature(fid, null, new Envelope(), feature.values());
      }
      // The WKB as JTS writes it, behind the header NGA writes, so it is not parsed back.
      GeoPackageGeometryData data = new GeoPackageGeometryData(SRS_ID);
      Envelope envelope = geometry.getEnvelopeInternal();
      if (withEnvelope) {
        // Points carry no envelope in their header, as GDAL writes them; other geometries do, so
        // readers can test bounding boxes without parsing them.
        data.setEnvelope(
            new GeometryEnvelope(
                envelope.getMinX(), envelope.getMinY(), envelope.getMaxX(), envelope.getMaxY()));
      }
      data.setGeometryBytes(new WKBWriter().write(geometry));
      try {
        return new EncodedFeature(fid, data.toBytes(), envelope, feature.values());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    void bind(PreparedStatement statement) throws SQLException {
      statement.setLong(1, fid);
      statement.setBytes(2, geometry);
      bindValues(statement, 3, values);
    }
  }

  /** Binds {@code values} to the statement's parameters from {@code first} on. */
  private static void bindValues(PreparedStatement statement, int first, List<Object> values)
      throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      int index = i + first;
      Object value = values.get(i);
      if (value == null) {
        statement.setNull(index, Types.NULL);
      } else if (value instanceof String text) {
        statement.setString(index, text);
      } else if (value instanceof Long number) {
        statement.setLong(index, number);
      } else if (value instanceof Double number) {
        statement.setDouble(index, number);
      } else if (value instanceof Boolean flag) {
        statement.setInt(index, flag ? 1 : 0);
      } else {
        throw new IllegalArgumentException("unsupported value type: " + value.getClass());
      }
    }
  }
}
