package org.citynet.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decodes UTF-8 from a byte stream, remembering where the text first goes wrong instead of stopping
 * there.
 *
 * <p>A malformed byte sequence becomes U+FFFD and a NUL byte is passed through; the first of either
 * is recorded as a {@link Flaw} with its line and (for malformed bytes) its byte offset, which
 * {@link java.io.InputStreamReader} cannot tell. Reading on lets the caller name the CSV column
 * that holds the flaw and count the lines that have one. Lines are counted as the CSV parser counts
 * them: LF, CRLF and a lone CR each end one. One pass, O(1) work per byte.
 */
final class Utf8Reader extends Reader {
  private static final int BUFFER = 1 << 16;

  /**
   * The first flaw in the text.
   *
   * @param line 1-based line of the flaw
   * @param byteOffset 0-based offset of the first bad byte in the file, or -1 for a NUL
   * @param bytes the malformed bytes (empty for a NUL)
   */
  record Flaw(long line, long byteOffset, byte[] bytes) {
    boolean isNul() {
      return byteOffset < 0;
    }
  }

  private final InputStream in;
  private final CharsetDecoder decoder =
      StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
  private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();

  /** File offset of {@code bytes}' index 0. */
  private long bytesBase;

  private boolean endOfInput;
  private boolean flushed;
  private long line = 1;
  private boolean afterCr;
  private Flaw first;
  private long flawedLines;
  private long lastFlawedLine;

  /**
   * @param in the bytes after any that the caller has already consumed
   * @param startOffset how many bytes the caller consumed (e.g. a byte-order mark), so that offsets
   *     are counted from the start of the file
   */
  Utf8Reader(InputStream in, long startOffset) {
    this.in = in;
    this.bytesBase = startOffset;
  }

  /** The first flaw, or null when the text read so far is clean UTF-8 without NULs. */
  Flaw firstFlaw() {
    return first;
  }

  /**
   * The first flaw as a problem: the bad byte, its offset and whether the file looks like
   * Windows-1252 (the byte is a printable character there), or the NUL; with how many other lines
   * have flaws.
   *
   * @param column the column holding the flaw, "" when unknown
   */
  InputProblem problem(String file, String column) {
    String more = flawedLines == 1 ? "" : " (" + (flawedLines - 1) + " more lines have such bytes)";
    if (first.isNul()) {
      return new InputProblem(
          file,
          first.line(),
          column,
          "contains a NUL character, which CSV text never has" + more,
          "the file is damaged or binary: export the data again as CSV UTF-8");
    }
    int b = first.bytes()[0] & 0xFF;
    String latin = new String(new byte[] {(byte) b}, Charset.forName("windows-1252"));
    boolean printable = latin.charAt(0) != '\uFFFD' && !Character.isISOControl(latin.charAt(0));
    return new InputProblem(
        file,
        first.line(),
        column,
        String.format(
                Locale.ROOT,
                "byte 0x%02X at byte offset %d is not valid UTF-8",
                b,
                first.byteOffset())
            + (printable
                ? "; the file looks like Windows-1252/Latin-1, where it is '" + latin + "'"
                : "")
            + more,
        "save the file as UTF-8 (in a spreadsheet: CSV UTF-8)");
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (flushed) {
      return -1;
    }
    CharBuffer out = CharBuffer.wrap(cbuf, off, len);
    int scanned = off;
    while (out.position() == off) {
      CoderResult result = decoder.decode(bytes, out, endOfInput);
      if (result.isError()) {
        scanned = scan(cbuf, scanned, out.position());
        byte[] bad = new byte[result.length()];
        bytes.get(bad);
        flaw(bytesBase + bytes.position() - bad.length, bad);
        out.put('\uFFFD');
      } else if (result.isUnderflow()) {
        if (endOfInput) {
          decoder.flush(out);
          flushed = true;
          break;
        }
        fill();
      } else {
        break;
      }
    }
    scan(cbuf, scanned, out.position());
    int produced = out.position() - off;
    return produced == 0 ? -1 : produced;
  }

  private void fill() throws IOException {
    bytesBase += bytes.position();
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      endOfInput = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  /** Counts line ends and spots NULs in {@code cbuf[from, to)}; returns {@code to}. */
  private int scan(char[] cbuf, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = cbuf[i];
      if (c == '\n') {
        if (!afterCr) {
          line++;
        }
      } else if (c == '\r') {
        line++;
      } else if (c == '\0') {
        flaw(-1, new byte[0]);
      }
      afterCr = c == '\r';
    }
    return to;
  }

  private void flaw(long byteOffset, byte[] bad) {
    if (first == null) {
      first = new Flaw(line, byteOffset, bad);
    }
    if (lastFlawedLine != line) {
      lastFlawedLine = line;
      flawedLines++;
    }
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
