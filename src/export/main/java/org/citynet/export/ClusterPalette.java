package org.citynet.export;

/**
 * The colours of clusters in every output (map, GeoPackage styles, workbook), so a cluster looks
 * the same everywhere.
 *
 * <p>The nine colours are Paul Tol's colour-blind-safe qualitative scheme "muted" (P. Tol, "Colour
 * Schemes", SRON technical note SRON/EPS/TN/09-002, issue 3.2, 2021), ordered so that the largest
 * clusters get the darkest colours, which stay visible on a light grey basemap. Clusters {@value
 * #SIZE} and beyond share a neutral grey, "other".
 */
public final class ClusterPalette {
  /** Number of clusters with a colour of their own: ids {@code 0..SIZE-1}. */
  public static final int SIZE = 9;

  /** Colour of clusters beyond the palette and of links between clusters, as 0xRRGGBB. */
  public static final int OTHER_RGB = 0x8C8C8C;

  private static final int[] RGB = {
    0x332288, // indigo
    0xCC6677, // rose
    0x117733, // green
    0x88CCEE, // cyan
    0x882255, // wine
    0x44AA99, // teal
    0xDDCC77, // sand
    0x999933, // olive
    0xAA4499, // purple
  };

  private ClusterPalette() {}

  /** Whether {@code cluster} has a colour of its own rather than "other". */
  public static boolean hasOwnColour(int cluster) {
    return cluster >= 0 && cluster < SIZE;
  }

  /** The colour of {@code cluster} as 0xRRGGBB. */
  public static int rgb(int cluster) {
    return hasOwnColour(cluster) ? RGB[cluster] : OTHER_RGB;
  }

  /** The colour of {@code cluster} as {@code #RRGGBB}, upper case. */
  public static String hex(int cluster) {
    return String.format("#%06X", rgb(cluster));
  }
}
