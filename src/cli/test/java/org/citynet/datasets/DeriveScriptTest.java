package org.citynet.datasets;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.citynet.testing.ExternalTools;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code datasets/twin-cities-world/derive.py} on a small synthetic input (see the fixture's
 * README) and checks its matching rules: GeoNames id first, else the same name and country within
 * 30 km, never a centre without coordinates; and its moves of cities geocoded at a namesake abroad.
 */
class DeriveScriptTest {
  static final Path SCRIPT = Path.of("datasets/twin-cities-world/derive.py");

  @TempDir Path out;
  ExternalTools.Result run;

  @BeforeEach
  void derive() throws Exception {
    ExternalTools.require(ExternalTools.PYTHON, "python3");
    run = derive(out);
    assertThat(run.exitCode()).as(run.output()).isZero();
  }

  ExternalTools.Result derive(Path into) throws Exception {
    Path fixture = Path.of(getClass().getResource("/org/citynet/datasets/derive").toURI());
    return ExternalTools.run(
        List.of(
            ExternalTools.PYTHON,
            SCRIPT.toString(),
            fixture.resolve("sister-cities").toString(),
            "--mayoral-forum",
            fixture.resolve("mayoral-forum").toString(),
            "--out",
            into.toString()),
        60);
  }

  @Test
  void addsTheSeedColumnsAndKeepsEveryNodeInSourceOrder() throws Exception {
    assertThat(Files.readString(out.resolve("cities.csv"), UTF_8))
        .isEqualTo(
            "id,name,country,lat,lon,population,geonameid,country_from_coords,forum_host_years,"
                + "cifal_centre\r\n"
                + "1,Alpha,ES,40.0000,0.0000,1000,111,ES,2014;2020,CIFAL Alpha\r\n"
                + "2,Béta,FR,45.0000,5.0000,,,FR,2016,\r\n"
                + "3,Gamma,DE,50.0000,10.0000,,,,,\r\n"
                + "4,Delta,IT,42.0000,12.0000,,444,IT,,\r\n"
                + "5,Beta,FR,46.0000,5.0000,20,,FR,,\r\n"
                + "6,Epsilon,PT,39.0000,-9.0000,,,PT,,CIFAL Epsilon\r\n"
                + "7,\"Zeta, Upper\",ES,41.0000,1.0000,,,ES,,\r\n");
  }

  @Test
  void keepsTheLinksWithoutTheDistanceColumn() throws Exception {
    assertThat(Files.readString(out.resolve("links.csv"), UTF_8))
        .isEqualTo("source,target,both_directions_listed\r\n1,2,1\r\n2,3,0\r\n5,2,0\r\n");
  }

  @Test
  void reportsHowEachHostAndCentreWasMatchedOrWhyNot() {
    assertThat(run.output())
        .contains("2020 Alfa (ES) -> node 1 Alpha (ES) by geonameid 111")
        .contains("2016 Beta (FR) -> node 2 Béta (FR) by same name and country, 11.1 km away")
        .contains("2018 Omega (GR): NOT MATCHED, no node with geonameid 999")
        .contains(
            "CIFAL Gamma (Gamma, Germany): NOT MATCHED, no node with geonameid 333 nor named"
                + " 'Gamma' in DE within 30 km")
        .contains(
            "CIFAL Delta (Delta, Italy): NOT MATCHED, the source gives no city with coordinates")
        .contains("CIFAL Epsilon (Epsilon (Some Province), Portugal) -> node 6 Epsilon (PT)");
  }

  @Test
  void writesTheSameBytesOnASecondRun(@TempDir Path again) throws Exception {
    derive(again);
    for (String file : List.of("cities.csv", "links.csv")) {
      assertThat(Files.readAllBytes(again.resolve(file)))
          .isEqualTo(Files.readAllBytes(out.resolve(file)));
    }
  }

  @Test
  void movesCitiesGeocodedAtANamesakeWhenGeoNamesHasOnePlaceOfTheirName(@TempDir Path moved)
      throws Exception {
    Path fixture = Path.of(getClass().getResource("/org/citynet/datasets/relocate").toURI());
    ExternalTools.Result result =
        ExternalTools.run(
            List.of(
                ExternalTools.PYTHON,
                SCRIPT.toString(),
                fixture.resolve("sister-cities").toString(),
                "--mayoral-forum",
                fixture.resolve("mayoral-forum").toString(),
                "--gazetteer",
                fixture.resolve("cities").toString(),
                "--world",
                fixture.resolve("world.geojson").toString(),
                "--out",
                moved.toString()),
            60);
    assertThat(result.exitCode()).as(result.output()).isZero();
    assertThat(Files.readAllLines(moved.resolve("cities.csv"), UTF_8))
        // 0 km from Alpha and no GeoNames match: moved to the only Gamma in FR, now inside FR
        .anyMatch(l -> l.startsWith("2,Gamma,FR,45.0000,5.0000,25000,222,FR,"))
        // two places named Delta in FR: ambiguous, left
        .anyMatch(l -> l.startsWith("3,Delta,FR,40.5000,0.5000,,,ES,"))
        // its GeoNames place is 13.6 km away: a border drawn coarsely, left
        .anyMatch(l -> l.startsWith("4,Epsilon,ES,45.1000,5.1000,,,FR,"))
        // the qualifier and the accent do not stop the match
        .anyMatch(l -> l.startsWith("5,Zeta (Upper),FR,48.0000,6.0000,18000,555,FR,"));
    assertThat(result.output())
        .contains("node 2 Gamma (FR) at 40.0000,0.0000, 0 km from Alpha (ES, node 1): MOVED 690 km")
        .contains("node 3 Delta (FR) at 40.5000,0.5000, point in ES: LEFT, 2 places of that name")
        .contains("LEFT, GeoNames 444 is only 13.6 km away")
        .contains("2 nodes moved");
    assertThat(Files.readString(moved.resolve("links.csv"), UTF_8))
        .isEqualTo("source,target,both_directions_listed\r\n1,2,0\r\n1,3,0\r\n3,4,1\r\n");
  }
}
