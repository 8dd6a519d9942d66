package org.citynet.export.image;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.stream.IntStream;
import org.citynet.model.CityMetrics;
import org.citynet.model.NetworkAnalysis;
import org.citynet.model.Partnership;

/**
 * Which links a map draws and how strongly: shared by the map images and the interactive HTML map,
 * so both show the same links with the same widths and opacity.
 */
public final class MapLinks {
  /** Width in points of the lightest link. */
  public static final double MIN_WIDTH = 0.35;

  /** Width in points of the heaviest link. */
  public static final double MAX_WIDTH = 3;

  private MapLinks() {}

  /**
   * Indexes of the {@code count} strongest links in analysis order: heaviest first, then those
   * between the cities largest by the circle measure, then the first listed. O(l log count).
   */
  public static int[] strongest(NetworkAnalysis analysis, SizeMeasure sizeBy, int count) {
    int all = analysis.links().size();
    if (count >= all) {
      return IntStream.range(0, all).toArray();
    }
    Map<String, Double> size = new HashMap<>();
    for (CityMetrics c : analysis.cities()) {
      size.put(c.city().id(), sizeBy.of(c));
    }
    double[] weight = new double[all];
    double[] ends = new double[all];
    for (int i = 0; i < all; i++) {
      Partnership p = analysis.links().get(i).partnership();
      weight[i] = p.weight();
      ends[i] = size.getOrDefault(p.source(), 0.0) + size.getOrDefault(p.target(), 0.0);
    }
    Comparator<Integer> weaker =
        Comparator.<Integer>comparingDouble(i -> weight[i])
            .thenComparingDouble(i -> ends[i])
            .thenComparingInt(i -> -i);
    // The strongest so far with the weakest of them on top: O(l log count), not a sort of all l.
    PriorityQueue<Integer> strongest = new PriorityQueue<>(count, weaker);
    for (int i = 0; i < all; i++) {
      if (strongest.size() < count) {
        strongest.add(i);
      } else if (weaker.compare(i, strongest.peek()) > 0) {
        strongest.poll();
        strongest.add(i);
      }
    }
    return strongest.stream().mapToInt(Integer::intValue).sorted().toArray();
  }

  /**
   * Opacity of the links, 0-255: the more links, the fainter each, so that overlaps read as density
   * instead of a solid mass (about 0.75 for 100 links, 0.05 from 24,000).
   */
  public static int alpha(int links) {
    double alpha = Math.sqrt(60.0 / Math.max(1, links));
    return (int) Math.round(255 * Math.max(0.05, Math.min(0.75, alpha)));
  }

  /**
   * Width in points on a square-root scale from {@link #MIN_WIDTH} to {@link #MAX_WIDTH}: line
   * width tracks weight without letting one heavy link dominate.
   */
  public static double width(double weight, double min, double max) {
    if (!(max > min)) {
      return MIN_WIDTH;
    }
    double t = (Math.sqrt(weight) - Math.sqrt(min)) / (Math.sqrt(max) - Math.sqrt(min));
    return MIN_WIDTH + t * (MAX_WIDTH - MIN_WIDTH);
  }
}
