package org.citynet.export.image;

import java.awt.Shape;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.locationtech.jts.awt.ShapeWriter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.simplify.DouglasPeuckerSimplifier;

/**
 * Places projected metres on the page: {@code view} (Equal Earth metres, north up) fills {@code
 * frame} (points from the page's top left) at one scale in both directions.
 *
 * @param view the part of the projected plane shown
 * @param frame where it lands on the page; same aspect ratio as {@code view}
 */
record PageTransform(Envelope view, Rectangle2D frame) {
  /** Detail finer than this many points cannot be seen, even at 600 dpi; it is dropped. */
  static final double TOLERANCE = 0.1;

  /** Points per projected metre. */
  double scale() {
    return frame.getWidth() / view.getWidth();
  }

  Point2D toPage(Coordinate metres) {
    double s = scale();
    return new Point2D.Double(
        frame.getX() + (metres.x - view.getMinX()) * s,
        frame.getY() + (view.getMaxY() - metres.y) * s);
  }

  /** A projected geometry as a page shape, simplified to {@link #TOLERANCE}. */
  Shape toShape(Geometry metres) {
    DouglasPeuckerSimplifier simplifier = new DouglasPeuckerSimplifier(metres);
    simplifier.setDistanceTolerance(TOLERANCE / scale());
    // a sub-point self-intersection is invisible; repairing it would cost more than drawing
    simplifier.setEnsureValid(false);
    return toPath(simplifier.getResultGeometry());
  }

  /** A projected geometry as a page shape, vertex for vertex. */
  Shape toPath(Geometry metres) {
    return new ShapeWriter((src, dest) -> dest.setLocation(toPage(src))).toShape(metres);
  }
}
