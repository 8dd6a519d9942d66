package org.citynet.export.gpkg;

import java.sql.SQLException;
import java.util.Date;
import java.util.List;
import java.util.stream.Collectors;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.extension.metadata.Metadata;
import mil.nga.geopackage.extension.metadata.MetadataExtension;
import mil.nga.geopackage.extension.metadata.MetadataScopeType;
import mil.nga.geopackage.extension.metadata.reference.MetadataReference;
import mil.nga.geopackage.extension.metadata.reference.ReferenceScopeType;
import org.citynet.geo.Geodesics;
import org.citynet.model.BetweennessMethod;
import org.citynet.model.RunInfo;

/**
 * The run's provenance as GeoPackage metadata (extension {@code gpkg_metadata}, OGC 12-128r18
 * §F.8): one JSON document of scope {@code dataset} referenced by the whole GeoPackage — tool and
 * version, command line, inputs with their SHA-256, the analysis settings, how betweenness was
 * actually computed, start time, the data's attribution and the sources and licences of the basemap
 * layers. GDAL shows it as the dataset metadata item {@code GPKG_METADATA_ITEM_1}.
 */
final class RunMetadata {
  /** Names the structure of the JSON document (there is no standard one for run provenance). */
  static final String STANDARD_URI = "urn:citynet:run-info:1";

  static final String MIME_TYPE = "application/json";

  /** Sources and licences of the data the GeoPackage's basemap layers are made from. */
  static final List<String> BASEMAP_SOURCES =
      List.of(
          "countries: Natural Earth 1:50m Admin 0 - Countries, version 4.0.0"
              + " (www.naturalearthdata.com), public domain",
          "regions: UN M49 regions by ISO 3166-1 code from L. Duncalfe,"
              + " ISO-3166-Countries-with-Regional-Codes (CC BY-SA 4.0)");

  private RunMetadata() {}

  static void write(GeoPackage geoPackage, RunInfo run, BetweennessMethod betweenness)
      throws SQLException {
    MetadataExtension extension = new MetadataExtension(geoPackage);
    extension.getOrCreate();
    extension.createMetadataTable();
    extension.createMetadataReferenceTable();
    Metadata metadata = new Metadata();
    metadata.setMetadataScope(MetadataScopeType.DATASET);
    metadata.setStandardUri(STANDARD_URI);
    metadata.setMimeType(MIME_TYPE);
    metadata.setMetadata(json(run, betweenness));
    extension.getMetadataDao().create(metadata);

    MetadataReference reference = new MetadataReference();
    reference.setReferenceScope(ReferenceScopeType.GEOPACKAGE);
    reference.setMetadata(metadata);
    reference.setTimestamp(Date.from(run.startedAt()));
    extension.getMetadataReferenceDao().create(reference);
  }

  /** The run as a JSON object, keys in a fixed order. */
  static String json(RunInfo run, BetweennessMethod betweenness) {
    String inputs =
        run.inputs().stream()
            .map(f -> "{\"path\": " + quote(f.path()) + ", \"sha256\": " + quote(f.sha256()) + "}")
            .collect(Collectors.joining(", ", "[", "]"));
    return "{\"name\": "
        + quote(run.name())
        + ", \"tool\": \"citynet\", \"tool_version\": "
        + quote(run.toolVersion())
        + ", \"command_line\": "
        + quote(run.commandLine())
        + ", \"inputs\": "
        + inputs
        + ", \"settings\": "
        + settings(run)
        + ", \"betweenness_method\": "
        + method(betweenness)
        + ", \"link_geodesic_tolerance_km\": "
        + Geodesics.DEFAULT_TOLERANCE_KM
        + ", \"started_at\": "
        + quote(run.startedAt().toString())
        + ", \"attribution\": "
        + strings(run.attribution())
        + ", \"basemap_sources\": "
        + strings(BASEMAP_SOURCES)
        + "}";
  }

  /** The analysis settings as a JSON object; numbers stay numbers. */
  private static String settings(RunInfo run) {
    return run.settings().asOptions().entrySet().stream()
        .map(
            e ->
                quote(e.getKey())
                    + ": "
                    + (isNumber(e.getValue()) ? e.getValue() : quote(e.getValue())))
        .collect(Collectors.joining(", ", "{", "}"));
  }

  /** What was computed: mode, ε, δ, number of sampled paths, whether closeness was computed. */
  private static String method(BetweennessMethod m) {
    return "{\"mode\": "
        + quote(m.mode())
        + ", \"epsilon\": "
        + m.epsilon()
        + ", \"delta\": "
        + m.delta()
        + ", \"samples\": "
        + m.samples()
        + ", \"closeness\": "
        + m.closeness()
        + "}";
  }

  private static boolean isNumber(String value) {
    return value.matches("-?\\d+(\\.\\d+)?(E-?\\d+)?");
  }

  private static String strings(List<String> values) {
    return values.stream().map(RunMetadata::quote).collect(Collectors.joining(", ", "[", "]"));
  }

  /** A JSON string literal (RFC 8259 §7). */
  static String quote(String s) {
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
