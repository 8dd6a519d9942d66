package org.citynet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.citynet.testing.ExternalTools;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --cities} given a GeoPackage written by GDAL, end to end. */
class CitiesLayerCommandTest {
  static final Path NETWORK = Path.of("src/test/resources/networks/wikipedia-latin-america");

  @TempDir Path dir;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int run(String... args) {
    return CitynetCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  /** The network's cities as a GeoPackage layer in Web Mercator, as ogr2ogr writes it. */
  Path citiesGpkg(String layer, String... more) {
    ExternalTools.require("ogr2ogr", "gdal-bin");
    Path gpkg = dir.resolve("cities.gpkg");
    List<String> command =
        new java.util.ArrayList<>(
            List.of(
                "ogr2ogr",
                "-f",
                "GPKG",
                gpkg.toString(),
                NETWORK.resolve("cities.csv").toString(),
                "-oo",
                "X_POSSIBLE_NAMES=lon",
                "-oo",
                "Y_POSSIBLE_NAMES=lat",
                "-oo",
                "KEEP_GEOM_COLUMNS=NO",
                "-s_srs",
                "EPSG:4326",
                "-t_srs",
                "EPSG:3857",
                "-nln",
                layer));
    command.addAll(List.of(more));
    ExternalTools.Result r = ExternalTools.run(command, 60);
    assertThat(r.exitCode()).as(r.output()).isZero();
    return gpkg;
  }

  @Test
  void analysesCitiesReadFromAGeoPackageLayer() throws Exception {
    Path gpkg = citiesGpkg("towns");
    int code =
        run(
            "--cities", gpkg.toString(),
            "--links", NETWORK.resolve("links.csv").toString(),
            "--out", dir.resolve("out").toString(),
            "--name", "layered");
    assertThat(code).as(err.toString()).isZero();
    // the same counts the CSV run gives (CitynetCommandTest.writesEveryOutputAndSummarisesTheRun)
    assertThat(out.toString()).contains("319 cities, 363 links");
    ExternalTools.Result info =
        ExternalTools.run(
            List.of("ogrinfo", "-so", dir.resolve("out/layered.gpkg").toString(), "cities"), 60);
    assertThat(info.output()).contains("Feature Count: 319");
  }

  @Test
  void asksForTheLayerWhenTheGeoPackageHasSeveral() throws Exception {
    Path gpkg = citiesGpkg("towns");
    citiesGpkg("villages", "-update");
    String[] args = {
      "--cities", gpkg.toString(),
      "--links", NETWORK.resolve("links.csv").toString(),
      "--out", dir.resolve("out").toString()
    };
    assertThat(run(args)).isEqualTo(ExitCodes.INPUT);
    assertThat(err.toString())
        .isEqualTo(
            gpkg
                + ": has several point layers: towns, villages — name the layer of city points"
                + " with --cities-layer"
                + System.lineSeparator());
    String[] chosen = {
      "--cities", gpkg.toString(),
      "--cities-layer", "villages",
      "--links", NETWORK.resolve("links.csv").toString(),
      "--out", dir.resolve("out").toString()
    };
    assertThat(run(chosen)).as(err.toString()).isZero();
  }

  @Test
  void refusesLayerOptionsForACsvFile() {
    int code = run("--cities", NETWORK.resolve("cities.csv").toString(), "--id-column", "code");
    assertThat(code).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString())
        .contains(
            "--cities-layer and the --*-column options apply to GeoJSON and GeoPackage cities");
  }
}
