package org.citynet.export.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CsvCellsTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "=cmd|' /C calc'!A0",
        "+SUM(A1)",
        "-2+3",
        "@SUM(A1)",
        "\tTab",
        "\rReturn",
        "-",
        "--x",
        "=1"
      })
  void prefixesCellsASpreadsheetWouldRunAsFormulas(String text) {
    assertThat(CsvCells.SPREADSHEET_SAFE.cell(text)).isEqualTo("'" + text);
    assertThat(CsvCells.RAW.cell(text)).isEqualTo(text);
  }

  @ParameterizedTest
  @CsvSource({
    "-3.5",
    "-1.0E-5",
    "+2",
    "-0.0",
    "-Infinity",
    "12",
    "-.5",
    "-7.",
    "Avellaneda",
    "a=b"
  })
  void leavesNumbersAndOtherTextAsTheyAre(String text) {
    assertThat(CsvCells.SPREADSHEET_SAFE.cell(text)).isEqualTo(text);
  }
}
