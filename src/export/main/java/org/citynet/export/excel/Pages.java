package org.citynet.export.excel;

import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** Print settings, so a sheet printed or converted to PDF keeps its columns on one page width. */
final class Pages {
  /** Points per inch. */
  private static final double INCH = 72;

  /** A4 in points (210 × 297 mm). */
  private static final double A4_WIDTH = 595.28;

  private static final double A4_HEIGHT = 841.89;

  /** Excel's default margins in inches; set explicitly so the page sums below hold. */
  private static final double SIDE_MARGIN = 0.7;

  private static final double END_MARGIN = 0.75;
  private static final double HEADER_MARGIN = 0.3;

  /**
   * Points one unit of column width takes in Excel: the width of a digit of the default font, 7
   * pixels at 96 dpi for Arial 10. LibreOffice's unit is a little wider, so a sheet scaled to the
   * page holds more rows there; sums made with Excel's unit are the cautious ones.
   */
  static final double POINTS_PER_WIDTH_UNIT = 7 * 0.75;

  private Pages() {}

  /** A4, all columns on one page width, as many pages down as needed. */
  static void fitToWidth(Sheet sheet, boolean landscape) {
    sheet.setFitToPage(true);
    PrintSetup print = sheet.getPrintSetup();
    print.setLandscape(landscape);
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 0);
    sheet.setHorizontallyCenter(true);
    sheet.setMargin(PageMargin.LEFT, SIDE_MARGIN);
    sheet.setMargin(PageMargin.RIGHT, SIDE_MARGIN);
    sheet.setMargin(PageMargin.TOP, END_MARGIN);
    sheet.setMargin(PageMargin.BOTTOM, END_MARGIN);
    sheet.setMargin(PageMargin.HEADER, HEADER_MARGIN);
    sheet.setMargin(PageMargin.FOOTER, HEADER_MARGIN);
  }

  /** Landscape, as {@link #fitToWidth}, repeating the header row on every page. */
  static void fitToWidthWithHeader(Sheet sheet) {
    fitToWidth(sheet, true);
    sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
  }

  /**
   * Points of row height one portrait page of a {@link #fitToWidth} sheet holds, when its columns
   * add up to {@code widthUnits}: fitting the width shrinks the sheet, so a page holds more rows.
   */
  static double portraitRowPoints(int widthUnits) {
    double printableWidth = A4_WIDTH - 2 * SIDE_MARGIN * INCH;
    double printableHeight = A4_HEIGHT - 2 * END_MARGIN * INCH;
    double scale = Math.min(1, printableWidth / (widthUnits * POINTS_PER_WIDTH_UNIT));
    return printableHeight / scale;
  }
}
