package org.citynet.export.excel;

import java.util.List;
import java.util.Map;
import org.citynet.export.schema.OutputColumn;

/**
 * An output column as a table sheet shows it: the column's definition (name, type, value) and the
 * number format of its cells, the sheet's one addition.
 *
 * @param definition the column as {@link org.citynet.export.schema.OutputColumns} defines it
 * @param format how the values are shown
 * @param <T> the row type
 */
record Column<T>(OutputColumn<T> definition, Format format) {
  /** Formats of columns that read best other than their type's and unit's default. */
  private static final Map<String, Format> BY_NAME =
      Map.ofEntries(
          Map.entry("betweenness", Format.PERCENT_3),
          Map.entry("pagerank", Format.PERCENT_3),
          Map.entry("clustering", Format.PERCENT_1),
          Map.entry("dominant_region_share", Format.PERCENT),
          Map.entry("closeness", Format.MEASURE),
          Map.entry("harmonic", Format.MEASURE),
          Map.entry("eigenvector", Format.MEASURE),
          Map.entry("participation", Format.MEASURE),
          Map.entry("component", Format.ID),
          Map.entry("cluster_spatial", Format.ID),
          Map.entry("cluster", Format.CLUSTER),
          Map.entry("within_cluster_z", Format.SCORE),
          Map.entry("ei_index", Format.SCORE),
          Map.entry("disparity_p", Format.SCIENTIFIC),
          Map.entry("regions", Format.LIST),
          Map.entry("members", Format.LIST),
          Map.entry("bridge_cities", Format.LIST));

  /** The header: the column's name. */
  String header() {
    return definition.name();
  }

  /** The cell value of {@code row}: a String, Long, Double or Boolean, or null for a blank cell. */
  Object value(T row) {
    return definition.valueOf(row);
  }

  /**
   * The columns with their formats: those of {@code overrides}, else the column's own, else its
   * unit's (degrees, km), else its type's.
   */
  static <T> List<Column<T>> of(List<OutputColumn<T>> columns, Map<String, Format> overrides) {
    return columns.stream()
        .map(c -> new Column<>(c, overrides.getOrDefault(c.name(), formatOf(c))))
        .toList();
  }

  private static Format formatOf(OutputColumn<?> column) {
    Format byName = BY_NAME.get(column.name());
    if (byName != null) {
      return byName;
    }
    return switch (column.unit()) {
      case "degrees" -> Format.COORDINATE;
      case "km" -> Format.KILOMETRES;
      default ->
          switch (column.type()) {
            case INTEGER -> Format.INTEGER;
            case REAL -> Format.DECIMAL;
            case BOOLEAN -> Format.BOOLEAN;
            case TEXT, OBJECT -> Format.TEXT;
          };
    };
  }
}
