package org.citynet.export.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.citynet.model.NullComparison;
import org.junit.jupiter.api.Test;

class SignificanceSheetTest {
  @Test
  void saysHowManyNullNetworksAutoDrewAndThatFewerMeanRougherFigures() throws Exception {
    // auto drew 5 of up to 20 null networks, and all 100 resamples
    List<String> texts =
        texts(
            FindingsSignificanceTest.with(
                new NullComparison(-0.42, 1 / 1001.0, 0.10, 0.05, 1000),
                new NullComparison(0.22, 1 / 6.0, 0.10, 0.01, 5),
                97));

    assertThat(texts)
        .contains("Modularity, 5 rewired networks")
        .contains(
            "On a network this large auto drew 5 null networks (up to 20 on smaller ones): the"
                + " fewer the samples, the rougher the null spread and its z-scores;"
                + " --null-networks N draws more.")
        .noneMatch(t -> t.contains("auto drew 100 resamples"));
  }

  @Test
  void saysNothingOfSampleCountsWhenNoTestRan() throws Exception {
    assertThat(texts(SyntheticNetworks.sixCities())).noneMatch(t -> t.contains("auto drew"));
  }

  private static List<String> texts(org.citynet.model.NetworkAnalysis analysis) throws Exception {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
      SXSSFSheet sheet = workbook.createSheet(SignificanceSheet.NAME);
      SignificanceSheet.write(sheet, new CellWriter(workbook.getXSSFWorkbook()), analysis);
      List<String> texts = new ArrayList<>();
      for (Row row : sheet) {
        for (Cell cell : row) {
          if (cell.getCellType() == CellType.STRING) {
            texts.add(cell.getStringCellValue());
          }
        }
      }
      return texts;
    }
  }
}
