package org.citynet.export.image;

import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;

/**
 * Greedy point-label placement: each city, most important first, takes the first of eight positions
 * around its circle that stays inside the map and clears the labels already placed and the circles
 * of all labelled cities; a city with no such position goes unlabelled. A position that also clears
 * every other city's circle is preferred.
 *
 * <p>The order of positions follows cartographic convention (E. Imhof, "Positioning names on maps",
 * The American Cartographer 2(2), 1975): upper right, lower right, upper left, lower left, then
 * right, left, above, below. Runs in O(k(k + c)) for k labels and c circles.
 */
final class LabelPlacer {
  /** Clearance between a circle and its label, and around each label's halo, in points. */
  static final double GAP = 1.5;

  private LabelPlacer() {}

  /**
   * A city that wants a label.
   *
   * @param text the name
   * @param x centre on the page
   * @param y centre on the page
   * @param radius circle radius
   */
  record Candidate(String text, double x, double y, double radius) {}

  /**
   * A label that found room.
   *
   * @param text the name
   * @param x start of the baseline
   * @param baseline baseline on the page
   * @param box the text's extent on the page
   */
  record Placed(String text, double x, double baseline, Rectangle2D box) {}

  /**
   * Places labels for {@code candidates}, in their order.
   *
   * @param others circles of every city drawn, which labels avoid when they can
   * @param bounds the area labels must stay in
   */
  static List<Placed> place(
      List<Candidate> candidates, List<Ellipse2D> others, TextStyle style, Rectangle2D bounds) {
    List<Ellipse2D> labelled = new ArrayList<>();
    for (Candidate c : candidates) {
      labelled.add(
          new Ellipse2D.Double(
              c.x() - c.radius(), c.y() - c.radius(), 2 * c.radius(), 2 * c.radius()));
    }
    double ascent = style.ascent();
    double h = ascent + style.descent();
    List<Placed> placed = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      double w = style.width(c.text());
      List<Rectangle2D> free = new ArrayList<>();
      for (double[] p : positions(c, w, h)) {
        Rectangle2D box = new Rectangle2D.Double(p[0], p[1], w, h);
        if (fits(box, i, bounds, labelled, placed)) {
          free.add(box);
        }
      }
      free.stream()
          .filter(box -> others.stream().noneMatch(o -> o.intersects(box)))
          .findFirst()
          .or(() -> free.stream().findFirst())
          .ifPresent(box -> placed.add(new Placed(c.text(), box.getX(), box.getY() + ascent, box)));
    }
    return List.copyOf(placed);
  }

  /** Top-left corners of the eight candidate boxes, in order of preference. */
  private static List<double[]> positions(Candidate c, double w, double h) {
    double d = c.radius() * Math.sqrt(0.5) + GAP;
    double r = c.radius() + GAP;
    double x = c.x();
    double y = c.y();
    return List.of(
        new double[] {x + d, y - d - h},
        new double[] {x + d, y + d},
        new double[] {x - d - w, y - d - h},
        new double[] {x - d - w, y + d},
        new double[] {x + r, y - h / 2},
        new double[] {x - r - w, y - h / 2},
        new double[] {x - w / 2, y - r - h},
        new double[] {x - w / 2, y + r});
  }

  private static boolean fits(
      Rectangle2D box, int self, Rectangle2D bounds, List<Ellipse2D> circles, List<Placed> placed) {
    if (!bounds.contains(box)) {
      return false;
    }
    Rectangle2D padded =
        new Rectangle2D.Double(
            box.getX() - GAP,
            box.getY() - GAP,
            box.getWidth() + 2 * GAP,
            box.getHeight() + 2 * GAP);
    for (Placed p : placed) {
      if (p.box().intersects(padded)) {
        return false;
      }
    }
    for (int j = 0; j < circles.size(); j++) {
      if (j != self && circles.get(j).intersects(box)) {
        return false;
      }
    }
    return true;
  }
}
