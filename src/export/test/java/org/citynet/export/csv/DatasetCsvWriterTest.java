package org.citynet.export.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.citynet.io.CityCsvReader;
import org.citynet.io.LinkCsvReader;
import org.citynet.model.ActiveYears;
import org.citynet.model.City;
import org.citynet.model.CityTable;
import org.citynet.model.Link;
import org.citynet.model.LinkTable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetCsvWriterTest {
  @TempDir Path dir;

  static City city(String id, String name, OptionalLong population, String... extras) {
    return new City(id, name, "ES", 41.5, 2.25, population, List.of(extras));
  }

  static Link link(String source, String target, String... extras) {
    return new Link(source, target, 1, "", ActiveYears.ALWAYS, 0, List.of(extras));
  }

  @Nested
  class Quoting {
    final CityTable tricky =
        new CityTable(
            List.of(
                city("1", "Washington, D.C.", OptionalLong.of(700), "say \"hi\""),
                city("2", "Two\nLines", OptionalLong.empty(), "=HYPERLINK(\"x\")"),
                city("3", "Plain", OptionalLong.of(5), "")),
            List.of("note"));

    @Test
    void quotesOnlyFieldsWithCommasQuotesOrLineBreaks() throws Exception {
      Path file = dir.resolve("cities.csv");
      DatasetCsvWriter.writeCities(tricky, Set.of("1", "2", "3"), file);
      assertThat(Files.readString(file, UTF_8))
          .isEqualTo(
              "id,name,country,lat,lon,population,note\r\n"
                  + "1,\"Washington, D.C.\",ES,41.5,2.25,700,\"say \"\"hi\"\"\"\r\n"
                  + "2,\"Two\nLines\",ES,41.5,2.25,,\"=HYPERLINK(\"\"x\"\")\"\r\n"
                  + "3,Plain,ES,41.5,2.25,5,\r\n");
    }

    @Test
    void roundTripsThroughTheCitiesReader() throws Exception {
      Path file = dir.resolve("cities.csv");
      DatasetCsvWriter.writeCities(tricky, Set.of("1", "2", "3"), file);
      assertThat(new CityCsvReader(w -> {}).read(file)).isEqualTo(tricky);
    }

    @Test
    void keepsALeadingEqualsSignAsData() throws Exception {
      CityTable formula =
          new CityTable(List.of(city("=1+2", "=SUM(A1:A9)", OptionalLong.empty())), List.of());
      Path file = dir.resolve("cities.csv");
      DatasetCsvWriter.writeCities(formula, Set.of("=1+2"), file);
      assertThat(Files.readString(file, UTF_8)).endsWith("\r\n=1+2,=SUM(A1:A9),ES,41.5,2.25\r\n");
      assertThat(new CityCsvReader(w -> {}).read(file)).isEqualTo(formula);
    }
  }

  @Nested
  class Selection {
    final LinkTable links =
        new LinkTable(
            List.of(
                link("a", "b", "x,1"),
                link("b", "c", "x2"),
                link("c", "a", "x3"),
                link("b", "a", "repeat"),
                link("a", "a", "self")),
            List.of("note"));

    @Test
    void keepsEveryLinkRowWhoseTwoEndsAreSelectedInInputOrder() throws Exception {
      Path file = dir.resolve("links.csv");
      int written = DatasetCsvWriter.writeLinks(links, Set.of("a", "b"), file);
      assertThat(written).isEqualTo(3);
      assertThat(Files.readString(file, UTF_8))
          .isEqualTo("source,target,note\r\na,b,\"x,1\"\r\nb,a,repeat\r\na,a,self\r\n");
    }

    @Test
    void writesOnlyTheSelectedCities() throws Exception {
      CityTable cities =
          new CityTable(
              List.of(
                  city("a", "A", OptionalLong.empty()),
                  city("b", "B", OptionalLong.empty()),
                  city("c", "C", OptionalLong.empty())),
              List.of());
      Path file = dir.resolve("cities.csv");
      assertThat(DatasetCsvWriter.writeCities(cities, Set.of("c", "a"), file)).isEqualTo(2);
      assertThat(new CityCsvReader(w -> {}).read(file).cities())
          .extracting(City::id)
          .containsExactly("a", "c");
    }
  }

  @Nested
  class OptionalColumns {
    @Test
    void leavesOutKnownColumnsThatNoRowFills() throws Exception {
      Path file = dir.resolve("links.csv");
      DatasetCsvWriter.writeLinks(
          new LinkTable(List.of(link("a", "b")), List.of()), Set.of("a", "b"), file);
      assertThat(Files.readString(file, UTF_8)).isEqualTo("source,target\r\na,b\r\n");
    }

    @Test
    void keepsAColumnThatOnlyUnselectedRowsFill() throws Exception {
      CityTable cities =
          new CityTable(
              List.of(city("a", "A", OptionalLong.empty()), city("b", "B", OptionalLong.of(9))),
              List.of());
      Path file = dir.resolve("cities.csv");
      DatasetCsvWriter.writeCities(cities, Set.of("a"), file);
      assertThat(Files.readString(file, UTF_8))
          .isEqualTo("id,name,country,lat,lon,population\r\na,A,ES,41.5,2.25,\r\n");
    }

    @Test
    void writesWeightTypeAndYearInShortestPlainForm() throws Exception {
      LinkTable table =
          new LinkTable(
              List.of(
                  new Link("a", "b", 2.5, "twinning", ActiveYears.since(1985), 2, List.of()),
                  new Link("b", "c", 1, "", ActiveYears.ALWAYS, 3, List.of()),
                  new Link("c", "a", 1e-4, "", ActiveYears.ALWAYS, 4, List.of())),
              List.of());
      Path file = dir.resolve("links.csv");
      DatasetCsvWriter.writeLinks(table, Set.of("a", "b", "c"), file);
      assertThat(Files.readString(file, UTF_8))
          .isEqualTo(
              "source,target,weight,type,year\r\n"
                  + "a,b,2.5,twinning,1985\r\n"
                  + "b,c,1,,\r\n"
                  + "c,a,0.0001,,\r\n");
      // the reader sets each row's line number; everything else must come back unchanged
      assertThat(new LinkCsvReader(w -> {}).read(file).links())
          .usingRecursiveFieldByFieldElementComparatorIgnoringFields("line")
          .isEqualTo(table.links());
    }
  }
}
