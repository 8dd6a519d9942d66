package org.citynet.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class ActiveYearsTest {
  private static final YearSpan INPUT = new YearSpan(2000, 2019);

  @Test
  void missingStartAndEndStandForTheInputsFirstAndLastYear() {
    assertThat(ActiveYears.since(2015).within(INPUT)).isEqualTo(new YearSpan(2015, 2019));
    assertThat(ActiveYears.ALWAYS.within(INPUT)).isEqualTo(INPUT);
    assertThat(new ActiveYears(OptionalInt.empty(), OptionalInt.of(2003)).within(INPUT))
        .isEqualTo(new YearSpan(2000, 2003));
  }

  @Test
  void inputSpanRunsFromEarliestToLatestYearGiven() {
    assertThat(
            ActiveYears.span(
                List.of(
                    ActiveYears.since(2008), ActiveYears.between(2000, 2006), ActiveYears.ALWAYS)))
        .contains(new YearSpan(2000, 2008));
    assertThat(ActiveYears.span(List.of(ActiveYears.ALWAYS))).isEmpty();
  }

  @Test
  void overlapIsTheSharedYearsAndEmptyWhenThereAreNone() {
    assertThat(ActiveYears.between(2000, 2006).overlap(ActiveYears.since(2004)))
        .contains(ActiveYears.between(2004, 2006));
    assertThat(ActiveYears.between(2000, 2006).overlap(ActiveYears.between(2006, 2009)))
        .contains(ActiveYears.between(2006, 2006));
    assertThat(ActiveYears.between(2000, 2006).overlap(ActiveYears.since(2007))).isEmpty();
  }

  @Test
  void hullKeepsAnOpenEndOpen() {
    assertThat(ActiveYears.between(2000, 2006).hull(ActiveYears.since(2010)))
        .isEqualTo(ActiveYears.since(2000));
  }

  @Test
  void refusesAnEndBeforeTheStart() {
    assertThatThrownBy(() -> ActiveYears.between(2006, 2000))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new YearSpan(2000, 2006).overlaps(new YearSpan(2006, 2010))).isTrue();
    assertThat(new YearSpan(2000, 2006).overlaps(new YearSpan(2007, 2010))).isFalse();
  }
}
