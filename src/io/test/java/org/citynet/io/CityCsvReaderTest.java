package org.citynet.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.citynet.model.City;
import org.citynet.model.CityTable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CityCsvReaderTest {
  @TempDir Path dir;
  final List<String> warnings = new ArrayList<>();

  CityTable read(String content) throws Exception {
    return new CityCsvReader(warnings::add).read(write(content));
  }

  Path write(String content) throws IOException {
    Path file = dir.resolve("cities.csv");
    Files.writeString(file, content, UTF_8);
    return file;
  }

  List<String> problems(String content) {
    try {
      read(content);
    } catch (InputException e) {
      return e.problems().stream().map(InputProblem::describe).toList();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("expected an input problem");
  }

  @Nested
  class GoodInput {
    @Test
    void readsRequiredAndOptionalColumnsAndCarriesTheRest() throws Exception {
      CityTable t =
          read(
              "id,name,country,lat,lon,population,mayor\n"
                  + "1,Barcelona,es,41.38879,2.15899,1621537,\"Colau, Ada\"\n"
                  + "2,Quito,EC,-0.22985,-78.52495,,\n");
      assertThat(t.extraColumns()).containsExactly("mayor");
      City bcn = t.cities().get(0);
      assertThat(bcn.country()).isEqualTo("ES");
      assertThat(bcn.lat()).isEqualTo(41.38879);
      assertThat(bcn.population()).hasValue(1621537);
      assertThat(bcn.extras()).containsExactly("Colau, Ada");
      assertThat(t.cities().get(1).population()).isEmpty();
    }

    @Test
    void toleratesByteOrderMarkAndCaseInsensitiveHeaders() throws Exception {
      CityTable t = read("\uFEFFID,Name,COUNTRY,Latitude,Lng\r\nx,Berlin,DE,52.5,13.4\r\n");
      assertThat(t.cities()).extracting(City::id).containsExactly("x");
      assertThat(t.cities().get(0).lon()).isEqualTo(13.4);
    }

    @Test
    void keepsQuotedNewlinesInsideFields() throws Exception {
      CityTable t = read("id,name,country,lat,lon,note\n1,Quezon City,PH,14.6,121.0,\"a\nb\"\n");
      assertThat(t.cities().get(0).extras()).containsExactly("a\nb");
    }

    @Test
    void warnsAboutNullIsland() throws Exception {
      read("id,name,country,lat,lon\n1,Nowhere,GH,0,0\n");
      assertThat(warnings).singleElement().asString().contains("cities.csv:2").contains("0,0");
    }

    @Test
    void acceptsTaiwanAndKosovoCodes() throws Exception {
      CityTable t =
          read("id,name,country,lat,lon\n1,Taipei,TW,25.03,121.56\n2,Pristina,XK,42.67,21.17\n");
      assertThat(t.cities()).hasSize(2);
    }
  }

  @Nested
  class BadInput {
    @Test
    void namesMissingRequiredColumns() {
      assertThat(problems("id,name,lat,lon\n1,A,1,1\n"))
          .singleElement()
          .asString()
          .startsWith(
              dir.resolve("cities.csv") + ":1: column 'country': required column is missing")
          .contains("header has: id, name, lat, lon");
    }

    @Test
    void reportsDuplicateIdsWithTheFirstLine() {
      assertThat(problems("id,name,country,lat,lon\n7,A,ES,1,1\n7,B,ES,2,2\n"))
          .singleElement()
          .asString()
          .contains(":3: column 'id': id '7' already used on line 2");
    }

    @Test
    void reportsEveryBadCoordinateWithLineAndColumn() {
      assertThat(
              problems(
                  "id,name,country,lat,lon\n1,A,ES,91,0\n2,B,ES,1,abc\n3,C,ES,NaN,1\n4,D,ES,,1\n"))
          .containsExactly(
              dir.resolve("cities.csv")
                  + ":2: column 'lat': value 91 is not between -90 and 90; with lon 0 the two look"
                  + " swapped — swap the lat and lon values (or the two headers, if the whole file"
                  + " is swapped)",
              dir.resolve("cities.csv")
                  + ":3: column 'lon': 'abc' is not a number — write a decimal number with a point,"
                  + " e.g. 41.38",
              dir.resolve("cities.csv")
                  + ":4: column 'lat': 'NaN' is not a finite number — write a decimal number",
              dir.resolve("cities.csv")
                  + ":5: column 'lat': value is empty — write a decimal number with a point, e.g."
                  + " 41.38");
    }

    @Test
    void rejectsUnknownCountryCodes() {
      assertThat(problems("id,name,country,lat,lon\n1,A,Spain,1,1\n"))
          .singleElement()
          .asString()
          .contains("column 'country': 'Spain' is not an ISO 3166-1 alpha-2 country code");
    }

    @Test
    void rejectsEmptyFileAndHeaderOnly() {
      assertThat(problems("")).singleElement().asString().contains("file is empty");
      assertThat(problems("id,name,country,lat,lon\n"))
          .singleElement()
          .asString()
          .contains("has a header but no cities");
    }

    @Test
    void rejectsInvalidUtf8() throws Exception {
      Path file = dir.resolve("cities.csv");
      Files.write(
          file, "id,name,country,lat,lon\n1,M\u00e1laga,ES,36.7,-4.4\n".getBytes("windows-1252"));
      assertThatThrownBy(() -> new CityCsvReader(warnings::add).read(file))
          .isInstanceOf(InputException.class)
          .hasMessageContaining("is not valid UTF-8");
    }

    @Test
    void reportsMissingFile() {
      assertThatThrownBy(() -> new CityCsvReader(warnings::add).read(dir.resolve("nope.csv")))
          .isInstanceOf(InputException.class)
          .hasMessageContaining("nope.csv: file not found");
    }

    @Test
    void listsTwentyProblemsThenCountsTheRest() {
      StringBuilder csv = new StringBuilder("id,name,country,lat,lon\n");
      for (int i = 0; i < 25; i++) {
        csv.append(i).append(",A,ES,100,0\n");
      }
      List<String> p = problems(csv.toString());
      assertThat(p).hasSize(21);
      assertThat(p.get(20)).contains("and 5 more problems");
    }
  }
}
