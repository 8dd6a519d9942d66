package org.citynet.export.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import java.io.IOException;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.junit.jupiter.api.Test;

class PageFlowTest {
  @Test
  void startsABlockThatWouldNotFitOnANewPage() throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
      SXSSFSheet sheet = workbook.createSheet();
      PageFlow flow = new PageFlow(sheet, 100);
      flow.row(30);
      flow.row(30);
      flow.keepTogether(40);
      assertThat(sheet.getRowBreaks()).isEmpty();
      flow.row(20);
      // 80 of 100 points used: a 30-point block goes to the next page, after row index 2.
      flow.keepTogether(30);
      assertThat(sheet.getRowBreaks()).containsExactly(2);
      assertThat(flow.room()).isEqualTo(100);
      assertThat(sheet.getRow(1).getHeightInPoints()).isEqualTo(30f);
    }
  }

  @Test
  void countsARowThatOverflowsAsTheFirstOfTheNextPage() throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
      PageFlow flow = new PageFlow(workbook.createSheet(), 100);
      flow.row(70);
      flow.row(40);
      assertThat(flow.room()).isEqualTo(60);
      assertThat(flow.next()).isEqualTo(2);
    }
  }

  @Test
  void neverBreaksBeforeTheFirstRowOfAPage() throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
      SXSSFSheet sheet = workbook.createSheet();
      PageFlow flow = new PageFlow(sheet, 100);
      flow.keepTogether(500);
      flow.newPage();
      assertThat(sheet.getRowBreaks()).isEmpty();
    }
  }

  @Test
  void holdsMoreRowsOnAPageTheMoreAWideSheetIsShrunk() {
    // A4 portrait, 0.75-inch top and bottom margins: 733.89 points; a sheet no wider than the
    // printable 494.48 points is not scaled.
    assertThat(Pages.portraitRowPoints(90)).isCloseTo(733.89, offset(0.01));
    // 110 units = 577.5 points: scaled by 494.48 / 577.5.
    assertThat(Pages.portraitRowPoints(110)).isCloseTo(733.89 * 577.5 / 494.48, offset(0.01));
  }
}
