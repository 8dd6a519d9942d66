package org.citynet.export.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
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

  @Test
  void writesCountsWithThousandsSeparatorsAsTheUkFormatterDoes() {
    for (long n :
        new long[] {
          0,
          7,
          999,
          1_000,
          12_345,
          100_000,
          999_999,
          1_048_576,
          -1,
          -1_000,
          -123_456_789,
          Long.MAX_VALUE,
          Long.MIN_VALUE
        }) {
      assertThat(Phrases.count(n)).as("%d", n).isEqualTo(String.format(Locale.UK, "%,d", n));
    }
  }
}
