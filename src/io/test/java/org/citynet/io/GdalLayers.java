package org.citynet.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.citynet.testing.ExternalTools;

/** Builds GIS layers from CSV files with GDAL's {@code ogr2ogr}, the client users convert with. */
final class GdalLayers {
  private GdalLayers() {}

  /**
   * Converts a cities CSV (lat/lon columns) to {@code target} in {@code format}, optionally
   * reprojected from WGS84 to {@code srs}; lat and lon do not stay as properties.
   */
  static Path fromCities(Path csv, Path target, String format, String srs, String... more) {
    List<String> args = new ArrayList<>();
    args.addAll(
        List.of(
            "-f",
            format,
            target.toString(),
            csv.toString(),
            "-oo",
            "X_POSSIBLE_NAMES=lon",
            "-oo",
            "Y_POSSIBLE_NAMES=lat",
            "-oo",
            "KEEP_GEOM_COLUMNS=NO",
            "-s_srs",
            "EPSG:4326",
            "-t_srs",
            srs));
    args.addAll(List.of(more));
    return ogr2ogr(target, args);
  }

  /** Converts a CSV with a {@code wkt} geometry column, in WGS84, to {@code target}. */
  static Path fromWkt(Path csv, Path target, String format, String... more) {
    List<String> args = new ArrayList<>();
    args.addAll(
        List.of(
            "-f",
            format,
            target.toString(),
            csv.toString(),
            "-oo",
            "GEOM_POSSIBLE_NAMES=wkt",
            "-oo",
            "KEEP_GEOM_COLUMNS=NO",
            "-a_srs",
            "EPSG:4326"));
    args.addAll(List.of(more));
    return ogr2ogr(target, args);
  }

  private static Path ogr2ogr(Path target, List<String> args) {
    ExternalTools.require("ogr2ogr", "gdal-bin");
    List<String> command = new ArrayList<>();
    command.add("ogr2ogr");
    command.addAll(args);
    ExternalTools.Result r = ExternalTools.run(command, 60);
    assertThat(r.exitCode()).as(r.output()).isZero();
    return target;
  }
}
