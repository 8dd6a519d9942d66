package org.citynet.export.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class CellWriterTest {
  @Test
  void recognisesTextThatSpreadsheetsWouldReadAsAFormula() {
    for (String risky : new String[] {"=1+1", "+44 20", "-Westfield", "@SUM(A1)", "\tx", "\rx"}) {
      assertThat(CellWriter.looksLikeFormula(risky)).as(risky).isTrue();
    }
    for (String plain : new String[] {"", "Quito", " =1", "1-2", "'=x"}) {
      assertThat(CellWriter.looksLikeFormula(plain)).as(plain).isFalse();
    }
  }

  @Test
  void writesFormulaLikeTextAsQuotePrefixedText() throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      CellWriter cells = new CellWriter(workbook);
      Row row = workbook.createSheet().createRow(0);
      cells.text(row, 0, "=HYPERLINK(\"x\")", Look.PLAIN);
      cells.value(row, 1, "Quito", Format.TEXT);
      Cell risky = row.getCell(0);
      assertThat(risky.getCellType()).isEqualTo(CellType.STRING);
      assertThat(risky.getStringCellValue()).isEqualTo("=HYPERLINK(\"x\")");
      assertThat(risky.getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(row.getCell(1).getCellStyle().getQuotePrefixed()).isFalse();
    }
  }

  @Test
  void keepsTextWithinWhatACellAndTheFileCanHold() throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      CellWriter cells = new CellWriter(workbook);
      Row row = workbook.createSheet().createRow(0);
      cells.text(row, 0, "a\u0001b\tc\nd", Look.PLAIN);
      cells.text(row, 1, "x".repeat(40_000), Look.PLAIN);
      assertThat(row.getCell(0).getStringCellValue()).isEqualTo("a b\tc\nd");
      String long_ = row.getCell(1).getStringCellValue();
      assertThat(long_).hasSize(CellWriter.MAX_TEXT).endsWith("x…");
    }
  }

  @Test
  void leavesNonFiniteNumbersBlank() throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      CellWriter cells = new CellWriter(workbook);
      Row row = workbook.createSheet().createRow(0);
      cells.number(row, 0, Double.NaN, Format.MEASURE);
      cells.value(row, 1, null, Format.INTEGER);
      assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.BLANK);
      assertThat(row.getCell(1)).isNull();
    }
  }

  @Test
  void countsTheLinesOfWrappedText() {
    // 10 columns hold 11 characters of prose per line.
    assertThat(CellWriter.wrappedLines("", 10)).isEqualTo(1);
    assertThat(CellWriter.wrappedLines("aaaaa bbbbb", 10)).isEqualTo(1);
    assertThat(CellWriter.wrappedLines("aaaaa bbbbbb", 10)).isEqualTo(2);
    assertThat(CellWriter.wrappedLines("one\ntwo", 10)).isEqualTo(2);
    assertThat(CellWriter.wrappedLines("x".repeat(23), 10)).isEqualTo(3);
  }
}
