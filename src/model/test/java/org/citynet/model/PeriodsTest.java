package org.citynet.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PeriodsTest {
  @Test
  void readsYearAndListsOfSpansAndSingleYears() {
    assertThat(Periods.parse("year")).isSameAs(Periods.EACH_YEAR);
    assertThat(Periods.parse("2000-2006, 2007-2013,2014").within(new YearSpan(1990, 2020)))
        .containsExactly(
            new YearSpan(2000, 2006), new YearSpan(2007, 2013), new YearSpan(2014, 2014));
    assertThat(Periods.EACH_YEAR.within(new YearSpan(2000, 2002)))
        .extracting(YearSpan::label)
        .containsExactly("2000", "2001", "2002");
  }

  @Test
  void saysWhatIsWrongWithABadList() {
    assertThatThrownBy(() -> Periods.parse("2000-2006,2007-13"))
        .hasMessage(
            "'2007-13' is not a period; write 'year' or periods like 2000-2006,2007-2013"
                + " (four-digit years, first-last)");
    assertThatThrownBy(() -> Periods.parse("2006-2000"))
        .hasMessage("period '2006-2000' ends before it starts; write it as 2000-2006");
    assertThatThrownBy(() -> Periods.parse("2000-2006,2005-2010"))
        .hasMessage(
            "period 2005-2010 does not start after 2000-2006; list periods in order, without"
                + " overlap");
    assertThatThrownBy(() -> Periods.parse("2000-2006,,2010"))
        .hasMessageStartingWith("'' is not a period");
  }
}
