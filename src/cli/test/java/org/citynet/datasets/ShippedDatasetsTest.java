package org.citynet.datasets;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citynet.cli.ExtractCommand;
import org.citynet.io.CityCsvReader;
import org.citynet.io.LinkCsvReader;
import org.citynet.io.Membership;
import org.citynet.io.MembershipCsvReader;
import org.citynet.model.City;
import org.citynet.model.CityTable;
import org.citynet.model.Link;
import org.citynet.model.LinkTable;
import org.citynet.testing.ExternalTools;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** The datasets shipped in {@code datasets/} are valid citynet inputs and match their SOURCE.md. */
class ShippedDatasetsTest {
  static final Path WORLD = Path.of("datasets/twin-cities-world");
  static final Path DEFAULT = Path.of("datasets/mayoral-forum-twinning");
  static final Path URBACT = Path.of("datasets/urbact");
  static final Path MIGRATION = Path.of("datasets/migration-networks");

  /** The shared data folder the derive scripts read, beside the repository when present. */
  static final Path SHARED_DATA = Path.of("../shared/data");

  /** Reads a shipped dataset with citynet's own readers, which reject any malformed row. */
  record Dataset(CityTable cities, LinkTable links) {
    static Dataset read(Path dir) throws Exception {
      List<String> warnings = new ArrayList<>();
      Dataset d =
          new Dataset(
              new CityCsvReader(warnings::add).read(dir.resolve("cities.csv")),
              new LinkCsvReader(warnings::add).read(dir.resolve("links.csv")));
      assertThat(warnings).isEmpty();
      return d;
    }

    City city(String name, String country) {
      return cities.cities().stream()
          .filter(c -> c.name().equals(name) && c.country().equals(country))
          .findFirst()
          .orElseThrow();
    }

    String extra(City city, String column) {
      return city.extras().get(cities.extraColumns().indexOf(column));
    }
  }

  /** Collects every violation first: one AssertJ call per row would take minutes on 24k rows. */
  static void assertConsistent(Dataset d) {
    List<String> problems = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (City c : d.cities().cities()) {
      if (!ids.add(c.id())) {
        problems.add("id " + c.id() + " repeated");
      }
      if (!c.country().matches("[A-Z]{2}")) {
        problems.add("city " + c.id() + ": country " + c.country());
      }
      if (!(Math.abs(c.lat()) <= 90 && Math.abs(c.lon()) <= 180)) {
        problems.add("city " + c.id() + ": lat/lon " + c.lat() + "," + c.lon());
      }
    }
    Set<String> pairs = new HashSet<>();
    for (Link l : d.links().links()) {
      if (!ids.contains(l.source()) || !ids.contains(l.target())) {
        problems.add("link line " + l.line() + ": unknown city");
      }
      if (l.source().equals(l.target())) {
        problems.add("link line " + l.line() + ": self-link");
      }
      boolean ordered = l.source().compareTo(l.target()) < 0;
      String pair = ordered ? l.source() + " " + l.target() : l.target() + " " + l.source();
      if (!pairs.add(pair)) {
        problems.add("link line " + l.line() + ": pair listed twice");
      }
    }
    assertThat(problems).isEmpty();
    assertThat(d.cities().extraColumns()).contains("forum_host_years", "cifal_centre");
  }

  /** City name → non-empty value of {@code column}. */
  static Map<String, String> tagged(Dataset d, String column) {
    Map<String, String> tags = new HashMap<>();
    for (City c : d.cities().cities()) {
      String value = d.extra(c, column);
      if (!value.isEmpty()) {
        tags.put(c.name() + " " + c.country(), value);
      }
    }
    return tags;
  }

  @Nested
  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  class TwinCitiesWorld {
    final Dataset world = Dataset.read(WORLD);

    TwinCitiesWorld() throws Exception {}

    @Test
    void isAConsistentCitynetInput() {
      assertConsistent(world);
    }

    @Test
    void hasTheSeventyZeroKmLinksItsSourceMdCounts() {
      assertThat(samePointLinks(world)).hasSize(70);
    }

    @Test
    void tagsTheFiveForumHostsWithTheYearsOfFactsMd() {
      // mayoral-forum/FACTS.md §2: Barcelona 2014, Quito 2015, Quezon City 2016, Berlin 2017,
      // Marrakech 2018 (GeoNames spells it Marrakesh), Quito 2020.
      assertThat(tagged(world, "forum_host_years"))
          .containsOnly(
              Map.entry("Barcelona ES", "2014"),
              Map.entry("Quito EC", "2015;2020"),
              Map.entry("Quezon City PH", "2016"),
              Map.entry("Berlin DE", "2017"),
              Map.entry("Marrakesh MA", "2018"));
    }

    @Test
    void tagsEveryListedCifalCentreWhoseCityIsANode() {
      // cifal_centres_partial.csv gives coordinates for 13 centres; Singapore has no node at all.
      assertThat(world.cities().cities()).noneMatch(c -> c.country().equals("SG"));
      assertThat(tagged(world, "cifal_centre"))
          .containsOnly(
              Map.entry("Durban ZA", "CIFAL Durban"),
              Map.entry("Atlanta US", "CIFAL Atlanta"),
              Map.entry("Newcastle AU", "CIFAL Newcastle"),
              Map.entry("Quezon City PH", "CIFAL Philippines"),
              Map.entry("Málaga ES", "CIFAL Malaga"),
              Map.entry("Cascais PT", "CIFAL Cascais"),
              Map.entry("Kigali RW", "CIFAL Kigali"),
              Map.entry("Curitiba BR", "CIFAL Curitiba"),
              Map.entry("Shanghai CN", "CIFAL Shanghai"),
              Map.entry("Ouagadougou BF", "CIFAL Ouagadougou"),
              Map.entry("Iwaki JP", "CIFAL Japan"),
              Map.entry("London GB", "CIFAL London"));
    }
  }

  /** "Name (CC) – Name (CC)" of every link whose two cities share a point, in file order. */
  static List<String> samePointLinks(Dataset d) {
    Map<String, City> byId = new HashMap<>();
    d.cities().cities().forEach(c -> byId.put(c.id(), c));
    List<String> found = new ArrayList<>();
    for (Link l : d.links().links()) {
      City a = byId.get(l.source());
      City b = byId.get(l.target());
      if (a.lat() == b.lat() && a.lon() == b.lon()) {
        found.add(a.name() + " (" + a.country() + ") – " + b.name() + " (" + b.country() + ")");
      }
    }
    return found;
  }

  @Nested
  class MayoralForumTwinning {
    @Test
    void isAConsistentCitynetInput() throws Exception {
      assertConsistent(Dataset.read(DEFAULT));
    }

    @Test
    void keepsOnlyTheFourZeroKmLinksItsSourceMdNames() throws Exception {
      assertThat(samePointLinks(Dataset.read(DEFAULT)))
          .containsExactlyInAnyOrder(
              "Portsmouth (GB) – Portsmouth (US)",
              "Athens (GR) – Athens (US)",
              "Cádiz (ES) – San Sebastián de Mariquita (CO)",
              "Montevideo (US) – Montevideo (UY)");
    }

    @Test
    void isExactlyWhatTheExtractCommandInItsSourceMdWrites(@TempDir Path out) throws Exception {
      String command =
          Files.readAllLines(DEFAULT.resolve("SOURCE.md"), UTF_8).stream()
              .filter(line -> line.startsWith("./citynet extract "))
              .findFirst()
              .orElseThrow();
      List<String> args =
          new ArrayList<>(List.of(command.substring("./citynet extract ".length()).split(" ")));
      args.set(args.indexOf("--out") + 1, out.toString());
      StringWriter messages = new StringWriter();
      int exit =
          new CommandLine(new ExtractCommand())
              .setOut(new PrintWriter(messages))
              .setErr(new PrintWriter(messages))
              .execute(args.toArray(String[]::new));
      assertThat(exit).as(messages.toString()).isZero();
      for (String file : List.of("cities.csv", "links.csv")) {
        assertThat(Files.readAllBytes(out.resolve(file)))
            .as(file)
            .isEqualTo(Files.readAllBytes(DEFAULT.resolve(file)));
      }
    }
  }

  /** Reads a memberships dataset with citynet's readers; returns its memberships. */
  static List<Membership> readMemberships(Path dir) throws Exception {
    List<String> warnings = new ArrayList<>();
    CityTable cities = new CityCsvReader(warnings::add).read(dir.resolve("cities.csv"));
    Set<String> ids = new HashSet<>();
    cities.cities().forEach(c -> ids.add(c.id()));
    List<Membership> memberships =
        new MembershipCsvReader(ids, warnings::add).read(dir.resolve("memberships.csv"));
    assertThat(warnings).isEmpty();
    assertThat(cities.extraColumns()).contains("geonameid", "country_from_coords");
    return memberships;
  }

  @Nested
  class GourdonDatasets {
    @Test
    void urbactHoldsEveryNetworkWithItsYears() throws Exception {
      List<Membership> rows = readMemberships(URBACT);
      // urbact/SOURCE.md: 172 networks; 1,510 rows less Berlin listed twice in one network and
      // Morne-à-l'Eau, which has no point.
      assertThat(rows.stream().map(Membership::group).distinct()).hasSize(172);
      assertThat(rows).hasSize(1508);
      List<String> lines = Files.readAllLines(URBACT.resolve("memberships.csv"), UTF_8);
      assertThat(lines.get(0)).isEqualTo("city,group,start,end,role");
      assertThat(lines)
          .contains("2271772,ARRIVAL CITIES,2015,2018,Lead Partner")
          // an ongoing network: no end year
          .contains("2267057,ACCESS,2019,,Partner")
          // Huddersfield, which the source matched to Leeds' GeoNames id
          .contains("2646458,LC-FACIL,2009,2011,Partner");
    }

    @Test
    void migrationNetworksHoldTheChosenNetworksOfBothProgrammes() throws Exception {
      List<Membership> rows = readMemberships(MIGRATION);
      Set<String> groups = new HashSet<>();
      rows.forEach(m -> groups.add(m.group()));
      assertThat(groups)
          .contains("CLIP", "ECCAR", "ARRIVAL CITIES", "OPENCities", "MILE", "Roma-Net")
          .doesNotContain("Covenant of Mayors", "2nd Chance");
      assertThat(Files.readAllLines(MIGRATION.resolve("memberships.csv"), UTF_8).get(0))
          .isEqualTo("city,group,start,end,role,programme");
    }

    @ParameterizedTest
    @ValueSource(strings = {"urbact", "migration-networks"})
    void isExactlyWhatItsDeriveScriptWrites(String name, @TempDir Path out) throws Exception {
      Assumptions.assumeTrue(
          Files.isDirectory(SHARED_DATA.resolve("urbact")), "no ../shared/data beside the repo");
      ExternalTools.require(ExternalTools.PYTHON, "python3");
      Path dataset = Path.of("datasets", name);
      ExternalTools.Result run =
          ExternalTools.run(
              List.of(
                  ExternalTools.PYTHON,
                  dataset.resolve("derive.py").toString(),
                  SHARED_DATA.toString(),
                  "--out",
                  out.toString()),
              120);
      assertThat(run.exitCode()).as(run.output()).isZero();
      for (String file : List.of("cities.csv", "memberships.csv")) {
        assertThat(Files.readAllBytes(out.resolve(file)))
            .as(file)
            .isEqualTo(Files.readAllBytes(dataset.resolve(file)));
      }
    }
  }

  @Test
  void twinCitiesWorldIsExactlyWhatItsDeriveScriptWrites(@TempDir Path out) throws Exception {
    Assumptions.assumeTrue(
        Files.isDirectory(SHARED_DATA.resolve("sister-cities-wikipedia")),
        "no ../shared/data beside the repo");
    ExternalTools.require(ExternalTools.PYTHON, "python3");
    ExternalTools.Result run =
        ExternalTools.run(
            List.of(
                ExternalTools.PYTHON,
                WORLD.resolve("derive.py").toString(),
                SHARED_DATA.resolve("sister-cities-wikipedia").toString(),
                "--gazetteer",
                SHARED_DATA.resolve("cities").toString(),
                "--world",
                SHARED_DATA.resolve("world/ne_50m_admin_0_countries.geojson").toString(),
                "--out",
                out.toString()),
            120);
    assertThat(run.exitCode()).as(run.output()).isZero();
    for (String file : List.of("cities.csv", "links.csv")) {
      assertThat(Files.readAllBytes(out.resolve(file)))
          .as(file)
          .isEqualTo(Files.readAllBytes(WORLD.resolve(file)));
    }
  }
}
