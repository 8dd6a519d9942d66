package org.citynet.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Consumer;
import org.citynet.model.CityTable;

/**
 * Reads the cities from whichever kind of file holds them: a CSV table ({@link CityCsvReader}), a
 * GeoJSON file ({@link GeoJsonCityReader}) or a GeoPackage layer ({@link GeoPackageCityReader}).
 *
 * <p>The kind is told by the extension ({@code .csv}; {@code .geojson}, {@code .json}; {@code
 * .gpkg}); a file with another extension or none is told by its first bytes (the SQLite header, a
 * JSON object), else read as CSV.
 */
public final class CityLayerReader {
  /** The kinds of cities file. */
  public enum Format {
    CSV,
    GEOJSON,
    GEOPACKAGE
  }

  private final CityLayerOptions options;
  private final Consumer<String> warnings;

  /** A reader that finds layers and properties by {@code options} and sends remarks to warnings. */
  public CityLayerReader(CityLayerOptions options, Consumer<String> warnings) {
    this.options = options;
    this.warnings = warnings;
  }

  /**
   * Reads the cities.
   *
   * @throws InputException listing every problem found, when any is
   * @throws IOException when the file cannot be read at all
   */
  public CityTable read(Path path) throws IOException, InputException {
    return switch (formatOf(path)) {
      case CSV -> new CityCsvReader(warnings).read(path);
      case GEOJSON -> new GeoJsonCityReader(options, warnings).read(path);
      case GEOPACKAGE -> new GeoPackageCityReader(options, warnings).read(path);
    };
  }

  /** The kind of {@code path}, by extension, else by its first bytes; CSV when unsure. */
  public static Format formatOf(Path path) throws IOException {
    Path name = path.getFileName();
    String extension = name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    extension = extension.contains(".") ? extension.substring(extension.lastIndexOf('.')) : "";
    switch (extension) {
      case ".csv", ".txt", ".tsv":
        return Format.CSV;
      case ".geojson", ".json":
        return Format.GEOJSON;
      case ".gpkg":
        return Format.GEOPACKAGE;
      default:
        break;
    }
    if (!Files.isRegularFile(path) || !Files.isReadable(path)) {
      return Format.CSV; // the CSV reader says what is wrong with the path
    }
    byte[] head;
    try (InputStream in = Files.newInputStream(path)) {
      head = in.readNBytes(64);
    }
    String text = new String(head, StandardCharsets.ISO_8859_1);
    if (text.startsWith("SQLite format 3\0")) {
      return Format.GEOPACKAGE;
    }
    return text.replaceFirst("^\u00EF\u00BB\u00BF", "").stripLeading().startsWith("{")
        ? Format.GEOJSON
        : Format.CSV;
  }
}
