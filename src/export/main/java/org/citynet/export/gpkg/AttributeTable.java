package org.citynet.export.gpkg;

import java.util.List;
import org.citynet.export.gpkg.FeatureLayer.Column;

/**
 * A table without geometry as it goes into the GeoPackage ({@code gpkg_contents.data_type =
 * 'attributes'}).
 *
 * @param name table name and {@code gpkg_contents.identifier}
 * @param description {@code gpkg_contents.description}
 * @param columns the columns after {@code fid}
 * @param rows one value per column each (String, Long, Double, Boolean or null)
 */
record AttributeTable(
    String name, String description, List<Column> columns, List<List<Object>> rows) {
  AttributeTable {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }
}
