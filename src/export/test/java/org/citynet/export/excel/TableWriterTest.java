package org.citynet.export.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.citynet.export.schema.OutputColumn;
import org.junit.jupiter.api.Test;

class TableWriterTest {
  /** Widths in characters, as TableWriter sets them (a character is 256 units). */
  private static int[] widths(List<Column<double[]>> columns, List<double[]> rows)
      throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(2)) {
      CellWriter cells = new CellWriter(workbook.getXSSFWorkbook());
      SXSSFSheet sheet = workbook.createSheet("T");
      TableWriter.write(
          sheet, cells, new TableWriter.Table<>("T", columns, rows, "rows", "t.gpkg"), 0, 1_000);
      int[] widths = new int[columns.size()];
      for (int c = 0; c < widths.length; c++) {
        widths[c] = sheet.getColumnWidth(c) / 256;
      }
      return widths;
    }
  }

  /** A column of the rows' first number. */
  private static Column<double[]> column(String name, Format format) {
    return new Column<>(OutputColumn.real(name, "", name, r -> r[0]), format);
  }

  @Test
  void fitsANumberColumnToItsWidestShownValueWhereverItIs() throws IOException {
    // Shown as "12.00", "-1,234.50" (9 characters, far down the rows), "99,999.99" and "0.00".
    List<double[]> rows =
        List.of(
            new double[] {12},
            new double[] {-1234.5},
            new double[] {99_999.99},
            new double[] {0.001});
    List<Column<double[]>> decimal = List.of(column("x", Format.DECIMAL));
    // Widest value plus one character of margin.
    assertThat(widths(decimal, rows)).containsExactly(10);
    List<Column<double[]>> integer = List.of(column("x", Format.INTEGER));
    // "-1,235", "100,000" (99,999.99 rounded): 7 characters, plus the margin.
    assertThat(widths(integer, rows)).containsExactly(8);
  }

  @Test
  void widensANumberColumnForTheLongestNegativeValue() throws IOException {
    // "-0.000" (a tiny negative share rounded) is wider than "0.500".
    List<double[]> rows = List.of(new double[] {0.5}, new double[] {-0.0001}, new double[] {0});
    assertThat(widths(List.of(column("p", Format.MEASURE)), rows)).containsExactly(7);
  }

  @Test
  void leavesBlankNumbersOutOfTheWidth() throws IOException {
    List<double[]> rows = List.of(new double[] {Double.NaN}, new double[] {123_456_789});
    // "123,456,789" is 11 characters; NaN is a blank cell.
    assertThat(widths(List.of(column("n", Format.INTEGER)), rows)).containsExactly(12);
    assertThat(widths(List.of(column("n", Format.INTEGER)), rows.subList(0, 1)))
        .as("only blanks: the header and its filter button, at least the minimum width")
        .containsExactly(6);
  }
}
