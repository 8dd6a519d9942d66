package org.citynet.export.schema;

/**
 * The type of an output column's values, as every writer declares it: a GeoPackage column type, a
 * GraphML/GEXF attribute type, a JSON value, a workbook cell kind.
 */
public enum ColumnType {
  /** Text ({@code String}); GeoPackage TEXT, GraphML/GEXF {@code string}. */
  TEXT,
  /** Whole numbers ({@code Long}); GeoPackage INTEGER, GraphML/GEXF {@code long}. */
  INTEGER,
  /** Real numbers ({@code Double}); GeoPackage REAL (DOUBLE), GraphML/GEXF {@code double}. */
  REAL,
  /** True or false ({@code Boolean}); GeoPackage BOOLEAN, GraphML/GEXF {@code boolean}. */
  BOOLEAN,
  /**
   * A JSON object of names to values ({@code Map<String, ?>}), or a list of them: only in the run
   * summary (settings, checksums, stage timings, periods), never in a table.
   */
  OBJECT;

  /** The name {@code docs/outputs.md} uses: {@code text}, {@code integer}, ... */
  public String docName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
