package org.citynet.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.citynet.analysis.MeasureEngine;
import org.citynet.export.image.MapOptions;
import org.citynet.export.network.CsvCells;
import org.citynet.io.CityLayerOptions;
import org.citynet.io.CityLayerReader;
import org.citynet.model.AnalysisSettings;
import org.citynet.model.Periods;

/**
 * What the user asked for in one analysis run.
 *
 * @param cities the cities: CSV, GeoJSON or GeoPackage (see {@link CityLayerReader})
 * @param citiesInput where the cities are in a GeoJSON or GeoPackage file
 * @param links the links CSV; unused when {@code memberships} is given
 * @param memberships a memberships CSV ({@code city,group[,weight]}) to derive the links from
 * @param outDir directory the outputs go to (created if missing)
 * @param name file stem of the outputs ({@code NAME.gpkg}, {@code NAME.xlsx}, ...)
 * @param settings how the network is measured and clustered
 * @param skipInvalid drop links to unknown cities instead of failing
 * @param commandLine the arguments as given, for provenance
 * @param attribution data licence and attribution lines to print on every output
 * @param map how the map images are drawn
 * @param engine where the heavy measures run ({@code --engine})
 * @param geoJson also write the network as GeoJSON ({@code --geojson})
 * @param periods the snapshots analysed when the input has years ({@code --periods})
 * @param html write the interactive map {@code NAME.html} (off with {@code --no-html})
 * @param csvCells how text cells of the CSV outputs are written ({@code --csv-raw})
 */
public record RunConfig(
    Path cities,
    CityLayerOptions citiesInput,
    Path links,
    Optional<Path> memberships,
    Path outDir,
    String name,
    AnalysisSettings settings,
    boolean skipInvalid,
    String commandLine,
    List<String> attribution,
    MapOptions map,
    MeasureEngine engine,
    boolean geoJson,
    Periods periods,
    boolean html,
    CsvCells csvCells) {
  public RunConfig {
    attribution = List.copyOf(attribution);
    Objects.requireNonNull(periods, "periods");
  }

  /** The file the links come from: the memberships file when given, else the links file. */
  public Path linkSource() {
    return memberships.orElse(links);
  }

  /** The same run writing into {@code dir}. */
  public RunConfig withOutDir(Path dir) {
    return new RunConfig(
        cities,
        citiesInput,
        links,
        memberships,
        dir,
        name,
        settings,
        skipInvalid,
        commandLine,
        attribution,
        map,
        engine,
        geoJson,
        periods,
        html,
        csvCells);
  }

  /** Where output {@code NAME.extension} goes. */
  public Path output(String extension) {
    return outDir.resolve(name + "." + extension);
  }
}
