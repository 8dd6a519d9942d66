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
 * @param maxLinks most links drawn: beyond, the strongest (heaviest, then between the largest
 *     cities by {@code sizeBy}); at least 1
 */
public record MapOptions(int dpi, SizeMeasure sizeBy, int topLabels, GeoBox bbox, int maxLinks) {
  /** Lowest accepted resolution. */
  public static final int MIN_DPI = 50;

  /**
   * Links drawn by default: all of the world twinning network (24,771); an airline network of
   * 420,000 links drawn in full made a 163 MB SVG in which single links no longer show.
   */
  public static final int DEFAULT_MAX_LINKS = 50_000;

  /** Highest accepted resolution: a 10-inch page at 600 dpi is already 6000 pixels wide. */
  public static final int MAX_DPI = 600;

  /**
   * @throws IllegalArgumentException when dpi, topLabels or maxLinks is out of range
   */
  public MapOptions {
    Objects.requireNonNull(sizeBy, "sizeBy");
    Objects.requireNonNull(bbox, "bbox");
    if (dpi < MIN_DPI || dpi > MAX_DPI) {
      throw new IllegalArgumentException(
          "dpi must be between " + MIN_DPI + " and " + MAX_DPI + ", got " + dpi);
    }
    if (maxLinks < 1) {
      throw new IllegalArgumentException("at least one link must be drawn, got " + maxLinks);
    }
    if (topLabels < 0) {
      throw new IllegalArgumentException(
          "the number of labels must be 0 or more, got " + topLabels);
    }
  }

  /** 200 dpi, circles by betweenness, 12 labels, whole world, at most 50,000 links. */
  public static MapOptions defaults() {
    return new MapOptions(200, SizeMeasure.BETWEENNESS, 12, GeoBox.WORLD, DEFAULT_MAX_LINKS);
  }
}
