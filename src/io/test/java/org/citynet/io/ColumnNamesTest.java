package org.citynet.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnNamesTest {
  @Test
  void countsAnAdjacentTranspositionAsOneEdit() {
    assertThat(ColumnNames.distance("latitdue", "latitude")).isEqualTo(1);
    assertThat(ColumnNames.distance("contry", "country")).isEqualTo(1);
  }

  @Test
  void matchesTextbookDistances() {
    assertThat(ColumnNames.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(ColumnNames.distance("", "abc")).isEqualTo(3);
    assertThat(ColumnNames.distance("abc", "abc")).isZero();
    // optimal string alignment may not edit a substring twice, unlike full Damerau-Levenshtein (2)
    assertThat(ColumnNames.distance("ca", "abc")).isEqualTo(3);
  }

  @Test
  void suggestsTheClosestHeaderForAMissingColumn() {
    assertThat(ColumnNames.closest(List.of("id", "Latitud"), List.of("lat", "latitude", "y")))
        .hasValue(new ColumnNames.Suggestion("Latitud", "latitude"));
  }

  @Test
  void leavesShortNamesAloneUnlessOneEditAway() {
    assertThat(ColumnNames.closest(List.of("lat"), List.of("lon", "lng"))).isEmpty();
    assertThat(ColumnNames.closest(List.of("lo"), List.of("lon")))
        .hasValue(new ColumnNames.Suggestion("lo", "lon"));
  }

  @Test
  void pointsAtANameWithAUnit() {
    assertThat(ColumnNames.closest(List.of("population (2020)"), List.of("population")))
        .hasValue(new ColumnNames.Suggestion("population (2020)", "population"));
  }
}
