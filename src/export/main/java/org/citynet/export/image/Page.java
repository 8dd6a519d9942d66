package org.citynet.export.image;

import java.awt.Graphics2D;

/** A page drawn in points (1/72 inch), painted unchanged onto a raster or an SVG canvas. */
interface Page {
  /** Width in points. */
  double pageWidth();

  /** Height in points. */
  double pageHeight();

  /** Paints the whole page; {@code g} must map one unit to one point. */
  void paint(Graphics2D g);
}
