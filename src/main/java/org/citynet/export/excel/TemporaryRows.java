package org.citynet.export.excel;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Where a streaming sheet's rows wait until the workbook is written: POI's temporary XML file,
 * written through an unsynchronised UTF-8 buffer instead of POI's {@link java.io.BufferedWriter}.
 * POI writes the XML a character at a time, and the buffered writer takes its lock for each one: a
 * fifth of the workbook's time at 500,000 links. The file's content is POI's own.
 *
 * <p>Compressed temporary files (for large sheets, to spare the disk) use the fastest deflate
 * level: they are read once and deleted, so their size matters less than the time deflating them.
 */
class TemporaryRows extends SheetDataWriter {
  private TemporaryRows() throws IOException {
    // POI calls createTempFile and createWriter from its constructor; text is written inline.
    super();
  }

  /** A streaming workbook whose sheets keep their rows in {@link TemporaryRows}. */
  static SXSSFWorkbook workbook(XSSFWorkbook template, int window, boolean compressed) {
    return new SXSSFWorkbook(template, window, compressed, false) {
      @Override
      protected SheetDataWriter createSheetDataWriter() throws IOException {
        return isCompressTempFiles() ? new Compressed() : new TemporaryRows();
      }
    };
  }

  @Override
  public Writer createWriter(File file) throws IOException {
    FileOutputStream out = new FileOutputStream(file);
    try {
      return new Utf8Writer(decorateOutputStream(out));
    } catch (IOException | RuntimeException e) {
      out.close();
      throw e;
    }
  }

  /** Rows deflated at the fastest level. */
  private static final class Compressed extends TemporaryRows {
    private static final int BUFFER = 1 << 16;

    private Compressed() throws IOException {}

    @Override
    public File createTempFile() throws IOException {
      return TempFile.createTempFile("poi-sxssf-sheet-xml", ".gz");
    }

    @Override
    protected OutputStream decorateOutputStream(FileOutputStream out) throws IOException {
      return new GZIPOutputStream(out, BUFFER) {
        {
          def.setLevel(Deflater.BEST_SPEED);
        }
      };
    }

    @Override
    protected InputStream decorateInputStream(FileInputStream in) throws IOException {
      return new GZIPInputStream(in, BUFFER);
    }
  }

  /**
   * A writer that encodes UTF-8 into its own buffer, without locks: one thread writes a sheet's
   * rows. A lone surrogate becomes {@code ?}, as in Java's UTF-8 encoder.
   */
  static final class Utf8Writer extends Writer {
    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 16];
    private int used;

    /** The high surrogate of a pair whose low half has not been written yet, or 0. */
    private char high;

    Utf8Writer(OutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
      put((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
      for (int i = offset; i < offset + length; i++) {
        put(chars[i]);
      }
    }

    @Override
    public void write(String s, int offset, int length) throws IOException {
      for (int i = offset; i < offset + length; i++) {
        put(s.charAt(i));
      }
    }

    @Override
    public void write(String s) throws IOException {
      write(s, 0, s.length());
    }

    private void put(char c) throws IOException {
      if (used > buffer.length - 4) {
        drain();
      }
      if (high != 0) {
        char first = high;
        high = 0;
        if (Character.isLowSurrogate(c)) {
          int code = Character.toCodePoint(first, c);
          buffer[used++] = (byte) (0xF0 | code >> 18);
          buffer[used++] = (byte) (0x80 | code >> 12 & 0x3F);
          buffer[used++] = (byte) (0x80 | code >> 6 & 0x3F);
          buffer[used++] = (byte) (0x80 | code & 0x3F);
          return;
        }
        buffer[used++] = '?';
        put(c);
        return;
      }
      if (c < 0x80) {
        buffer[used++] = (byte) c;
      } else if (c < 0x800) {
        buffer[used++] = (byte) (0xC0 | c >> 6);
        buffer[used++] = (byte) (0x80 | c & 0x3F);
      } else if (Character.isHighSurrogate(c)) {
        high = c;
      } else if (Character.isLowSurrogate(c)) {
        buffer[used++] = '?';
      } else {
        buffer[used++] = (byte) (0xE0 | c >> 12);
        buffer[used++] = (byte) (0x80 | c >> 6 & 0x3F);
        buffer[used++] = (byte) (0x80 | c & 0x3F);
      }
    }

    private void drain() throws IOException {
      out.write(buffer, 0, used);
      used = 0;
    }

    @Override
    public void flush() throws IOException {
      drain();
      out.flush();
    }

    @Override
    public void close() throws IOException {
      if (high != 0) {
        high = 0;
        put('?');
      }
      drain();
      out.close();
    }
  }
}
