package org.citynet.export.gpkg;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citynet.export.XmlText;

/**
 * A small mutable XML element tree, written with attributes in the order they were set so that the
 * same style always gives the same text (and so the same GeoPackage bytes).
 */
final class XmlNode {
  private final String name;
  private final Map<String, String> attributes = new LinkedHashMap<>();
  private final List<XmlNode> children = new ArrayList<>();
  private String text;

  private XmlNode(String name) {
    this.name = name;
  }

  static XmlNode of(String name) {
    return new XmlNode(name);
  }

  /** Sets an attribute and returns this element. */
  XmlNode set(String attribute, Object value) {
    attributes.put(attribute, String.valueOf(value));
    return this;
  }

  /** Appends children and returns this element. */
  XmlNode add(XmlNode... nodes) {
    children.addAll(List.of(nodes));
    return this;
  }

  /** Appends children and returns this element. */
  XmlNode addAll(List<XmlNode> nodes) {
    children.addAll(nodes);
    return this;
  }

  /** Sets the text content (written escaped) and returns this element. */
  XmlNode text(String content) {
    this.text = content;
    return this;
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    write(out, 0);
    return out.toString();
  }

  private void write(StringBuilder out, int depth) {
    out.append(" ".repeat(depth)).append('<').append(name);
    attributes.forEach(
        (k, v) -> out.append(' ').append(k).append("=\"").append(escape(v)).append('"'));
    if (children.isEmpty() && text == null) {
      out.append("/>\n");
      return;
    }
    out.append('>');
    if (text != null) {
      out.append(escape(text));
    }
    if (!children.isEmpty()) {
      out.append('\n');
      children.forEach(c -> c.write(out, depth + 1));
      out.append(" ".repeat(depth));
    }
    out.append("</").append(name).append(">\n");
  }

  /** Escapes for content and attributes alike ({@link XmlText}, attribute rules). */
  static String escape(String s) {
    return XmlText.escape(s, XmlText.Place.ATTRIBUTE);
  }
}
