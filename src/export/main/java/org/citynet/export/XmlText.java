package org.citynet.export;

/**
 * The one escaping of text for every XML the outputs hold (GraphML, GEXF, the GeoPackage's SLD and
 * QML styles and metadata, the SVG map's labels), after W3C XML 1.0 (fifth edition).
 *
 * <p>Characters XML 1.0 cannot hold at all (§ 2.2: controls other than tab, line feed and carriage
 * return, a surrogate not in a pair, U+FFFE and U+FFFF) become U+FFFD, so that no name makes a file
 * unreadable; a valid surrogate pair (an emoji, a CJK extension character) is kept. {@code & < > "}
 * are escaped everywhere; in attribute values also tab and line feed, which readers would otherwise
 * normalise to blanks (§ 3.3.3); a carriage return everywhere (§ 2.11). O(length).
 */
public final class XmlText {
  /** What replaces a character XML 1.0 forbids. */
  public static final char REPLACEMENT = '\uFFFD';

  private XmlText() {}

  /** Where the text goes: element content or an attribute value (which needs more escaping). */
  public enum Place {
    CONTENT,
    ATTRIBUTE
  }

  /**
   * What stands for the character at {@code i} of {@code s}, or null when it is written as it is.
   * The low half of a valid surrogate pair is reported by {@link #pairAt}, not here.
   */
  public static String replacement(CharSequence s, int i, Place place) {
    char c = s.charAt(i);
    return switch (c) {
      case '&' -> "&amp;";
      case '<' -> "&lt;";
      case '>' -> "&gt;";
      case '"' -> "&quot;";
      case '\r' -> "&#13;";
      case '\n' -> place == Place.ATTRIBUTE ? "&#10;" : null;
      case '\t' -> place == Place.ATTRIBUTE ? "&#9;" : null;
      default -> forbidden(c) ? String.valueOf(REPLACEMENT) : null;
    };
  }

  /** Whether a valid surrogate pair starts at {@code i}: both halves are written as they are. */
  public static boolean pairAt(CharSequence s, int i) {
    return Character.isHighSurrogate(s.charAt(i))
        && i + 1 < s.length()
        && Character.isLowSurrogate(s.charAt(i + 1));
  }

  /** {@code s} escaped for {@code place}. */
  public static String escape(CharSequence s, Place place) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      if (pairAt(s, i)) {
        out.append(s, i, i + 2);
        i++;
        continue;
      }
      String r = replacement(s, i, place);
      if (r == null) {
        out.append(s.charAt(i));
      } else {
        out.append(r);
      }
    }
    return out.toString();
  }

  /**
   * {@code s} with every character XML 1.0 forbids replaced by U+FFFD, nothing escaped: for text a
   * library escapes itself (JFreeSVG escapes {@code & < > "} but passes the rest through).
   */
  public static String legal(CharSequence s) {
    StringBuilder out = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      if (pairAt(s, i)) {
        out.append(s, i, i + 2);
        i++;
      } else {
        char c = s.charAt(i);
        out.append(forbidden(c) ? REPLACEMENT : c);
      }
    }
    return out.toString();
  }

  /** Whether XML 1.0 cannot hold {@code c} outside a surrogate pair. */
  private static boolean forbidden(char c) {
    return (c < ' ' && c != '\t' && c != '\n' && c != '\r')
        || Character.isSurrogate(c)
        || c == '\uFFFE'
        || c == '\uFFFF';
  }
}
