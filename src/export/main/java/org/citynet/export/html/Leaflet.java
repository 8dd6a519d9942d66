package org.citynet.export.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Leaflet (BSD-2-Clause, https://leafletjs.com), read from its WebJar ({@code
 * org.webjars.npm:leaflet}) on the class path so that the HTML map inlines the exact release the
 * build resolved. Its style sheet's images become {@code data:} URIs: the page loads nothing.
 */
final class Leaflet {
  private static final String POM = "/META-INF/maven/org.webjars.npm/leaflet/pom.properties";
  private static final Pattern IMAGE = Pattern.compile("url\\((images/[A-Za-z0-9_.-]+\\.png)\\)");

  private final String version;
  private final String js;
  private final String css;
  private final String licence;

  private Leaflet(String version, String js, String css, String licence) {
    this.version = version;
    this.js = js;
    this.css = css;
    this.licence = licence;
  }

  /** The release on the class path, read once per JVM. */
  static Leaflet onClassPath() {
    return Holder.LEAFLET;
  }

  private static final class Holder {
    static final Leaflet LEAFLET = load();
  }

  private static Leaflet load() {
    Properties pom = new Properties();
    try (InputStream in = resource(POM)) {
      pom.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String version = pom.getProperty("version");
    String base = "/META-INF/resources/webjars/leaflet/" + version + "/";
    String css = text(base + "dist/leaflet.css");
    Matcher images = IMAGE.matcher(css);
    StringBuilder inlined = new StringBuilder();
    while (images.find()) {
      String png = Base64.getEncoder().encodeToString(bytes(base + "dist/" + images.group(1)));
      images.appendReplacement(inlined, "url(data:image/png;base64," + png + ")");
    }
    images.appendTail(inlined);
    return new Leaflet(
        version, text(base + "dist/leaflet.js"), inlined.toString(), text(base + "LICENSE"));
  }

  String version() {
    return version;
  }

  /** The minified library. */
  String js() {
    return js;
  }

  /** The style sheet, its images inlined. */
  String css() {
    return css;
  }

  /** The licence text, which the BSD licence asks every copy to carry. */
  String licence() {
    return licence;
  }

  private static InputStream resource(String path) {
    InputStream in = Leaflet.class.getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException(
          "Leaflet is missing from the class path (" + path + "): build with its WebJar");
    }
    return in;
  }

  private static byte[] bytes(String path) {
    try (InputStream in = resource(path)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String text(String path) {
    return new String(bytes(path), StandardCharsets.UTF_8);
  }
}
