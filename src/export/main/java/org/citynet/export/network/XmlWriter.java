package org.citynet.export.network;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.citynet.export.AtomicFiles;
import org.citynet.export.XmlText;
import org.citynet.export.schema.ColumnType;
import org.citynet.export.schema.OutputColumn;

/**
 * Streams an XML 1.0 document (W3C XML 1.0, fifth edition) straight into a UTF-8 file: one element
 * a line, no indentation, nothing held in memory but the open elements' names. O(size of the
 * document).
 *
 * <p>Text is escaped by {@link XmlText}, the one escaping of every XML output: any text XML 1.0 can
 * hold reads back unchanged, and characters it cannot hold become U+FFFD.
 *
 * <p>Why not the JDK's StAX {@code XMLStreamWriter}: it writes line breaks in attribute values and
 * control characters raw, losing the first and breaking the file with the second. Why not
 * jgrapht-io's exporters: they go through the JDK's XSLT serializer, several times the CPU of a
 * direct stream on large networks.
 */
final class XmlWriter {
  /** What a document's body writes, between the XML declaration and the end of the file. */
  @FunctionalInterface
  interface Body {
    void writeTo(XmlWriter xml) throws IOException;
  }

  /** Printable ASCII that needs no escaping. */
  private static final boolean[] PLAIN = new boolean[128];

  static {
    for (char c = ' '; c < 128; c++) {
      PLAIN[c] = c != '&' && c != '<' && c != '>' && c != '"';
    }
  }

  private final Writer out;

  /**
   * What is not yet handed to {@link #out}. Why a buffer of its own rather than a {@code
   * BufferedWriter}: that one takes a lock on every call, which cost half the CPU here.
   */
  private final char[] buffer = new char[1 << 16];

  private int size;
  private String[] open = new String[8];
  private int depth;

  /**
   * Whether the last start tag still lacks its {@code >}: the element may yet end as {@code />}.
   */
  private boolean inStartTag;

  /** Whether the innermost element holds text, so its end tag stays on the text's line. */
  private boolean afterText;

  private XmlWriter(Writer out) {
    this.out = out;
  }

  /** Writes {@code file} (atomically): the XML declaration, then {@code body}. */
  static void write(Path file, Body body) throws IOException {
    AtomicFiles.write(
        file,
        partial -> {
          try (Writer out =
              new OutputStreamWriter(Files.newOutputStream(partial), StandardCharsets.UTF_8)) {
            XmlWriter xml = new XmlWriter(out);
            xml.put("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
            body.writeTo(xml);
            if (xml.depth != 0) {
              throw new IllegalStateException(
                  "element <" + xml.open[xml.depth - 1] + "> not ended");
            }
            xml.put('\n');
            xml.flush();
          }
        });
  }

  /**
   * The XML Schema datatype (XML Schema part 2) of a column's values: the type names GraphML's
   * {@code attr.type} and GEXF's attribute {@code type} share.
   */
  static String schemaType(ColumnType type) {
    return switch (type) {
      case TEXT -> "string";
      case INTEGER -> "long";
      case REAL -> "double";
      case BOOLEAN -> "boolean";
      case OBJECT -> throw new IllegalArgumentException("a table has no object column");
    };
  }

  /**
   * The columns a graph format writes as attributes: all but those it holds in structural places (a
   * node's id, an edge's ends).
   */
  static <T> List<OutputColumn<T>> attributes(
      List<OutputColumn<T>> columns, Set<String> structural) {
    return columns.stream().filter(c -> !structural.contains(c.name())).toList();
  }

  /** Starts element {@code name} on a new line; attributes may follow until its content does. */
  XmlWriter start(String name) throws IOException {
    closeStartTag();
    if (depth == open.length) {
      open = Arrays.copyOf(open, 2 * depth);
    }
    open[depth++] = name;
    put('\n');
    put('<');
    put(name);
    inStartTag = true;
    afterText = false;
    return this;
  }

  /** Adds an attribute to the element just started. */
  XmlWriter attribute(String name, String value) throws IOException {
    if (!inStartTag) {
      throw new IllegalStateException("attribute " + name + " after the content of an element");
    }
    put(' ');
    put(name);
    put("=\"");
    escape(value, true);
    put('"');
    return this;
  }

  /** Writes {@code text} as content of the innermost element. */
  XmlWriter text(String text) throws IOException {
    closeStartTag();
    escape(text, false);
    afterText = true;
    return this;
  }

  /** Ends the innermost element: {@code />} when it has no content. */
  XmlWriter end() throws IOException {
    String name = open[--depth];
    if (inStartTag) {
      put("/>");
      inStartTag = false;
    } else {
      if (!afterText) {
        put('\n');
      }
      put("</");
      put(name);
      put('>');
    }
    afterText = false;
    return this;
  }

  /** An element holding only {@code text}. */
  XmlWriter element(String name, String text) throws IOException {
    return start(name).text(text).end();
  }

  private void closeStartTag() throws IOException {
    if (inStartTag) {
      put('>');
      inStartTag = false;
    }
  }

  /**
   * Writes {@code s} escaped; runs of characters that need nothing (nearly all) go out in one call.
   */
  private void escape(String s, boolean attribute) throws IOException {
    int plainFrom = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 128 ? PLAIN[c] : c < Character.MIN_SURROGATE) {
        continue;
      }
      if (XmlText.pairAt(s, i)) {
        i++;
        continue;
      }
      String replacement =
          XmlText.replacement(s, i, attribute ? XmlText.Place.ATTRIBUTE : XmlText.Place.CONTENT);
      if (replacement != null) {
        put(s, plainFrom, i);
        put(replacement);
        plainFrom = i + 1;
      }
    }
    put(s, plainFrom, s.length());
  }

  private void put(char c) throws IOException {
    if (size == buffer.length) {
      flush();
    }
    buffer[size++] = c;
  }

  private void put(String s) throws IOException {
    put(s, 0, s.length());
  }

  /** Puts the characters {@code from} (inclusive) to {@code to} (exclusive) of {@code s}. */
  private void put(String s, int from, int to) throws IOException {
    while (from < to) {
      if (size == buffer.length) {
        flush();
      }
      int n = Math.min(to - from, buffer.length - size);
      s.getChars(from, from + n, buffer, size);
      size += n;
      from += n;
    }
  }

  private void flush() throws IOException {
    out.write(buffer, 0, size);
    size = 0;
  }
}
