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
 * What the user asked for in one analysis run: what to read, how to analyse it, what to write.
 *
 * @param inputs the files read and how
 * @param settings how the network is measured and clustered
 * @param periods the snapshots analysed when the input has years ({@code --periods})
 * @param engine where the heavy measures run ({@code --engine})
 * @param outputs where the outputs go and which ones
 * @param commandLine the arguments as given, for provenance
 */
public record RunConfig(
    InputFiles inputs,
    AnalysisSettings settings,
    Periods periods,
    MeasureEngine engine,
    OutputFiles outputs,
    String commandLine) {
  public RunConfig {
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(periods, "periods");
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(outputs, "outputs");
  }

  /**
   * The input files.
   *
   * @param cities the cities: CSV, GeoJSON or GeoPackage (see {@link CityLayerReader})
   * @param citiesLayer where the cities are in a GeoJSON or GeoPackage file
   * @param links the links CSV; unused when {@code memberships} is given
   * @param memberships a memberships CSV ({@code city,group[,weight]}) to derive the links from
   * @param skipInvalid drop links to unknown cities instead of failing
   * @param attribution data licence and attribution lines to print on every output
   */
  public record InputFiles(
      Path cities,
      CityLayerOptions citiesLayer,
      Path links,
      Optional<Path> memberships,
      boolean skipInvalid,
      List<String> attribution) {
    public InputFiles {
      attribution = List.copyOf(attribution);
    }

    /** The file the links come from: the memberships file when given, else the links file. */
    public Path linkSource() {
      return memberships.orElse(links);
    }
  }

  /**
   * The outputs.
   *
   * @param dir directory the outputs go to (created if missing)
   * @param name file stem of the outputs ({@code NAME.gpkg}, {@code NAME.xlsx}, ...)
   * @param map how the map images are drawn
   * @param geoJson also write the network as GeoJSON ({@code --geojson})
   * @param html write the interactive map {@code NAME.html} (off with {@code --no-html})
   * @param csvCells how text cells of the CSV outputs are written ({@code --csv-raw})
   */
  public record OutputFiles(
      Path dir, String name, MapOptions map, boolean geoJson, boolean html, CsvCells csvCells) {
    /** Where output {@code NAME + suffix} goes, e.g. {@code "-cities.csv"} or {@code ".gpkg"}. */
    public Path file(String suffix) {
      return dir.resolve(name + suffix);
    }
  }

  /** The same run writing into {@code dir}. */
  public RunConfig withOutDir(Path dir) {
    OutputFiles moved =
        new OutputFiles(
            dir,
            outputs.name(),
            outputs.map(),
            outputs.geoJson(),
            outputs.html(),
            outputs.csvCells());
    return new RunConfig(inputs, settings, periods, engine, moved, commandLine);
  }

  /** Where output {@code NAME.extension} goes. */
  public Path output(String extension) {
    return outputs.file("." + extension);
  }
}
