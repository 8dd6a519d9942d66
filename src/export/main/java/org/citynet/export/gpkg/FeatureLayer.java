package org.citynet.export.gpkg;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;
import mil.nga.geopackage.db.GeoPackageDataType;
import mil.nga.sf.GeometryType;
import org.citynet.export.schema.OutputColumn;
import org.locationtech.jts.geom.Geometry;

/**
 * One layer as it goes into the GeoPackage: its columns, and its rows made on demand (so that tens
 * of thousands of densified geodesics need not all be in memory at once).
 *
 * @param name table name and {@code gpkg_contents.identifier}
 * @param description {@code gpkg_contents.description}
 * @param geometryType the type every geometry of the layer has
 * @param columns attribute columns, in order, after {@code fid} and {@code geom}
 * @param size number of rows
 * @param feature row {@code i} (fid = i + 1) for i in [0, size); safe to call from several threads
 */
record FeatureLayer(
    String name,
    String description,
    GeometryType geometryType,
    List<Column> columns,
    int size,
    IntFunction<Feature> feature) {

  FeatureLayer {
    columns = List.copyOf(columns);
  }

  /**
   * A layer of {@code rows}, one feature each, with the attributes {@code columns} and the
   * geometries {@code geometry} makes (on demand, possibly from several threads).
   */
  static <T> FeatureLayer of(
      String name,
      String description,
      GeometryType geometryType,
      List<OutputColumn<T>> columns,
      List<T> rows,
      Function<T, Geometry> geometry) {
    List<Column> declared = columns.stream().map(Column::of).toList();
    return new FeatureLayer(
        name,
        description,
        geometryType,
        declared,
        rows.size(),
        i -> {
          T row = rows.get(i);
          List<Object> values = new ArrayList<>(columns.size());
          for (OutputColumn<T> column : columns) {
            values.add(column.valueOf(row));
          }
          return new Feature(geometry.apply(row), values);
        });
  }

  /**
   * An attribute column.
   *
   * @param name column name as users see it, any text
   * @param type its GeoPackage type
   */
  record Column(String name, GeoPackageDataType type) {
    /** The column of an output column: its name, and the GeoPackage type of its type. */
    static Column of(OutputColumn<?> column) {
      return new Column(
          column.name(),
          switch (column.type()) {
            case TEXT -> GeoPackageDataType.TEXT;
            case INTEGER -> GeoPackageDataType.INTEGER;
            case REAL -> GeoPackageDataType.REAL;
            case BOOLEAN -> GeoPackageDataType.BOOLEAN;
            case OBJECT -> throw new IllegalArgumentException("a layer has no object column");
          });
    }
  }

  /**
   * A row.
   *
   * @param geometry in EPSG:4326, of the layer's geometry type; empty for none (written as NULL)
   * @param values one per column (String, Long, Double or Boolean), null for no value; SQLite
   *     stores a NaN as NULL
   */
  record Feature(Geometry geometry, List<Object> values) {
    Feature {
      values = Collections.unmodifiableList(Arrays.asList(values.toArray()));
    }

    static Feature of(Geometry geometry, Object... values) {
      return new Feature(geometry, Arrays.asList(values));
    }
  }
}
