package org.citynet.export.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PhrasesTest {
  @Test
  void shortensRunsOfThreeOrMoreNumbersToARange() {
    assertThat(Phrases.numbers(List.of(1, 3, 4, 5, 7, 9, 10))).isEqualTo("1, 3–5, 7, 9 and 10");
    assertThat(Phrases.numbers(List.of(0, 1, 2, 3))).isEqualTo("0–3");
    assertThat(Phrases.numbers(List.of(4, 5))).isEqualTo("4 and 5");
    assertThat(Phrases.numbers(List.of(8))).isEqualTo("8");
    assertThat(Phrases.numbers(List.of())).isEmpty();
  }

  @Test
  void joinsAListWithCommasAndAFinalAnd() {
    assertThat(Phrases.list(List.of("a", "b", "c"))).isEqualTo("a, b and c");
    assertThat(Phrases.list(List.of("a"))).isEqualTo("a");
  }
}
