package org.citynet.export.gpkg;

import static org.citynet.export.gpkg.NetworkLayers.GEOMETRY_COLUMN;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.contents.Contents;
import mil.nga.geopackage.contents.ContentsDataType;
import mil.nga.geopackage.db.GeoPackageConnection;
import org.citynet.export.gpkg.LayerStyles.LayerStyle;

/**
 * Writes the layers' default styles into the table {@code layer_styles}, the way QGIS saves styles
 * into a GeoPackage (and reads them back when a layer is opened): the same columns and types as
 * QGIS 3.22 creates through GDAL, registered in {@code gpkg_contents} as an {@code attributes}
 * table, one row per layer with {@code useAsDefault} = 1, empty catalog and schema, the QML in
 * {@code styleQML} and the same style as SLD 1.1 in {@code styleSLD}.
 */
final class LayerStyleTable {
  static final String TABLE = "layer_styles";

  /** The table exactly as QGIS 3.22 creates it (through GDAL's GeoPackage driver). */
  private static final String CREATE =
      "CREATE TABLE \"layer_styles\" ("
          + " \"id\" INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,"
          + " \"f_table_catalog\" TEXT(256), \"f_table_schema\" TEXT(256),"
          + " \"f_table_name\" TEXT(256), \"f_geometry_column\" TEXT(256),"
          + " \"styleName\" TEXT(30), \"styleQML\" TEXT, \"styleSLD\" TEXT,"
          + " \"useAsDefault\" BOOLEAN, \"description\" TEXT, \"owner\" TEXT(30), \"ui\" TEXT(30),"
          + " \"update_time\" DATETIME DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')))";

  private static final String INSERT =
      "INSERT INTO \"layer_styles\" (\"f_table_catalog\", \"f_table_schema\", \"f_table_name\","
          + " \"f_geometry_column\", \"styleName\", \"styleQML\", \"styleSLD\", \"useAsDefault\","
          + " \"description\", \"owner\", \"ui\", \"update_time\")"
          + " VALUES ('', '', ?, ?, ?, ?, ?, 1, ?, '', ?, ?)";

  /** GeoPackage's DATETIME format (OGC 12-128r18 §1.1.1.1.1). */
  private static final DateTimeFormatter DATETIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private LayerStyleTable() {}

  /**
   * Creates the table and writes one default style per layer.
   *
   * @param time the styles' {@code update_time} and the table's last change
   */
  static void write(GeoPackage geoPackage, List<LayerStyle> styles, Instant time)
      throws SQLException {
    GeoPackageConnection connection = geoPackage.getConnection();
    connection.execSQL(CREATE);
    Contents contents = new Contents();
    contents.setTableName(TABLE);
    contents.setDataType(ContentsDataType.ATTRIBUTES);
    contents.setIdentifier(TABLE);
    contents.setDescription(
        "Default styles of the layers cities, links, clusters, regions and countries, as QGIS"
            + " styles (QML, applied when QGIS opens a layer) and as OGC SLD 1.1 for other tools");
    contents.setLastChange(Date.from(time));
    geoPackage.getContentsDao().create(contents);

    try (PreparedStatement insert = connection.getConnection().prepareStatement(INSERT)) {
      for (LayerStyle style : styles) {
        insert.setString(1, style.table());
        insert.setString(2, GEOMETRY_COLUMN);
        insert.setString(3, LayerStyles.STYLE_NAME);
        insert.setString(4, style.qml());
        insert.setString(5, style.sld());
        insert.setString(6, style.description());
        insert.setNull(7, Types.NULL);
        insert.setString(8, DATETIME.format(time));
        insert.addBatch();
      }
      insert.executeBatch();
    }
  }
}
