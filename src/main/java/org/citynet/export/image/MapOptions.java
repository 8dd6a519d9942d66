package org.citynet.export.image;

import java.util.Objects;

/**
 * How to draw the network map.
 *
 * @param dpi resolution of the PNG in dots per inch, within [{@value #MIN_DPI}, {@value #MAX_DPI}];
 *     the SVG is resolution-independent
 * @param sizeBy the measure that sets the city circle areas
 * @param topLabels how many cities to name, the largest by {@code sizeBy} first; 0 for none
 * @param bbox the part of the world to show; {@link GeoBox#WORLD} for the whole map
 */
public record MapOptions(int dpi, SizeMeasure sizeBy, int topLabels, GeoBox bbox) {
  /** Lowest accepted resolution. */
  public static final int MIN_DPI = 50;

  /** Highest accepted resolution: a 10-inch page at 600 dpi is already 6000 pixels wide. */
  public static final int MAX_DPI = 600;

  /**
   * @throws IllegalArgumentException when dpi or topLabels is out of range
   */
  public MapOptions {
    Objects.requireNonNull(sizeBy, "sizeBy");
    Objects.requireNonNull(bbox, "bbox");
    if (dpi < MIN_DPI || dpi > MAX_DPI) {
      throw new IllegalArgumentException(
          "dpi must be between " + MIN_DPI + " and " + MAX_DPI + ", got " + dpi);
    }
    if (topLabels < 0) {
      throw new IllegalArgumentException(
          "the number of labels must be 0 or more, got " + topLabels);
    }
  }

  /** 200 dpi, circles by betweenness, 12 labels, whole world. */
  public static MapOptions defaults() {
    return new MapOptions(200, SizeMeasure.BETWEENNESS, 12, GeoBox.WORLD);
  }
}
