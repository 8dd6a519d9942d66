package org.citynet.export.excel;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/** Print settings, so a sheet printed or converted to PDF keeps its columns on one page width. */
final class Pages {
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
  }

  /** Landscape A4, the whole sheet scaled onto one page. */
  static void fitToOnePage(Sheet sheet) {
    fitToWidth(sheet, true);
    sheet.getPrintSetup().setFitHeight((short) 1);
  }

  /** Landscape, as {@link #fitToWidth}, repeating the header row on every page. */
  static void fitToWidthWithHeader(Sheet sheet) {
    fitToWidth(sheet, true);
    sheet.setRepeatingRows(new CellRangeAddress(0, 0, -1, -1));
  }
}
