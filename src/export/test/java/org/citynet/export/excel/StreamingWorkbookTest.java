package org.citynet.export.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipFile;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StreamingWorkbookTest {
  @TempDir Path dir;

  /** Text of every width in UTF-8, XML's special characters, and broken surrogate pairs. */
  private static final String MIXED =
      "Ústí nad Labem <&> \"Łódź\"\t東京 \uD83C\uDFD9 city\n"
          + "lone high \uD800 then text, lone low \uDC00, high at the end \uD83C";

  private static byte[] viaUtf8Writer(String text, int chunk) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (StreamingWorkbook.Utf8Writer writer = new StreamingWorkbook.Utf8Writer(bytes)) {
      for (int i = 0; i < text.length(); i += chunk) {
        String part = text.substring(i, Math.min(text.length(), i + chunk));
        if (part.length() == 1) {
          writer.write(part.charAt(0));
        } else if (chunk % 2 == 0) {
          writer.write(part);
        } else {
          writer.write(part.toCharArray(), 0, part.length());
        }
      }
    }
    return bytes.toByteArray();
  }

  @Test
  void encodesTextAsJavasUtf8EncoderDoes() throws IOException {
    // Long enough to cross the writer's buffer several times, in pieces that split the pairs.
    String text = MIXED.repeat(3_000);
    byte[] expected = text.getBytes(StandardCharsets.UTF_8);
    // Odd pieces are written as char arrays, even ones as strings.
    for (int chunk : new int[] {1, 2, 7, 3_001, 1 << 16}) {
      assertThat(viaUtf8Writer(text, chunk)).as("pieces of %d", chunk).isEqualTo(expected);
    }
  }

  @Test
  void closesOnceAsPoiClosesEachSheetsWriterTwice() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    GZIPOutputStream gzip = new GZIPOutputStream(bytes);
    StreamingWorkbook.Utf8Writer writer = new StreamingWorkbook.Utf8Writer(gzip);
    writer.write("<row/>");
    writer.close();
    // A closed deflater refuses any write, even an empty one.
    writer.close();
    assertThat(new GZIPInputStream(new ByteArrayInputStream(bytes.toByteArray())).readAllBytes())
        .isEqualTo("<row/>".getBytes(StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void writesTheSameSheetAsPoisOwnTemporaryFiles(boolean compressed) throws IOException {
    Path ours = dir.resolve("ours.xlsx");
    Path pois = dir.resolve("pois.xlsx");
    try (SXSSFWorkbook workbook = StreamingWorkbook.of(new XSSFWorkbook(), 10, compressed)) {
      fill(workbook, ours);
    }
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(new XSSFWorkbook(), 10, compressed, false)) {
      fill(workbook, pois);
    }
    assertThat(sheetXml(ours)).isEqualTo(sheetXml(pois)).contains("東京 \uD83C\uDFD9");
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void deletesItsTemporaryRowFilesOnClose(boolean compressed) throws IOException {
    Path temporary = Files.createDirectory(dir.resolve("poi-temp"));
    TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy(temporary.toFile()));
    try {
      try (SXSSFWorkbook workbook = StreamingWorkbook.of(new XSSFWorkbook(), 10, compressed)) {
        fill(workbook, dir.resolve("temp.xlsx"));
        // The rows really went through a file of ours while the workbook was open.
        try (var files = Files.list(temporary)) {
          assertThat(files).isNotEmpty();
        }
      }
      try (var files = Files.list(temporary)) {
        assertThat(files).isEmpty();
      }
    } finally {
      TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
    }
  }

  @Test
  void deflatesTheWorkbookFileAtItsLevel() throws IOException {
    Path file = dir.resolve("level.xlsx");
    try (SXSSFWorkbook workbook = StreamingWorkbook.of(new XSSFWorkbook(), 10, false)) {
      fill(workbook, file);
    }
    byte[] sheet = sheetXml(file).getBytes(StandardCharsets.UTF_8);
    long stored;
    try (ZipFile zip = new ZipFile(file.toFile())) {
      stored = zip.getEntry("xl/worksheets/sheet1.xml").getCompressedSize();
    }
    // The levels must differ on this sheet, or the test could not tell them apart.
    assertThat(deflatedSize(sheet, 6))
        .isNotEqualTo(deflatedSize(sheet, StreamingWorkbook.FILE_LEVEL));
    assertThat(stored).isEqualTo(deflatedSize(sheet, StreamingWorkbook.FILE_LEVEL));
  }

  /** Bytes of {@code data} deflated raw at {@code level}, as a zip entry stores them. */
  private static long deflatedSize(byte[] data, int level) {
    Deflater deflater = new Deflater(level, true);
    deflater.setInput(data);
    deflater.finish();
    byte[] out = new byte[data.length + 1_024];
    long size = 0;
    while (!deflater.finished()) {
      size += deflater.deflate(out);
    }
    deflater.end();
    return size;
  }

  /** Enough rows to flush the window many times, with text, numbers and booleans. */
  private static void fill(SXSSFWorkbook workbook, Path file) throws IOException {
    Sheet sheet = workbook.createSheet("rows");
    for (int r = 0; r < 500; r++) {
      Row row = sheet.createRow(r);
      row.createCell(0).setCellValue(MIXED + r);
      row.createCell(1).setCellValue(r * 1.5 - 100);
      row.createCell(3).setCellValue(r % 2 == 0);
    }
    try (var out = Files.newOutputStream(file)) {
      workbook.write(out);
    }
  }

  private static String sheetXml(Path file) throws IOException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      return new String(
          zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml")).readAllBytes(),
          StandardCharsets.UTF_8);
    }
  }
}
