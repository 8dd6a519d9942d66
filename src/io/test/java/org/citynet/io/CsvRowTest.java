package org.citynet.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CsvRowTest {
  @Test
  void acceptsPlainDecimalsWithAPoint() {
    assertThat(new String[] {"41.38", "-0.5", "+2", ".5", "5.", "1e3", "-2.5E-3", "007"})
        .allMatch(CsvRow::isNumber);
  }

  @Test
  void refusesWhatOnlyJavaWouldRead() {
    assertThat(new String[] {"", ".", "-", "1e", "e3", "0x1p3", "1d", "2f", " 1", "1,5", "NaN"})
        .noneMatch(CsvRow::isNumber);
  }

  @Test
  void recognisesOneDecimalCommaBetweenDigits() {
    assertThat(new String[] {"41,38", "-0,22985", "+1,0"}).allMatch(CsvRow::isDecimalComma);
    assertThat(new String[] {"41,", ",5", "1,000,000", "1.5", "1,5e3", "a,b"})
        .noneMatch(CsvRow::isDecimalComma);
  }
}
