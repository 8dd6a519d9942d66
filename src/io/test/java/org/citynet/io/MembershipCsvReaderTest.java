package org.citynet.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.citynet.model.ActiveYears;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MembershipCsvReaderTest {
  @TempDir Path dir;

  private List<Membership> read(String content) throws Exception {
    Path file = dir.resolve("memberships.csv");
    Files.writeString(file, content, UTF_8);
    return new MembershipCsvReader(Set.of("a", "b", "c"), w -> {}).read(file);
  }

  private String file() {
    return dir.resolve("memberships.csv").toString();
  }

  @Test
  void readsRowsWithServiceValuesDefaultingToOne() throws Exception {
    List<Membership> m =
        read("city,group,weight,note\na,Eurocities,3,x\nb,Eurocities,,\nc,UCLG,0,\n");

    assertThat(m)
        .containsExactly(
            new Membership("a", "Eurocities", 3, 2),
            new Membership("b", "Eurocities", 1, 3),
            new Membership("c", "UCLG", 0, 4));
  }

  @Test
  void readsFilesWithoutAWeightColumn() throws Exception {
    assertThat(read("Group,City\nMetropolis,a\n"))
        .containsExactly(new Membership("a", "Metropolis", 1, 2));
  }

  @Test
  void locatesEveryBadRow() {
    assertThatThrownBy(
            () -> read("city,group,weight\na,G,-1\nb,G,many\nzz,G,1\n,G,1\nc,,1\na,H,1\na,H,2\n"))
        .isInstanceOfSatisfying(
            InputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(InputProblem::describe)
                    .containsExactly(
                        file()
                            + ":2: column 'weight': value -1 is not a number >= 0 — give a service"
                            + " value of 0 or more, or leave it empty for 1",
                        file()
                            + ":3: column 'weight': 'many' is not a number — write a decimal number"
                            + " with a point, e.g. 41.38",
                        file()
                            + ":4: column 'city': no city has id 'zz' — add the city to the cities"
                            + " file or correct the id",
                        file() + ":5: column 'city': city id is empty — name the member city's id",
                        file() + ":6: column 'group': group is empty — name the group",
                        file()
                            + ":8: column 'group': city 'a' is already in group 'H' on line 7 —"
                            + " give each city and group once; put the service value in the weight"
                            + " column"));
  }

  @Test
  void namesMissingColumns() {
    assertThatThrownBy(() -> read("town,weight\na,1\n"))
        .isInstanceOfSatisfying(
            InputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(InputProblem::column)
                    .containsExactly("city", "group"));
  }

  @Test
  void rejectsAFileWithoutMemberships() {
    assertThatThrownBy(() -> read("city,group\n"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("has a header but no memberships");
  }

  @Test
  void listsTwentyProblemsAndCountsTheRest() {
    StringBuilder csv = new StringBuilder("city,group\n");
    for (int i = 0; i < 25; i++) {
      csv.append("nowhere").append(i).append(",G\n");
    }

    assertThatThrownBy(() -> read(csv.toString()))
        .isInstanceOfSatisfying(
            InputException.class,
            e -> {
              assertThat(e.problems()).hasSize(21);
              assertThat(e.problems().get(20).message()).isEqualTo("and 5 more problems");
            });
  }

  @Test
  void readsStartAndEndYearsWithAnEmptyEndStillActive() throws Exception {
    assertThat(read("city,group,start,end\na,ARRIVAL,2015,2018\nb,ACCESS,2019,\nc,ACCESS,,\n"))
        .containsExactly(
            new Membership("a", "ARRIVAL", 1, ActiveYears.between(2015, 2018), 2),
            new Membership("b", "ACCESS", 1, ActiveYears.since(2019), 3),
            new Membership("c", "ACCESS", 1, ActiveYears.ALWAYS, 4));
  }

  @Test
  void locatesBadYears() {
    assertThatThrownBy(() -> read("city,group,start,end\na,G,2015,2008\nb,G,15,\nc,G,2001,x\n"))
        .isInstanceOfSatisfying(
            InputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(InputProblem::describe)
                    .containsExactly(
                        file()
                            + ":2: column 'end': end year 2008 is before start year 2015 — correct"
                            + " the years, or swap them if they are the wrong way round",
                        file()
                            + ":3: column 'start': '15' is not a year between 1000 and 2999 — give"
                            + " the first active year, like 2016",
                        file()
                            + ":4: column 'end': 'x' is not a year between 1000 and 2999 — give the"
                            + " last active year, or leave it empty when still active"));
  }
}
