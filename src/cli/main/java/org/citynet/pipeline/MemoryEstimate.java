package org.citynet.pipeline;

import java.util.Locale;

/**
 * How much Java heap a network needs, estimated from its size before the graph is built, so that a
 * network too large for the heap stops with advice instead of an OutOfMemoryError halfway through.
 *
 * <p>The per-city and per-link figures are upper bounds from the world twinning network (which runs
 * in a 1 GB heap, a test checks) and a synthetic network of a million cities and five million links
 * (which ran end to end in an 8 GB heap, docs/performance.md says how): JGraphT's boxed graph, the
 * records, the int-array snapshot and the measures take about 300 bytes per link and 1 KB per city,
 * the map writers briefly more per city; the constant covers the basemap and the libraries.
 */
public final class MemoryEstimate {
  static final long BASE_BYTES = 256L << 20;
  static final long BYTES_PER_CITY = 2_048;
  static final long BYTES_PER_LINK = 1_024;

  private MemoryEstimate() {}

  /** Estimated heap for {@code cities} cities and {@code links} link rows, in bytes. */
  public static long bytesFor(long cities, long links) {
    return BASE_BYTES + cities * BYTES_PER_CITY + links * BYTES_PER_LINK;
  }

  /**
   * Checks the estimate against the heap limit.
   *
   * @throws NotEnoughMemoryException naming the heap to ask for
   */
  static void check(long cities, long links, long maxHeapBytes) throws NotEnoughMemoryException {
    long needed = bytesFor(cities, links);
    if (needed > maxHeapBytes) {
      long gb = (needed + (1L << 30) - 1) >> 30;
      throw new NotEnoughMemoryException(
          String.format(
              Locale.ROOT,
              "%,d cities and %,d links need about %.1f GB of Java heap, but only %.1f GB is"
                  + " allowed — run with a larger heap, e.g. JAVA_OPTS=-Xmx%dg ./citynet ...",
              cities,
              links,
              needed / (double) (1L << 30),
              maxHeapBytes / (double) (1L << 30),
              gb));
    }
  }

  /** The network needs more heap than the JVM may use. */
  public static final class NotEnoughMemoryException extends Exception {
    private static final long serialVersionUID = 1L;

    NotEnoughMemoryException(String message) {
      super(message);
    }
  }
}
