package org.citynet.export.html;

import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.citynet.export.AtomicFiles;
import org.citynet.export.image.MapOptions;
import org.citynet.model.NetworkAnalysis;

/**
 * Writes {@code NAME.html}: the network map as one self-contained page that a partner opens by
 * double-click, with no server and no network. Leaflet, its style sheet, the page's own script and
 * style, the country outlines and the data are all inline; the page's Content Security Policy
 * forbids every request and runs only the two scripts it was written with (by their SHA-256).
 *
 * <p>The data is one JSON document ({@link MapData}) in a {@code <script type="application/json">}
 * element, in which {@code <}, {@code >}, {@code &} and the line separators U+2028/U+2029 are
 * written as {@code \\uXXXX} escapes, so no text in the data (a city named {@code </script>}) can
 * end the element. The page's script puts data into the document only as text, never as markup.
 */
public final class HtmlMapWriter {
  private static final String RESOURCES = "/org/citynet/export/html/";
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{([a-z-]+)}}");

  /**
   * The most cities and links together that the page holds: at about 500 bytes each, a page of
   * 250,000 is some 125 MB, about what a browser still opens and pans smoothly. A larger network
   * gets no HTML map; its GeoPackage and network files hold everything.
   */
  public static final int ELEMENT_LIMIT = 250_000;

  private HtmlMapWriter() {}

  /**
   * Whether the page can hold {@code analysis}: at most {@value #ELEMENT_LIMIT} cities and links.
   */
  public static boolean fits(NetworkAnalysis analysis) {
    return elements(analysis) <= ELEMENT_LIMIT;
  }

  /** The cities and links the page would hold. */
  public static long elements(NetworkAnalysis analysis) {
    return (long) analysis.cities().size() + analysis.links().size();
  }

  /**
   * Writes {@code target}, replacing any file there; the file appears whole or not at all. The page
   * is streamed to the file: the data, tens of megabytes for a large network, is never held as
   * text.
   *
   * @param options the map's circle measure and the most links drawn, as for the map images
   */
  public static void write(NetworkAnalysis analysis, MapOptions options, Path target)
      throws IOException {
    AtomicFiles.write(
        target,
        partial -> {
          try (OutputStream out =
              new BufferedOutputStream(Files.newOutputStream(partial), 1 << 16)) {
            page(analysis, options, out);
          }
        });
  }

  /** The page as text. */
  static String html(NetworkAnalysis analysis, MapOptions options) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      page(analysis, options, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** Writes the page to {@code out} in UTF-8, the template's placeholders filled in one pass. */
  private static void page(NetworkAnalysis analysis, MapOptions options, OutputStream out)
      throws IOException {
    Leaflet leaflet = Leaflet.onClassPath();
    String appJs = resource("map.js");
    String appCss = resource("map.css");
    String leafletJs = scriptText(leaflet.js());
    String csp =
        "default-src 'none'; script-src "
            + hash(leafletJs)
            + " "
            + hash(appJs)
            + "; style-src 'unsafe-inline'; img-src data:; font-src data:; connect-src 'none';"
            + " form-action 'none'; base-uri 'none'";
    Map<String, String> parts =
        Map.of(
            "csp", csp,
            "leaflet-version", leaflet.version(),
            "leaflet-licence", commentText(leaflet.licence()),
            "leaflet-css", styleText(leaflet.css()),
            "app-css", styleText(appCss),
            "leaflet-js", leafletJs,
            "app-js", scriptText(appJs));
    // Nothing inserted is searched for placeholders again.
    String template = resource("map.html");
    Matcher placeholder = PLACEHOLDER.matcher(template);
    int copied = 0;
    while (placeholder.find()) {
      out.write(template.substring(copied, placeholder.start()).getBytes(StandardCharsets.UTF_8));
      copied = placeholder.end();
      String name = placeholder.group(1);
      if (name.equals("data")) {
        MapData.write(analysis, options, out);
        continue;
      }
      String part = parts.get(name);
      if (part == null) {
        throw new IllegalStateException("unknown placeholder " + placeholder.group());
      }
      out.write(part.getBytes(StandardCharsets.UTF_8));
    }
    out.write(template.substring(copied).getBytes(StandardCharsets.UTF_8));
  }

  /** A bundled script, refused if it could close its element early. */
  private static String scriptText(String js) {
    String lower = js.toLowerCase(Locale.ROOT);
    if (lower.contains("</script") || lower.contains("<!--")) {
      throw new IllegalStateException("a bundled script contains </script or <!--");
    }
    return js;
  }

  private static String styleText(String css) {
    if (css.toLowerCase(Locale.ROOT).contains("</style")) {
      throw new IllegalStateException("a bundled style sheet contains </style");
    }
    return css;
  }

  private static String commentText(String text) {
    return text.replace("--", "- -");
  }

  /** The CSP source that lets exactly this inline script run. */
  private static String hash(String script) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
      return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = HtmlMapWriter.class.getResourceAsStream(RESOURCES + name)) {
      if (in == null) {
        throw new IllegalStateException("resource missing from the jar: " + RESOURCES + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
