package org.citynet.export.image;

import java.util.ArrayList;
import java.util.List;

/**
 * City circle radii in points: area proportional to the value, so a city with four times the
 * betweenness covers four times the ink, with a floor so every city stays visible.
 *
 * @param maxValue the largest value on the map; it gets {@code maxRadius}
 * @param minRadius the floor
 * @param maxRadius the radius of the largest value
 */
public record CircleScale(double maxValue, double minRadius, double maxRadius) {
  /** Radii for up to this many cities are not reduced. */
  private static final int ROOMY = 1000;

  /**
   * A scale for {@code cities} circles: 1.2 to 9 points for up to 1,000 cities, shrinking slowly
   * beyond (to 0.6 and 5 points at 17,000) so dense regions do not merge into one blot.
   */
  public static CircleScale of(double maxValue, int cities) {
    double crowding = Math.min(1, (double) ROOMY / Math.max(1, cities));
    return new CircleScale(
        maxValue,
        Math.max(0.6, 1.2 * Math.pow(crowding, 0.25)),
        Math.max(5, 9 * Math.pow(crowding, 0.2)));
  }

  /** The radius in points of a circle for {@code value}. */
  public double radius(double value) {
    if (!(maxValue > 0) || !(value > 0)) {
      return minRadius;
    }
    return Math.max(minRadius, maxRadius * Math.sqrt(Math.min(value, maxValue) / maxValue));
  }

  /**
   * Round values for the size legend, largest first: the largest 1-2-5 step at most {@code
   * maxValue}, then steps about a fifth and a twenty-fifth of it, while their circles stay above
   * the floor. Empty when every value is zero.
   */
  List<Double> legendValues() {
    List<Double> values = new ArrayList<>();
    if (!(maxValue > 0)) {
      return values;
    }
    double v = roundDown(maxValue);
    for (int i = 0; i < 3 && radius(v) > minRadius; i++) {
      values.add(v);
      v = roundDown(v / 5);
    }
    return values;
  }

  /** The largest number of the form {1, 2, 5} x 10^k not above {@code v}. */
  static double roundDown(double v) {
    double decade = Math.pow(10, Math.floor(Math.log10(v)));
    double m = v / decade;
    double step = m >= 5 ? 5 : m >= 2 ? 2 : 1;
    return step * decade;
  }
}
