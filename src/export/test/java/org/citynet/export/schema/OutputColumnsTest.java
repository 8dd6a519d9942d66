package org.citynet.export.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalLong;
import org.citynet.model.BrokerRank;
import org.citynet.model.City;
import org.citynet.model.CityMetrics;
import org.citynet.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OutputColumnsTest {
  @Test
  void keepsDistinctExtraColumnNamesAsTheyAre() {
    assertThat(OutputColumns.extraColumnNames(List.of("note", "a \"b\"; --")))
        .containsExactly("note", "a \"b\"; --");
  }

  @Test
  void suffixesExtraColumnNamesThatClashWithBuiltInOrReservedNamesIgnoringCase() {
    assertThat(OutputColumns.extraColumnNames(List.of("Name", "FID", "geom", "Label", "degree")))
        .containsExactly("Name_input", "FID_input", "geom_input", "Label_input", "degree_input");
  }

  @Test
  void suffixesDuplicateExtraColumnNamesUntilTheyAreUnique() {
    assertThat(
            OutputColumns.extraColumnNames(
                List.of("name_input", "name", "note", "NOTE", "note_input")))
        .containsExactly(
            "name_input", "name_input_input", "note", "NOTE_input", "note_input_input");
  }

  @Test
  void namesEmptyExtraColumnsByPosition() {
    assertThat(OutputColumns.extraColumnNames(List.of("a", "", " ", "extra_2")))
        .containsExactly("a", "extra_2", "extra_3", "extra_2_input");
  }

  @Test
  void replacesTheNulCharacterSqliteCannotStore() {
    assertThat(OutputColumns.extraColumnNames(List.of("a\0b"))).containsExactly("a\uFFFDb");
  }

  @Test
  void namesEveryColumnOnceWithinItsTableIgnoringCase() {
    for (List<? extends OutputColumn<?>> table :
        List.of(
            OutputColumns.citiesWithoutExtras(),
            OutputColumns.regions(),
            OutputColumns.countries(),
            OutputColumns.provenance(),
            OutputColumns.summary())) {
      assertThat(table.stream().map(c -> c.name().toLowerCase(java.util.Locale.ROOT)))
          .doesNotHaveDuplicates();
    }
  }

  @Test
  void treatsEmptyTextAndNonFiniteNumbersAsMissing() {
    assertThat(OutputColumn.<String>text("t", "", s -> s).valueOf("")).isNull();
    assertThat(OutputColumn.<Double>real("r", "", "", d -> d).valueOf(Double.NaN)).isNull();
    assertThat(OutputColumn.<Double>real("r", "", "", d -> d).valueOf(Double.NEGATIVE_INFINITY))
        .isNull();
    assertThat(OutputColumn.<Integer>integer("i", "", "", i -> i).valueOf(3)).isEqualTo(3L);
    assertThat(OutputColumn.<Double>real("r", "", "", d -> d).text(1e-5)).isEqualTo("1.0E-5");
  }

  @ParameterizedTest
  @CsvSource({
    "R1_ULTRA_PERIPHERAL, R1, ultra-peripheral",
    "R2_PERIPHERAL, R2, peripheral",
    "R3_NON_HUB_CONNECTOR, R3, non-hub connector",
    "R4_NON_HUB_KINLESS, R4, non-hub kinless",
    "R5_PROVINCIAL_HUB, R5, provincial hub",
    "R6_CONNECTOR_HUB, R6, connector hub",
    "R7_KINLESS_HUB, R7, kinless hub"
  })
  void writesEachRoleAsThePapersCodeAndName(Role role, String code, String name) {
    List<OutputColumn<CityMetrics>> columns = OutputColumns.citiesWithoutExtras();
    CityMetrics city =
        new CityMetrics(
            new City("1", "A", "ES", 0, 0, OptionalLong.empty(), List.of()),
            "Europe",
            "",
            1,
            1,
            0,
            0,
            0,
            1,
            1,
            1,
            0,
            0,
            0,
            0,
            0,
            role,
            Double.NaN,
            CityMetrics.NOT_COMPUTED,
            BrokerRank.NONE,
            1);

    assertThat(columns.get(OutputColumns.indexOf(columns, "role")).text(city)).isEqualTo(code);
    assertThat(columns.get(OutputColumns.indexOf(columns, "role_name")).text(city)).isEqualTo(name);
  }
}
