package org.citynet.export.excel;

import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.SpreadsheetVersion;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.AreaReference;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFTable;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTTableStyleInfo;

/**
 * Writes rows as an Excel table (a ListObject with filter buttons and banded rows) from cell A1,
 * with the header row frozen and column widths measured from the content. Columns of {@link
 * Format#LIST lists} wrap, and their rows grow to show every line.
 *
 * <p>Rows are streamed, so memory does not grow with the number of rows. A sheet holds at most
 * {@code maxRows} rows; when the data does not fit, the rows that fit are written and the last row
 * of the sheet says what was left out and where the full data is.
 */
final class TableWriter {
  private static final String STYLE = "TableStyleMedium2";
  private static final int MIN_WIDTH = 6;
  private static final int MAX_WIDTH = 45;

  /** Widest a column of {@link Format#LIST lists} grows before its text wraps. */
  private static final int LIST_WIDTH = 60;

  private static final float LINE_POINTS = 13f;

  /** Room for the filter button beside a header. */
  private static final int BUTTON = 3;

  private TableWriter() {}

  /**
   * What a table holds.
   *
   * @param name the table's name (letters, digits, underscores)
   * @param columns the columns, left to right
   * @param rows the rows, top to bottom
   * @param rowNoun what a row is, plural ("cities"), for the note when rows are left out
   * @param fullData where the complete data is, for that note
   */
  record Table<T>(
      String name, List<Column<T>> columns, List<T> rows, String rowNoun, String fullData) {}

  /**
   * Writes the table from cell A1.
   *
   * @param sheet an empty sheet
   * @param frozenColumns leading columns kept in view when scrolling right
   * @param maxRows rows the sheet may use, the header and the note included
   */
  static <T> TableExtent write(
      SXSSFSheet sheet, CellWriter cells, Table<T> table, int frozenColumns, int maxRows) {
    TableExtent extent = writeAt(sheet, cells, table, 0, maxRows);
    sheet.createFreezePane(frozenColumns, 1);
    Pages.fitToWidthWithHeader(sheet);
    return extent;
  }

  /**
   * Writes the table with its header in row {@code firstRow}, below what the sheet holds; column
   * widths grow to fit this table and what the sheet held, and no pane is frozen.
   *
   * @param firstRow the header's row, below every row written before
   * @param maxRows rows this table may use, the header and the note included
   */
  static <T> TableExtent writeAt(
      SXSSFSheet sheet, CellWriter cells, Table<T> table, int firstRow, int maxRows) {
    List<Column<T>> columns = table.columns();
    List<T> rows = table.rows();
    List<String> headers = uniqueHeaders(columns);
    int[] widths = new int[columns.size()];
    // A number's shown length grows with its magnitude, sign included, so only the smallest and
    // the largest value of a column are formatted to measure it.
    double[] lowest = new double[columns.size()];
    double[] highest = new double[columns.size()];
    Arrays.fill(lowest, Double.POSITIVE_INFINITY);
    Arrays.fill(highest, Double.NEGATIVE_INFINITY);
    Row header = sheet.createRow(firstRow);
    // A data row, a blank row and the note must fit below the header when rows are cut.
    int fit = rows.size() <= maxRows - 1 ? rows.size() : maxRows - 3;
    for (int c = 0; c < columns.size(); c++) {
      // The header is styled by hand too: LibreOffice does not draw table styles.
      cells.text(header, c, headers.get(c), Look.HEADER);
      widths[c] = headers.get(c).length() + BUTTON;
      if (columns.get(c).format() == Format.LIST) {
        // Rows are streamed, so a wrapping column's width must be known before the first row.
        widths[c] =
            Math.min(LIST_WIDTH, Math.max(widths[c], longestLine(columns.get(c), rows) + 1));
      }
    }
    for (int r = 0; r < fit; r++) {
      Row row = sheet.createRow(firstRow + r + 1);
      T item = rows.get(r);
      int lines = 1;
      for (int c = 0; c < columns.size(); c++) {
        Column<T> column = columns.get(c);
        Object value = column.value(item);
        cells.value(row, c, value, column.format());
        if (column.format() == Format.LIST) {
          lines =
              Math.max(
                  lines, value == null ? 1 : CellWriter.wrappedLines(value.toString(), widths[c]));
        } else if (value instanceof Number n) {
          double v = n.doubleValue();
          // Blank cells (NaN, infinities) take no room.
          if (Double.isFinite(v)) {
            lowest[c] = Math.min(lowest[c], v);
            highest[c] = Math.max(highest[c], v);
          }
        } else {
          widths[c] = Math.max(widths[c], displayLength(value));
        }
      }
      if (lines > 1) {
        row.setHeightInPoints(lines * LINE_POINTS + 3);
      }
    }
    TableExtent extent = new TableExtent(fit, rows.size());
    if (extent.truncated()) {
      cells.text(
          sheet.createRow(firstRow + maxRows - 1),
          0,
          String.format(
              Locale.UK,
              "Only the first %,d of %,d %s fit on this sheet (the row limit of Excel). The full"
                  + " list is in %s.",
              fit,
              rows.size(),
              table.rowNoun(),
              table.fullData()),
          Look.NOTE);
    }
    addTable(sheet, table.name(), headers, firstRow, extent);
    for (int c = 0; c < columns.size(); c++) {
      if (lowest[c] <= highest[c]) {
        DecimalFormat shown = columns.get(c).format().newDecimalFormat();
        widths[c] =
            Math.max(
                widths[c],
                Math.max(shown.format(lowest[c]).length(), shown.format(highest[c]).length()));
      }
      int width =
          columns.get(c).format() == Format.LIST
              ? widths[c]
              : Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[c] + 1));
      sheet.setColumnWidth(c, Math.max(width * 256, firstRow > 0 ? sheet.getColumnWidth(c) : 0));
    }
    return extent;
  }

  /**
   * Header cells must equal the table's column names, which Excel requires to be unique ignoring
   * case; an input's extra column may repeat a known name, so repeats get a number.
   */
  static List<String> uniqueHeaders(List<? extends Column<?>> columns) {
    Set<String> seen = new HashSet<>();
    List<String> headers = new ArrayList<>(columns.size());
    for (int c = 0; c < columns.size(); c++) {
      String base = columns.get(c).header().replaceAll("\\p{Cntrl}", " ").strip();
      if (base.isEmpty()) {
        base = "column " + (c + 1);
      }
      String header = base;
      for (int n = 2; !seen.add(header.toLowerCase(Locale.ROOT)); n++) {
        header = base + " (" + n + ")";
      }
      headers.add(header);
    }
    return headers;
  }

  private static void addTable(
      SXSSFSheet sheet, String name, List<String> headers, int firstRow, TableExtent extent) {
    // Tables live on the streaming sheet's template; the streamed rows are not visible to it,
    // so the column names are set here rather than read back from the header cells.
    XSSFTable table =
        sheet
            .getWorkbook()
            .getXSSFWorkbook()
            .getSheet(sheet.getSheetName())
            .createTable(
                new AreaReference(
                    new CellReference(firstRow, 0),
                    new CellReference(firstRow + Math.max(extent.written(), 1), headers.size() - 1),
                    SpreadsheetVersion.EXCEL2007));
    table.setName(name);
    table.setDisplayName(name);
    for (int c = 0; c < headers.size(); c++) {
      table.getColumns().get(c).setName(headers.get(c));
    }
    if (!table.getCTTable().isSetAutoFilter()) {
      table.getCTTable().addNewAutoFilter();
    }
    table.getCTTable().getAutoFilter().setRef(table.getCTTable().getRef());
    table.setStyleName(STYLE);
    CTTableStyleInfo style = table.getCTTable().getTableStyleInfo();
    style.setShowRowStripes(true);
    style.setShowColumnStripes(false);
    style.setShowFirstColumn(false);
    style.setShowLastColumn(false);
  }

  /** The longest line of a column's values, in characters. */
  private static <T> int longestLine(Column<T> column, List<T> rows) {
    int longest = 0;
    for (T row : rows) {
      Object value = column.value(row);
      if (value != null) {
        for (String line : value.toString().split("\n", -1)) {
          longest = Math.max(longest, line.length());
        }
      }
    }
    return longest;
  }

  private static int displayLength(Object value) {
    if (value instanceof Boolean) {
      return "FALSE".length();
    }
    return value == null ? 0 : value.toString().length();
  }
}
