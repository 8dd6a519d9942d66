package org.citynet.export.excel;

import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Where an Excel table landed on its sheet: header in row 0, data below.
 *
 * @param written data rows written
 * @param total data rows there were; more than {@code written} when the sheet ran out of rows
 */
record TableExtent(int written, int total) {
  /** The cells of one column's data (at least one row, as a table always has a data row). */
  CellRangeAddress column(int column) {
    return new CellRangeAddress(1, Math.max(written, 1), column, column);
  }

  /** True when some rows did not fit. */
  boolean truncated() {
    return written < total;
  }
}
