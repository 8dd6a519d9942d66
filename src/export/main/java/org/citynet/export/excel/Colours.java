package org.citynet.export.excel;

import org.apache.poi.xssf.usermodel.XSSFColor;
import org.citynet.export.ClusterPalette;

/**
 * The workbook's palette: one blue family for structure, green as the second data colour, and the
 * clusters' colours of {@link ClusterPalette}, shared with the map.
 */
final class Colours {
  static final XSSFColor DARK_BLUE = rgb(0x1F, 0x38, 0x64);
  static final XSSFColor BLUE = rgb(0x5B, 0x9B, 0xD5);
  static final XSSFColor PALE_BLUE = rgb(0xDD, 0xEB, 0xF7);
  static final XSSFColor GREEN = rgb(0x70, 0xAD, 0x47);
  static final XSSFColor GREY = rgb(0x59, 0x59, 0x59);
  static final XSSFColor WHITE = rgb(0xFF, 0xFF, 0xFF);

  private static final XSSFColor NEAR_BLACK = rgb(0x1A, 0x1A, 0x1A);

  private Colours() {}

  /** The colour of {@code cluster}, as on the map. */
  static XSSFColor cluster(int cluster) {
    int rgb = ClusterPalette.rgb(cluster);
    return rgb(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF);
  }

  /**
   * White or near-black, whichever contrasts more with {@code background} by the WCAG 2.1 contrast
   * ratio, so text on any cluster colour stays legible.
   */
  static XSSFColor textOn(XSSFColor background) {
    double l = luminance(background.getRGB());
    double againstWhite = 1.05 / (l + 0.05);
    double againstBlack = (l + 0.05) / (luminance(NEAR_BLACK.getRGB()) + 0.05);
    return againstWhite >= againstBlack ? WHITE : NEAR_BLACK;
  }

  /** WCAG 2.1 relative luminance of an sRGB colour given as three bytes. */
  private static double luminance(byte[] rgb) {
    double[] weights = {0.2126, 0.7152, 0.0722};
    double l = 0;
    for (int i = 0; i < 3; i++) {
      double c = (rgb[i] & 0xFF) / 255.0;
      l += weights[i] * (c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4));
    }
    return l;
  }

  /** An opaque colour, stored as ARGB: the file format's colour values are four bytes. */
  private static XSSFColor rgb(int r, int g, int b) {
    return new XSSFColor(new byte[] {(byte) 0xFF, (byte) r, (byte) g, (byte) b}, null);
  }
}
