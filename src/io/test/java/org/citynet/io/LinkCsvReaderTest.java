package org.citynet.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.citynet.model.ActiveYears;
import org.citynet.model.Link;
import org.citynet.model.LinkTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCsvReaderTest {
  @TempDir Path dir;
  final List<String> warnings = new ArrayList<>();

  LinkTable read(String content) throws Exception {
    Path file = dir.resolve("links.csv");
    Files.writeString(file, content, UTF_8);
    return new LinkCsvReader(warnings::add).read(file);
  }

  @Test
  void defaultsWeightToOneAndKeepsTypeYearAndExtraColumns() throws Exception {
    LinkTable t = read("source,target,type,year,since\na,b,twinning,1985,treaty\nb,c,,,\n");
    Link first = t.links().get(0);
    assertThat(first.weight()).isEqualTo(1.0);
    assertThat(first.type()).isEqualTo("twinning");
    assertThat(first.years()).isEqualTo(ActiveYears.since(1985));
    assertThat(first.line()).isEqualTo(2);
    assertThat(first.extras()).containsExactly("treaty");
    assertThat(t.extraColumns()).containsExactly("since");
    assertThat(t.links().get(1).years()).isSameAs(ActiveYears.ALWAYS);
  }

  @Test
  void rejectsZeroNegativeAndNonNumericWeights() {
    assertThatThrownBy(() -> read("source,target,weight\na,b,0\na,c,-2\na,d,x\n"))
        .isInstanceOfSatisfying(
            InputException.class,
            e ->
                assertThat(e.problems())
                    .extracting(InputProblem::describe)
                    .containsExactly(
                        dir.resolve("links.csv")
                            + ":2: column 'weight': value 0 is not greater than 0 — give a positive"
                            + " weight, or leave it empty for 1",
                        dir.resolve("links.csv")
                            + ":3: column 'weight': value -2 is not greater than 0 — give a"
                            + " positive weight, or leave it empty for 1",
                        dir.resolve("links.csv")
                            + ":4: column 'weight': 'x' is not a number — write a decimal number"
                            + " with a point, e.g. 41.38"));
  }

  @Test
  void namesMissingTargetColumn() {
    assertThatThrownBy(() -> read("source,dest\na,b\n"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining(":1: column 'target': required column is missing");
  }

  @Test
  void readsStartAsYearAndEndAndNamesColumnsAsTheFileDoes() throws Exception {
    LinkTable t = read("Source,Target,Start,End\na,b,2000,2006\nb,c,2007,\n");
    assertThat(t.links())
        .extracting(Link::years)
        .containsExactly(ActiveYears.between(2000, 2006), ActiveYears.since(2007));
    assertThatThrownBy(() -> read("source,target,Start,End\na,b,2006,2000\n"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining(":2: column 'End': end year 2000 is before start year 2006");
  }
}
