package org.citynet.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.citynet.export.image.MapOptions;
import org.citynet.model.AnalysisSettings;
import org.citynet.testing.ClassPaths;
import org.citynet.testing.ExternalTools;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class CitynetCommandTest {
  @TempDir Path dir;
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();

  int run(String... args) {
    return CitynetCommand.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  static Path network(String name) {
    return Path.of("src/test/resources/networks", name);
  }

  List<String> outputFiles() throws Exception {
    try (Stream<Path> files = Files.list(dir.resolve("out"))) {
      // The lock file stays, empty, between runs.
      return files
          .map(p -> p.getFileName().toString())
          .filter(f -> !f.equals(".citynet.lock"))
          .sorted()
          .toList();
    }
  }

  Path write(String name, String content) throws Exception {
    Path file = dir.resolve(name);
    Files.writeString(file, content, UTF_8);
    return file;
  }

  @Nested
  class RealNetworks {
    @ParameterizedTest
    @ValueSource(strings = {"wikidata-pt-ie", "wikipedia-latin-america"})
    void everyMeasureAgreesWithNetworkXAndClustersMatchIgraphLeiden(String name) throws Exception {
      ExternalTools.requirePythonModule("networkx", "python3-networkx");
      ExternalTools.requirePythonModule("igraph", "python3-igraph");
      Path cities = network(name).resolve("cities.csv");
      Path links = network(name).resolve("links.csv");
      int code =
          run(
              "--cities", cities.toString(),
              "--links", links.toString(),
              "--out", dir.resolve("out").toString(),
              "--name", "study");
      assertThat(code).as(err.toString()).isZero();
      Path gpkg = dir.resolve("out/study.gpkg");
      ExternalTools.Result oracle =
          ExternalTools.run(
              List.of(
                  ExternalTools.PYTHON,
                  "src/test/python/network_oracle.py",
                  cities.toString(),
                  links.toString(),
                  gpkg.toString()),
              600);
      assertThat(oracle.exitCode()).as(oracle.output()).isZero();
      assertThat(oracle.output()).contains("oracle: 0 failed checks");
    }

    @Test
    void writesEveryOutputAndSummarisesTheRun() throws Exception {
      int code =
          run(
              "--cities", network("wikipedia-latin-america").resolve("cities.csv").toString(),
              "--links", network("wikipedia-latin-america").resolve("links.csv").toString(),
              "--out", dir.resolve("out").toString());
      assertThat(code).as(err.toString()).isZero();
      assertThat(outputFiles())
          .containsExactly(
              "wikipedia-latin-america-cities.csv",
              "wikipedia-latin-america-links.csv",
              "wikipedia-latin-america-manifest.json",
              "wikipedia-latin-america-summary.json",
              "wikipedia-latin-america.gexf",
              "wikipedia-latin-america.gpkg",
              "wikipedia-latin-america.graphml",
              "wikipedia-latin-america.html",
              "wikipedia-latin-america.png",
              "wikipedia-latin-america.svg",
              "wikipedia-latin-america.xlsx");
      assertThat(out.toString())
          .contains("319 cities, 363 links")
          .contains("modularity")
          .contains("clusters net of distance (gravity null model), NMI ")
          .contains("Top cities by betweenness:")
          .contains("Done in");
    }
  }

  @Nested
  class Memberships {
    @Test
    void derivesLinksFromSharedMembershipsOfGroups() throws Exception {
      Path cities =
          write(
              "cities.csv",
              "id,name,country,lat,lon\n"
                  + "bcn,Barcelona,ES,41.39,2.16\nuio,Quito,EC,-0.23,-78.52\n"
                  + "qc,Quezon City,PH,14.65,121.05\nber,Berlin,DE,52.52,13.41\n");
      Path memberships =
          write(
              "memberships.csv",
              "city,group,weight\nbcn,Forum,2\nuio,Forum,1\nqc,Forum,1\nbcn,CIFAL,1\nqc,CIFAL,3\n");
      int code =
          run(
              "--cities", cities.toString(),
              "--memberships", memberships.toString(),
              "--out", dir.resolve("out").toString(),
              "--name", "m");
      assertThat(code).as(err.toString()).isZero();
      // bcn-uio 2*1, bcn-qc 2*1 + 1*3, uio-qc 1*1; Berlin has no membership and stays isolated
      assertThat(out.toString()).contains("4 cities, 3 links (3 rows), 2 components");
    }

    @Test
    void analysesAirlinesOfAnOpenFlightsSliceWithGlobalNetworkConnectivity() throws Exception {
      Path slice = network("openflights-slice");
      int code =
          run(
              "--cities", slice.resolve("cities.csv").toString(),
              "--memberships", slice.resolve("memberships.csv").toString(),
              "--out", dir.resolve("out").toString(),
              "--name", "of");
      assertThat(code).as(err.toString()).isZero();
      assertThat(outputFiles())
          .contains("of-cities.csv", "of-links.csv", "of.gexf", "of.gpkg", "of.graphml");

      // N_a = Σ_j v_aj · (S_j − v_aj), S_j the sum of group j's service values: the same sum as
      // Σ_b r_ab, computed another way.
      Map<String, Double> groupTotal = new HashMap<>();
      List<NamedCsvRecord> memberships = csv(slice.resolve("memberships.csv"));
      for (NamedCsvRecord m : memberships) {
        groupTotal.merge(
            m.getField("group"), Double.parseDouble(m.getField("weight")), Double::sum);
      }
      Map<String, Double> expected = new HashMap<>();
      for (NamedCsvRecord m : memberships) {
        double v = Double.parseDouble(m.getField("weight"));
        expected.merge(
            m.getField("city"), v * (groupTotal.get(m.getField("group")) - v), Double::sum);
      }
      double top = expected.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
      List<NamedCsvRecord> rows = csv(dir.resolve("out/of-cities.csv"));
      assertThat(rows).hasSize(11);
      for (NamedCsvRecord row : rows) {
        double n = expected.get(row.getField("id"));
        assertThat(Double.parseDouble(row.getField("connectivity"))).isEqualTo(n);
        assertThat(Double.parseDouble(row.getField("connectivity_share")))
            .isCloseTo(n / top, within(1e-12));
      }
    }

    private static List<NamedCsvRecord> csv(Path file) throws Exception {
      try (CsvReader<NamedCsvRecord> reader = CsvReader.builder().ofNamedCsvRecord(file, UTF_8)) {
        return reader.stream().toList();
      }
    }
  }

  @Nested
  class Failures {
    @Test
    void inputProblemExitsThreeWithFileAndLineAndWritesNothing() throws Exception {
      Path cities = write("cities.csv", "id,name,country,lat,lon\n1,A,ES,41.4,2.2\n2,B,ES,95,2\n");
      Path links = write("links.csv", "source,target\n1,2\n");
      int code =
          run(
              "--cities", cities.toString(),
              "--links", links.toString(),
              "--out", dir.resolve("out").toString());
      assertThat(code).isEqualTo(ExitCodes.INPUT);
      assertThat(err.toString())
          .startsWith(cities + ":3: column 'lat': value 95 is not between -90 and 90")
          .doesNotContain("Exception")
          .doesNotContain("\tat ");
      assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void populationAsGravityMassWithoutPopulationsIsAnInputError() throws Exception {
      Path network = network("wikipedia-latin-america");
      int code =
          run(
              "--cities", network.resolve("cities.csv").toString(),
              "--links", network.resolve("links.csv").toString(),
              "--out", dir.resolve("out").toString(),
              "--null-model", "gravity",
              "--importance", "population");
      assertThat(code).isEqualTo(ExitCodes.INPUT);
      assertThat(err.toString())
          .contains("cities.csv: column 'population': ")
          .contains("have no population (ids 76")
          .contains("use --importance strength");
      assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void linkToUnknownCityExitsThreeUnlessSkipped() throws Exception {
      Path cities =
          write("cities.csv", "id,name,country,lat,lon\n1,A,ES,41.4,2.2\n2,B,FR,48.9,2.3\n");
      Path links = write("links.csv", "source,target\n1,2\n1,9\n");
      String[] args = {
        "--cities",
        cities.toString(),
        "--links",
        links.toString(),
        "--out",
        dir.resolve("out").toString()
      };
      assertThat(run(args)).isEqualTo(ExitCodes.INPUT);
      assertThat(err.toString()).contains(links + ":3: column 'target': no city has id '9'");
      List<String> skipping = new ArrayList<>(List.of(args));
      skipping.add("--skip-invalid");
      assertThat(run(skipping.toArray(String[]::new))).isZero();
      assertThat(err.toString()).contains("1 links to unknown cities dropped");
    }

    @Test
    void sparkEngineOutsideTheSparkBuildIsAUsageErrorSayingHowToGetIt() {
      assumeFalse(ClassPaths.hasSpark(), "this build has Spark: the engine is there");
      int code = run("--engine", "spark", "--out", dir.resolve("out").toString());

      assertThat(code).isEqualTo(ExitCodes.USAGE);
      assertThat(err.toString())
          .contains("the Spark engine is not in this build")
          .contains("mvn -B -Pspark package");
      assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void unknownEngineIsAUsageError() {
      assertThat(run("--engine", "hadoop")).isEqualTo(ExitCodes.USAGE);
      assertThat(err.toString()).contains("unknown engine 'hadoop'");
    }

    @Test
    void badMapOptionIsAUsageError() {
      assertThat(run("--size-by", "fame")).isEqualTo(ExitCodes.USAGE);
      assertThat(err.toString()).contains("fame");
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "--quality=potts",
          "--path-length=miles",
          "--betweenness=guess",
          "--null-model=none",
          "--importance=area",
          "--starts=0",
          "--starts=many",
          "--epsilon=1.5",
          "--delta=0",
          "--resolution=-1",
          "--backbone=0",
          "--backbone=1",
          "--backbone=most"
        })
    void badAnalysisOptionIsAUsageErrorNamingTheOption(String option) {
      assertThat(run(option)).isEqualTo(ExitCodes.USAGE);
      assertThat(err.toString()).contains(option.substring(0, option.indexOf('=')));
    }

    /** The command parsed from {@code args} by picocli, as {@code citynet} parses them. */
    CitynetCommand parsed(String... args) {
      CommandLine cli =
          CitynetCommand.commandLine(new PrintWriter(out), new PrintWriter(err), List.of(args));
      cli.parseArgs(args);
      return cli.getCommand();
    }

    @Test
    void choicesDefaultToTheDefaultSettings() {
      CitynetCommand command = parsed();
      assertThat(command.analysis.settings()).isEqualTo(AnalysisSettings.defaults());
      assertThat(command.map.options()).isEqualTo(MapOptions.defaults());
    }

    @ParameterizedTest
    @CsvSource({
      "--quality, cpm, CPM",
      "--quality, MODULARITY, MODULARITY",
      "--null-model, gravity, GRAVITY",
      "--null-model, Configuration, CONFIGURATION",
      "--importance, population, POPULATION",
      "--path-length, inverse-weight, INVERSE_WEIGHT",
      "--path-length, INVERSE_WEIGHT, INVERSE_WEIGHT",
      "--path-length, inverse_weight, INVERSE_WEIGHT",
      "--path-length, km, KM",
      "--betweenness, approx, APPROX",
      "--betweenness, Exact, EXACT",
      "--size-by, pagerank, PAGERANK",
      "--size-by, Degree, DEGREE",
      "--region, europe, EUROPE",
      "--region, Americas, AMERICAS"
    })
    void choicesAreParsedInEitherCaseWithHyphensOrUnderscores(
        String option, String value, String expected) {
      CitynetCommand command = parsed(option, value);
      AnalysisSettings settings = command.analysis.settings();
      Enum<?> chosen =
          switch (option) {
            case "--quality" -> settings.quality();
            case "--null-model" -> settings.nullModel();
            case "--importance" -> settings.importance();
            case "--path-length" -> settings.pathLength();
            case "--betweenness" -> settings.betweenness();
            case "--size-by" -> command.map.options().sizeBy();
            case "--region" -> command.map.region;
            default -> throw new AssertionError(option);
          };
      assertThat(chosen.name()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
      "--quality, foo, 'modularity, cpm'",
      "--path-length, miles, 'hops, inverse-weight, km'",
      "--size-by, fame, 'betweenness, pagerank, degree, strength'",
      "--region, Atlantis, 'Africa, Americas, Asia, Europe, Oceania'"
    })
    void badChoiceIsATwoLineUsageErrorListingTheChoicesAsHelpSpellsThem(
        String option, String value, String choices) {
      assertThat(run(option, value)).isEqualTo(ExitCodes.USAGE);
      assertThat(out.toString()).isEmpty();
      assertThat(err.toString())
          .isEqualTo(
              usageError(
                  "citynet: "
                      + option
                      + ": '"
                      + value
                      + "' is not a choice; choose one of "
                      + choices,
                  "citynet"));
    }

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "--colour red      | citynet: unknown option '--colour'; did you mean --country-column?",
          "--qualty cpm      | citynet: unknown option '--qualty'; did you mean --quality?",
          "somewhere         | citynet: unexpected argument 'somewhere'",
          "--seed            | citynet: --seed: needs a value (--seed N)",
          "--dpi abc         | citynet: --dpi: 'abc' is not a whole number",
          "--resolution=high | citynet: --resolution: 'high' is not a number",
          "--dataset atlantis --cities x.csv"
              + " | citynet: --dataset names the input files itself; leave out --cities or --dataset"
        })
    void otherParameterErrorsAreTwoLinesWithoutTheUsage(String args, String message) {
      assertThat(run(args.split(" "))).isEqualTo(ExitCodes.USAGE);
      assertThat(out.toString()).isEmpty();
      assertThat(err.toString()).isEqualTo(usageError(message, "citynet"));
    }

    @Test
    void missingRequiredOptionsOfExtractAreNamedWithTheSubcommandsHelp() {
      assertThat(run("extract", "--cities", "cities.csv")).isEqualTo(ExitCodes.USAGE);
      assertThat(out.toString()).isEmpty();
      assertThat(err.toString())
          .isEqualTo(
              usageError("citynet extract: missing --links FILE, --out DIR", "citynet extract"));
    }

    /** The two lines of a usage error: the message, then where the help is; no usage text. */
    static String usageError(String message, String command) {
      return String.format("%s%nRun '%s --help' for every option.%n", message, command);
    }

    @Test
    void helpListsEveryChoiceAndItsDefaultInLowerCase() {
      assertThat(run("--help")).isZero();
      // picocli wraps the descriptions: compare with the line breaks and indents taken out
      String help = out.toString().replaceAll("\\s+", " ");
      assertThat(help)
          .contains("What Leiden maximises: modularity, cpm.")
          .contains("Default: modularity")
          .contains("configuration, gravity, auto.")
          .contains("Default: auto")
          .contains("gravity null model: strength, population. Default: strength")
          .contains("harmonic: hops, inverse-weight, km")
          .contains("Default: hops")
          .contains("exact, approx, auto.")
          .contains("on the map: betweenness, pagerank, degree, strength. Default: betweenness")
          .contains("world region: Africa, Americas, Asia, Europe, Oceania.");
    }

    @Test
    void refusesToWriteOverAnInput() throws Exception {
      // a CSV under an output's name (.gpkg would now be read as a GeoPackage)
      Path cities = write("study.xlsx", "id,name,country,lat,lon\n1,A,ES,41.4,2.2\n");
      Path links = write("links.csv", "source,target\n");
      int code =
          run(
              "--cities", cities.toString(),
              "--links", links.toString(),
              "--out", dir.toString(),
              "--name", "study");
      assertThat(code).isEqualTo(ExitCodes.OUTPUT);
      assertThat(err.toString())
          .isEqualTo(
              "cannot write output: the input "
                  + cities
                  + " has the name of an output of --name study in --out "
                  + dir
                  + ", so the run would replace it; choose another --out or --name"
                  + System.lineSeparator());
      assertThat(Files.readString(cities)).startsWith("id,name");
    }

    @Test
    void helpListsOptionsAndExitCodes() {
      assertThat(run("--help")).isZero();
      assertThat(out.toString()).contains("--cities").contains("--seed").contains("Exit codes:");
    }
  }

  @Nested
  class BackboneAndDataChecks {
    /** The hand-checked network of {@code DisparityFilterTest}: only a–b has p 0.16 < 0.3. */
    List<String> weighted() throws Exception {
      Path cities =
          write(
              "cities.csv",
              "id,name,country,lat,lon\n"
                  + "a,Alpha,ES,41.39,2.16\nb,Beta,FR,48.85,2.35\n"
                  + "c,Gamma,DE,52.52,13.41\nd,Delta,IT,41.9,12.5\n");
      Path links = write("links.csv", "source,target,weight\na,b,3\na,c,1\na,d,1\nb,c,1\n");
      return new ArrayList<>(
          List.of(
              "--cities", cities.toString(),
              "--links", links.toString(),
              "--out", dir.resolve("out").toString(),
              "--name", "w"));
    }

    @Test
    void everyLinkCarriesItsDisparityP() throws Exception {
      assertThat(run(weighted().toArray(String[]::new))).as(err.toString()).isZero();
      Map<String, String> p = new HashMap<>();
      try (CsvReader<NamedCsvRecord> csv =
          CsvReader.builder().ofNamedCsvRecord(dir.resolve("out/w-links.csv"))) {
        csv.forEach(
            r -> p.put(r.getField("source") + r.getField("target"), r.getField("disparity_p")));
      }
      assertThat(p).hasSize(4);
      assertThat(Double.parseDouble(p.get("ab"))).isCloseTo(0.16, within(1e-9));
      assertThat(Double.parseDouble(p.get("ad"))).isCloseTo(0.64, within(1e-9));
    }

    @Test
    void backboneKeepsTheSignificantLinksAndSaysHowMany() throws Exception {
      List<String> args = weighted();
      args.addAll(List.of("--backbone", "0.3"));
      assertThat(run(args.toArray(String[]::new))).as(err.toString()).isZero();
      assertThat(out.toString())
          .contains("4 cities, 1 links (1 rows), 3 components")
          .contains("1 of 4 links kept; 2 of 4 cities keep a link, the other 2 stay as isolates");
      assertThat(Files.readAllLines(dir.resolve("out/w-links.csv"))).hasSize(2);
      com.fasterxml.jackson.databind.JsonNode summary =
          new com.fasterxml.jackson.databind.ObjectMapper()
              .readTree(dir.resolve("out/w-summary.json").toFile());
      assertThat(summary.get("links").asInt()).isEqualTo(1);
      assertThat(summary.get("backbone_alpha").asDouble()).isEqualTo(0.3);
      assertThat(summary.get("backbone_links_total").asInt()).isEqualTo(4);
      assertThat(summary.get("backbone_cities_with_links").asInt()).isEqualTo(2);
    }

    @Test
    void warnsOfZeroKmLinksBetweenDifferentCitiesAndOfFreeHopsInKm() throws Exception {
      Path cities =
          write(
              "cities.csv",
              "id,name,country,lat,lon\n"
                  + "gb,Portsmouth,GB,50.8058,-1.0872\nus,Portsmouth,US,50.8058,-1.0872\n"
                  + "fr,Caen,FR,49.18,-0.37\n");
      Path links = write("links.csv", "source,target\ngb,us\ngb,fr\n");
      List<String> args =
          List.of(
              "--cities", cities.toString(),
              "--links", links.toString(),
              "--out", dir.resolve("out").toString(),
              "--name", "z");
      assertThat(run(args.toArray(String[]::new))).as(err.toString()).isZero();
      assertThat(err.toString())
          .contains("warning: 1 link of 0 km between different cities")
          .contains("Portsmouth (GB) – Portsmouth (US)")
          .doesNotContain("free hop");
      List<String> km = new ArrayList<>(args);
      km.addAll(List.of("--path-length", "km"));
      assertThat(run(km.toArray(String[]::new))).as(err.toString()).isZero();
      assertThat(err.toString()).contains("each of them is a free hop (length 0)");
      com.fasterxml.jackson.databind.JsonNode summary =
          new com.fasterxml.jackson.databind.ObjectMapper()
              .readTree(dir.resolve("out/z-summary.json").toFile());
      assertThat(summary.get("zero_km_links").asInt()).isEqualTo(1);
      assertThat(summary.get("zero_km_link_examples").asText())
          .isEqualTo("Portsmouth (GB) – Portsmouth (US)");
    }
  }

  @Nested
  class ShippedDatasets {
    @Test
    void helpListsTheShippedDatasets() {
      assertThat(run("--help")).isZero();
      assertThat(out.toString())
          .contains("Shipped datasets (--dataset NAME; the default is mayoral-forum-twinning)")
          .contains("  migration-networks")
          .contains("  urbact");
    }

    @Test
    void unknownDatasetIsAUsageErrorListingTheShippedOnes() {
      assertThat(run("--dataset", "atlantis")).isEqualTo(ExitCodes.USAGE);
      assertThat(err.toString())
          .contains("unknown dataset 'atlantis'; the shipped datasets are: ")
          .contains("migration-networks")
          .contains("twin-cities-world");
    }

    @Test
    void datasetAndCitiesTogetherIsAUsageError() {
      assertThat(run("--dataset", "urbact", "--cities", "x.csv")).isEqualTo(ExitCodes.USAGE);
      assertThat(err.toString()).contains("leave out --cities or --dataset");
    }

    @Test
    void runsAMembershipsDatasetFromTheHomeFolder() throws Exception {
      Path home = dir.resolve("home");
      Files.createDirectories(home.resolve("datasets/tiny"));
      Files.writeString(
          home.resolve("datasets/tiny/cities.csv"),
          "id,name,country,lat,lon\n1,Alpha,ES,41.39,2.16\n2,Beta,FR,48.85,2.35\n"
              + "3,Gamma,DE,52.52,13.41\n");
      Files.writeString(
          home.resolve("datasets/tiny/memberships.csv"),
          "city,group,start,end,role\n1,G,2015,2018,Lead Partner\n2,G,2015,2018,Partner\n"
              + "3,H,2019,,Partner\n");
      String before = System.getProperty("citynet.home");
      System.setProperty("citynet.home", home.toString());
      try {
        int code = run("--dataset", "tiny", "--out", dir.resolve("out").toString());
        assertThat(code).as(err.toString()).isZero();
      } finally {
        if (before == null) {
          System.clearProperty("citynet.home");
        } else {
          System.setProperty("citynet.home", before);
        }
      }
      assertThat(out.toString()).contains("3 cities, 1 links (1 rows), 2 components");
      assertThat(outputFiles()).contains("tiny.gpkg", "tiny.xlsx", "tiny-links.csv");
    }
  }

  @Nested
  class GeoJson {
    @Test
    void writesCitiesAndLinksGeoJsonOnlyWhenAsked() throws Exception {
      Path cities =
          write(
              "cities.csv",
              "id,name,country,lat,lon\nsuva,Suva,FJ,-18.14,178.44\napia,Apia,WS,-13.83,-171.77\n"
                  + "bcn,Barcelona,ES,41.39,2.16\n");
      Path links = write("links.csv", "source,target\nsuva,apia\napia,bcn\n");
      List<String> common =
          List.of(
              "--cities",
              cities.toString(),
              "--links",
              links.toString(),
              "--name",
              "g",
              "--dpi",
              "50");

      List<String> plain = new ArrayList<>(common);
      plain.addAll(List.of("--out", dir.resolve("plain").toString()));
      assertThat(run(plain.toArray(String[]::new))).as(err.toString()).isZero();
      assertThat(dir.resolve("plain/g-links.csv")).exists();
      assertThat(dir.resolve("plain/g-cities.geojson")).doesNotExist();
      assertThat(dir.resolve("plain/g-links.geojson")).doesNotExist();

      List<String> geoJson = new ArrayList<>(common);
      geoJson.addAll(List.of("--out", dir.resolve("out").toString(), "--geojson"));
      assertThat(run(geoJson.toArray(String[]::new))).as(err.toString()).isZero();
      assertThat(outputFiles()).contains("g-cities.geojson", "g-links.geojson");
      com.fasterxml.jackson.databind.ObjectMapper json =
          new com.fasterxml.jackson.databind.ObjectMapper();
      com.fasterxml.jackson.databind.JsonNode citiesJson =
          json.readTree(dir.resolve("out/g-cities.geojson").toFile());
      assertThat(citiesJson.path("type").asText()).isEqualTo("FeatureCollection");
      assertThat(citiesJson.path("features").findValuesAsText("name")).contains("Barcelona");
      com.fasterxml.jackson.databind.JsonNode linksJson =
          json.readTree(dir.resolve("out/g-links.geojson").toFile());
      assertThat(linksJson.path("features").get(0).path("geometry").path("type").asText())
          .isEqualTo("MultiLineString");
    }
  }
}
