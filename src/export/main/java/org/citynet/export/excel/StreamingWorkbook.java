package org.citynet.export.excel;

import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.streaming.SheetDataWriter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * POI's streaming workbook (SXSSF), made cheaper to write for sheets of hundreds of thousands of
 * rows without changing a byte of what the sheets hold:
 *
 * <ul>
 *   <li>a sheet's rows wait in POI's temporary XML file, written through an unsynchronised UTF-8
 *       buffer instead of POI's {@link java.io.BufferedWriter}: POI writes the XML a few characters
 *       at a time (a text cell one character at a time), and the buffered writer takes its lock and
 *       goes through a charset encoder for each write;
 *   <li>compressed temporary files (for large sheets, to spare the disk) use the fastest deflate
 *       level: they are read once and deleted, so their size matters less than the time spent
 *       deflating them;
 *   <li>the workbook file itself is deflated at level {@value #FILE_LEVEL} rather than zlib's
 *       default 6, which costs about a third more time for a file a few percent smaller.
 * </ul>
 */
final class StreamingWorkbook {
  /** Deflate level of the workbook file. */
  static final int FILE_LEVEL = 5;

  private static final int GZIP_BUFFER = 1 << 16;

  private StreamingWorkbook() {}

  /**
   * A streaming workbook on {@code template} that keeps {@code window} rows per sheet in memory and
   * writes text inline (no shared-strings table). Closing it deletes its temporary files.
   *
   * @param compressedRows deflate the rows that wait in temporary files
   */
  static SXSSFWorkbook of(XSSFWorkbook template, int window, boolean compressedRows) {
    // A local, not a field: POI creates the template's sheets from its constructor.
    List<File> temporaryFiles = new ArrayList<>();
    return new SXSSFWorkbook(template, window, compressedRows, false) {
      @Override
      protected SheetDataWriter createSheetDataWriter() throws IOException {
        TemporaryRows rows = TemporaryRows.open(isCompressTempFiles());
        temporaryFiles.add(rows.getTempFile());
        return rows;
      }

      @Override
      protected ZipArchiveOutputStream createArchiveOutputStream(OutputStream out) {
        ZipArchiveOutputStream zip = super.createArchiveOutputStream(out);
        zip.setLevel(FILE_LEVEL);
        return zip;
      }

      @Override
      public void close() throws IOException {
        try {
          super.close();
        } finally {
          for (File file : temporaryFiles) {
            Files.deleteIfExists(file.toPath());
          }
        }
      }
    };
  }

  /**
   * A sheet's temporary XML file, written through a {@link Utf8Writer}, deflated at the fastest
   * level when {@code compressed}. It goes through POI's public {@code SheetDataWriter(Writer)}
   * constructor rather than the {@code createTempFile}/{@code createWriter} hooks POI 6 removes.
   */
  private static final class TemporaryRows extends SheetDataWriter {
    private final File file;
    private final boolean compressed;

    private TemporaryRows(File file, Writer writer, boolean compressed) throws IOException {
      super(writer);
      this.file = file;
      this.compressed = compressed;
    }

    static TemporaryRows open(boolean compressed) throws IOException {
      File file =
          compressed
              ? TempFile.createTempFile("poi-sxssf-sheet-xml", ".gz")
              : TempFile.createTempFile("poi-sxssf-sheet", ".xml");
      OutputStream out = new FileOutputStream(file);
      try {
        if (compressed) {
          out =
              new GZIPOutputStream(out, GZIP_BUFFER) {
                {
                  def.setLevel(Deflater.BEST_SPEED);
                }
              };
        }
        return new TemporaryRows(file, new Utf8Writer(out), compressed);
      } catch (IOException | RuntimeException e) {
        out.close();
        Files.deleteIfExists(file.toPath());
        throw e;
      }
    }

    @Override
    protected File getTempFile() {
      return file;
    }

    @Override
    protected InputStream decorateInputStream(FileInputStream in) throws IOException {
      return compressed ? new GZIPInputStream(in, GZIP_BUFFER) : in;
    }
  }

  /**
   * A writer that encodes UTF-8 into its own buffer, without locks: one thread writes a sheet's
   * rows. A lone surrogate becomes {@code ?}, as in Java's UTF-8 encoder.
   */
  static final class Utf8Writer extends Writer {
    private final OutputStream out;
    private final byte[] buffer = new byte[1 << 16];

    /** Characters of a string being written. */
    private final char[] text = new char[1 << 10];

    private int used;

    /** The high surrogate of a pair whose low half has not been written yet, or 0. */
    private char high;

    private boolean closed;

    Utf8Writer(OutputStream out) {
      this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
      put((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) throws IOException {
      int i = offset;
      int end = offset + length;
      while (i < end) {
        // Runs of ASCII, nearly all of the XML, are copied in a tight loop.
        byte[] bytes = buffer;
        int at = used;
        int stop = high != 0 ? i : Math.min(end, i + bytes.length - at);
        for (; i < stop; i++) {
          char c = chars[i];
          if (c >= 0x80) {
            break;
          }
          bytes[at++] = (byte) c;
        }
        used = at;
        if (i < end) {
          put(chars[i++]);
        }
      }
    }

    @Override
    public void write(String s, int offset, int length) throws IOException {
      int i = offset;
      int end = offset + length;
      // POI writes mostly short ASCII strings ("<c", " r=\"", "B17"): those go straight in.
      if (high == 0 && length <= buffer.length - used) {
        byte[] bytes = buffer;
        int at = used;
        for (; i < end; i++) {
          char c = s.charAt(i);
          if (c >= 0x80) {
            break;
          }
          bytes[at++] = (byte) c;
        }
        used = at;
      }
      while (i < end) {
        int n = Math.min(end - i, text.length);
        s.getChars(i, i + n, text, 0);
        write(text, 0, n);
        i += n;
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

    /** Closes the file; again does nothing, as POI closes a sheet's writer twice. */
    @Override
    public void close() throws IOException {
      if (closed) {
        return;
      }
      closed = true;
      if (high != 0) {
        high = 0;
        put('?');
      }
      drain();
      out.close();
    }
  }
}
