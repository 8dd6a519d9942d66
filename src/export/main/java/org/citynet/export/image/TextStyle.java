package org.citynet.export.image;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;
import org.citynet.export.XmlText;

/**
 * A font and colour for the map's text, measured the same way for PNG and SVG.
 *
 * @param font the font, sized in points
 * @param colour the text colour
 */
record TextStyle(Font font, Color colour) {
  /** Antialiased, fractional metrics: the context both renderers are given. */
  static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

  /** A sans-serif style; sizes are whole points because JFreeSVG writes integer font sizes. */
  static TextStyle of(int style, int size, Color colour) {
    return new TextStyle(new Font(Font.SANS_SERIF, style, size), colour);
  }

  double width(String text) {
    return font.getStringBounds(printable(text), CONTEXT).getWidth();
  }

  double ascent() {
    return font.getLineMetrics("Hg", CONTEXT).getAscent();
  }

  double descent() {
    return font.getLineMetrics("Hg", CONTEXT).getDescent();
  }

  /** Draws {@code text} with its baseline starting at ({@code x}, {@code baseline}). */
  void draw(Graphics2D g, String text, double x, double baseline) {
    g.setFont(font);
    g.setColor(colour);
    g.drawString(printable(text), (float) x, (float) baseline);
  }

  /**
   * Draws {@code text} over a halo of {@code haloColour}: eight copies offset by {@code radius}, so
   * the SVG keeps real (searchable) text instead of outlines.
   */
  void drawWithHalo(
      Graphics2D g, String text, double x, double baseline, Color halo, double radius) {
    String s = printable(text);
    g.setFont(font);
    g.setColor(halo);
    for (int i = 0; i < 8; i++) {
      double a = i * Math.PI / 4;
      g.drawString(
          s, (float) (x + radius * Math.cos(a)), (float) (baseline + radius * Math.sin(a)));
    }
    g.setColor(colour);
    g.drawString(s, (float) x, (float) baseline);
  }

  /**
   * Splits {@code text} at spaces into lines no wider than {@code width} (a long word stays whole).
   */
  List<String> wrap(String text, double width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.split(" ")) {
      if (line.length() > 0 && width(line + " " + word) > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    lines.add(line.toString());
    return lines;
  }

  /**
   * Drops control characters, which no font draws, and replaces the rest of what XML 1.0 cannot
   * hold (lone surrogates, U+FFFE, U+FFFF; {@link XmlText#legal}), since the labels go into the
   * SVG.
   */
  private static String printable(String text) {
    return XmlText.legal(text.replaceAll("\\p{Cntrl}", ""));
  }
}
