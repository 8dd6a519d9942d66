package org.citynet.export.excel;

import org.apache.poi.xssf.usermodel.XSSFColor;

/** The workbook's palette: one blue family for structure, green as the second data colour. */
final class Colours {
  static final XSSFColor DARK_BLUE = rgb(0x1F, 0x38, 0x64);
  static final XSSFColor BLUE = rgb(0x5B, 0x9B, 0xD5);
  static final XSSFColor PALE_BLUE = rgb(0xDD, 0xEB, 0xF7);
  static final XSSFColor GREEN = rgb(0x70, 0xAD, 0x47);
  static final XSSFColor GREY = rgb(0x59, 0x59, 0x59);
  static final XSSFColor WHITE = rgb(0xFF, 0xFF, 0xFF);

  private Colours() {}

  /** An opaque colour, stored as ARGB: the file format's colour values are four bytes. */
  private static XSSFColor rgb(int r, int g, int b) {
    return new XSSFColor(new byte[] {(byte) 0xFF, (byte) r, (byte) g, (byte) b}, null);
  }
}
