package org.citynet.export.excel;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;

/**
 * Lays rows down a sheet's printed pages. Every row gets an explicit height, so the sheet knows
 * where a page ends and can start a block that must not be cut (a table, a chart, a picture) on a
 * new page, as a printer or PDF export would otherwise slice it in two.
 */
final class PageFlow {
  private final SXSSFSheet sheet;
  private final double pageHeight;
  private int next;
  private double used;

  /**
   * A flow from the sheet's first row.
   *
   * @param pageHeight points of row height a printed page holds
   */
  PageFlow(SXSSFSheet sheet, double pageHeight) {
    this.sheet = sheet;
    this.pageHeight = pageHeight;
  }

  /** Creates the next row, at least {@code points} high. */
  Row row(double points) {
    // The file stores heights in twentieths of a point; rounding up keeps a row never shorter
    // than asked, so rows laid under a picture cover all of it.
    int twips = (int) Math.ceil(points * 20 - 1e-9);
    double height = twips / 20.0;
    // A row that does not fit starts the next page, as printing would break before it.
    used = used + height > pageHeight && used > 0 ? height : used + height;
    Row row = sheet.createRow(next++);
    row.setHeight((short) twips);
    return row;
  }

  /** Starts a new page unless a block {@code points} high still fits on this one. */
  void keepTogether(double points) {
    if (used > 0 && used + points > pageHeight) {
      newPage();
    }
  }

  /** Breaks the page after the last row, unless the page is still empty. */
  void newPage() {
    if (used > 0) {
      sheet.setRowBreak(next - 1);
      used = 0;
    }
  }

  /** Points left on the current page. */
  double room() {
    return pageHeight - used;
  }

  /** Points a page holds. */
  double pageHeight() {
    return pageHeight;
  }

  /** The sheet the rows are laid on. */
  SXSSFSheet sheet() {
    return sheet;
  }

  /** Index of the next row to be created. */
  int next() {
    return next;
  }
}
