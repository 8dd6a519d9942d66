package org.citynet.export.gpkg;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.Date;
import java.util.List;
import mil.nga.geopackage.GeoPackage;
import mil.nga.geopackage.extension.metadata.Metadata;
import mil.nga.geopackage.extension.metadata.MetadataExtension;
import mil.nga.geopackage.extension.metadata.MetadataScopeType;
import mil.nga.geopackage.extension.metadata.reference.MetadataReference;
import mil.nga.geopackage.extension.metadata.reference.ReferenceScopeType;
import org.citynet.geo.Geodesics;
import org.citynet.model.AnalysisSettings;
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

  private static final ObjectMapper JSON = new ObjectMapper();

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
    ObjectNode root = JSON.createObjectNode();
    root.put("name", run.name());
    root.put("tool", "citynet");
    root.put("tool_version", run.toolVersion());
    root.put("command_line", run.commandLine());
    ArrayNode inputs = root.putArray("inputs");
    run.inputs().forEach(f -> inputs.addObject().put("path", f.path()).put("sha256", f.sha256()));
    ObjectNode settings = root.putObject("settings");
    run.settings()
        .asOptions()
        .forEach(
            (key, value) -> {
              if (isNumber(value)) {
                settings.put(key, new BigDecimal(value));
              } else {
                settings.put(key, value);
              }
            });
    root.putObject("betweenness_method")
        .put("mode", AnalysisSettings.name(betweenness.mode()))
        .put("epsilon", betweenness.epsilon())
        .put("delta", betweenness.delta())
        .put("samples", betweenness.samples())
        .put("closeness", betweenness.closeness());
    root.put("link_geodesic_tolerance_km", Geodesics.DEFAULT_TOLERANCE_KM);
    root.put("started_at", run.startedAt().toString());
    run.attribution().forEach(root.putArray("attribution")::add);
    BASEMAP_SOURCES.forEach(root.putArray("basemap_sources")::add);
    try {
      return JSON.writeValueAsString(root);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a tree of strings and numbers always serialises", e);
    }
  }

  /** Whether an option's value is a plain decimal number, written as a JSON number. */
  private static boolean isNumber(String value) {
    return value.matches("-?\\d+(\\.\\d+)?(E-?\\d+)?");
  }
}
