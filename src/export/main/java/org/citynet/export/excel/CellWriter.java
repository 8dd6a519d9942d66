package org.citynet.export.excel;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.citynet.export.ClusterPalette;

/**
 * Writes single cells with the workbook's shared styles, keeping user text inert.
 *
 * <p>POI never turns a string into a formula, but Excel re-parses a cell's text when a user edits
 * it, and CSV exports of the sheet would carry a leading {@code =} to the next program. Text that
 * starts like a formula ({@code = + - @}, tab, carriage return) therefore gets the "quote prefix"
 * style flag, Excel's stored form of a leading apostrophe.
 */
final class CellWriter {
  /** Excel's limit on the characters of one cell. */
  static final int MAX_TEXT = 32_767;

  private static final String FORMULA_STARTS = "=+-@\t\r";

  private final XSSFWorkbook workbook;
  private final Map<Look, CellStyle> looks = new EnumMap<>(Look.class);
  private final Map<Format, CellStyle> formats = new EnumMap<>(Format.class);
  private final Map<Short, CellStyle> quoted = new HashMap<>();
  private final Map<Integer, CellStyle> clusters = new HashMap<>();

  /**
   * Creates the styles in {@code workbook} (the template of a streaming workbook) and makes Arial
   * 10 the default font: it is on every office machine, and LibreOffice substitutes the
   * metric-compatible Liberation Sans where it is missing, so column widths hold everywhere.
   */
  CellWriter(XSSFWorkbook workbook) {
    this.workbook = workbook;
    XSSFFont base = workbook.getFontAt(0);
    base.setFontName("Arial");
    base.setFontHeightInPoints((short) 10);
    looks.put(Look.PLAIN, workbook.createCellStyle());
    looks.put(Look.TITLE, styleWithFont(16, true, false, Colours.DARK_BLUE));
    looks.put(Look.SUBTITLE, styleWithFont(10, false, true, Colours.GREY));
    looks.put(Look.HEADING, styleWithFont(12, true, false, Colours.DARK_BLUE));
    XSSFCellStyle header = styleWithFont(10, true, false, null);
    header.setFillForegroundColor(Colours.PALE_BLUE);
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    header.setBorderBottom(BorderStyle.THIN);
    header.setWrapText(true);
    header.setVerticalAlignment(VerticalAlignment.TOP);
    looks.put(Look.HEADER, header);
    XSSFCellStyle numberHeader = workbook.createCellStyle();
    numberHeader.cloneStyleFrom(header);
    numberHeader.setAlignment(HorizontalAlignment.RIGHT);
    looks.put(Look.NUMBER_HEADER, numberHeader);
    XSSFCellStyle wrapped = workbook.createCellStyle();
    wrapped.setWrapText(true);
    wrapped.setVerticalAlignment(VerticalAlignment.TOP);
    looks.put(Look.WRAPPED, wrapped);
    looks.put(Look.NOTE, styleWithFont(9, false, true, Colours.GREY));
    for (Format f : Format.values()) {
      CellStyle style = workbook.createCellStyle();
      if (f.pattern() != null) {
        style.setDataFormat(workbook.createDataFormat().getFormat(f.pattern()));
      }
      // A row grows for a wrapped list; its other values then stay level with the list's start.
      style.setVerticalAlignment(VerticalAlignment.TOP);
      if (f == Format.LIST) {
        style.setWrapText(true);
        // A list column follows numbers, which end flush with the cell's right edge; the indent
        // keeps them apart (LibreOffice indents only explicitly left-aligned text).
        style.setAlignment(HorizontalAlignment.LEFT);
        style.setIndention((short) 1);
      }
      formats.put(f, style);
    }
  }

  /** True when spreadsheet programs would read {@code text} as the start of a formula. */
  static boolean looksLikeFormula(String text) {
    return !text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0;
  }

  /**
   * Lines {@code text} takes when wrapped in a cell {@code columnWidth} characters wide (Excel's
   * column unit, the width of a digit), breaking at spaces as Excel and LibreOffice do. Prose
   * averages narrower than a digit, so a line holds a little more; the estimate stays on the
   * generous side because a row too short would hide a line.
   */
  static int wrappedLines(String text, int columnWidth) {
    int width = Math.max(1, columnWidth * 115 / 100);
    int lines = 0;
    for (String paragraph : text.split("\n", -1)) {
      lines++;
      int used = 0;
      for (String word : paragraph.split(" +")) {
        int length = word.length();
        if (used > 0 && used + 1 + length <= width) {
          used += 1 + length;
        } else {
          if (used > 0) {
            lines++;
          }
          // A word wider than the cell is broken over as many lines as it needs.
          int extra = Math.max(0, length - 1) / width;
          lines += extra;
          used = length - extra * width;
        }
      }
    }
    return lines;
  }

  /** Writes {@code value} as text with the given look. */
  void text(Row row, int column, String value, Look look) {
    putText(row.createCell(column), value, looks.get(look));
  }

  /**
   * Writes a number; NaN and infinities leave the cell blank, as Excel has no such values. A {@link
   * Format#CLUSTER cluster number} gets its cluster's colour.
   */
  void number(Row row, int column, double value, Format format) {
    Cell cell = row.createCell(column);
    cell.setCellStyle(
        format == Format.CLUSTER && value == Math.rint(value)
            ? clusterStyle((int) value)
            : formats.get(format));
    if (Double.isFinite(value)) {
      cell.setCellValue(value);
    }
  }

  /**
   * Writes a table value: a {@link String}, {@link Number} or {@link Boolean}; null leaves the cell
   * blank.
   */
  void value(Row row, int column, Object value, Format format) {
    if (value instanceof Number n) {
      number(row, column, n.doubleValue(), format);
    } else if (value instanceof Boolean b) {
      Cell cell = row.createCell(column);
      cell.setCellStyle(formats.get(format));
      cell.setCellValue(b);
    } else if (value != null) {
      putText(row.createCell(column), value.toString(), formats.get(format));
    }
  }

  /** The style of a look, for merged or hand-laid cells. */
  CellStyle style(Look look) {
    return looks.get(look);
  }

  private void putText(Cell cell, String value, CellStyle style) {
    String text = cellText(value);
    cell.setCellStyle(looksLikeFormula(text) ? quotedVariant(style) : style);
    cell.setCellValue(text);
  }

  /**
   * The text as a cell can hold it: other control characters than tab, line feed and carriage
   * return are not allowed in the file's XML, and a cell holds at most {@value #MAX_TEXT}
   * characters.
   */
  private static String cellText(String value) {
    if (value.length() <= MAX_TEXT && !hasControlCharacter(value)) {
      // Nearly every cell: no copy.
      return value;
    }
    StringBuilder s = new StringBuilder(Math.min(value.length(), MAX_TEXT));
    for (int i = 0; i < value.length() && s.length() < MAX_TEXT; i++) {
      char c = value.charAt(i);
      s.append(c < 0x20 && c != '\t' && c != '\n' && c != '\r' ? ' ' : c);
    }
    if (value.length() > MAX_TEXT) {
      s.setLength(Character.isHighSurrogate(s.charAt(MAX_TEXT - 2)) ? MAX_TEXT - 2 : MAX_TEXT - 1);
      s.append('…');
    }
    return s.toString();
  }

  private static boolean hasControlCharacter(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
        return true;
      }
    }
    return false;
  }

  private CellStyle quotedVariant(CellStyle style) {
    return quoted.computeIfAbsent(
        style.getIndex(),
        i -> {
          CellStyle q = workbook.createCellStyle();
          q.cloneStyleFrom(style);
          q.setQuotePrefixed(true);
          return q;
        });
  }

  /** The cluster number style on the cluster's colour; clusters beyond the palette share one. */
  private CellStyle clusterStyle(int cluster) {
    int key = ClusterPalette.hasOwnColour(cluster) ? cluster : -1;
    return clusters.computeIfAbsent(
        key,
        k -> {
          XSSFColor fill = Colours.cluster(cluster);
          XSSFCellStyle style = styleWithFont(10, true, false, Colours.textOn(fill));
          style.setDataFormat(formats.get(Format.CLUSTER).getDataFormat());
          style.setFillForegroundColor(fill);
          style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
          style.setAlignment(HorizontalAlignment.CENTER);
          style.setVerticalAlignment(VerticalAlignment.TOP);
          return style;
        });
  }

  private XSSFCellStyle styleWithFont(int points, boolean bold, boolean italic, XSSFColor color) {
    XSSFFont font = workbook.createFont();
    font.setFontName("Arial");
    font.setFontHeightInPoints((short) points);
    font.setBold(bold);
    font.setItalic(italic);
    if (color != null) {
      font.setColor(color);
    }
    XSSFCellStyle style = workbook.createCellStyle();
    style.setFont(font);
    return style;
  }
}
