package org.citynet.io;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Recognises files that are not CSV text from their first bytes, so that a workbook, an image or a
 * UTF-16 export renamed {@code .csv} is named for what it is instead of failing later as garbled
 * CSV.
 *
 * <p>The signatures are the published magic numbers of each format (ZIP local file header {@code
 * PK\3\4}, OLE2 compound file {@code D0 CF 11 E0}, PNG, JPEG, GIF, PDF, gzip, SQLite) plus the
 * UTF-16 byte-order marks. Without a signature, a NUL byte or more than 1% control bytes in the
 * head mark the file as binary: CSV text has neither. O(head length).
 */
final class FileSignatures {
  /** How many leading bytes are inspected. */
  static final int HEAD = 8192;

  private static final String SAVE_AS_CSV =
      "open it in your spreadsheet and save it as \"CSV UTF-8\"";

  private FileSignatures() {}

  /** What the file is instead of CSV text, if its head says so. */
  static Optional<InputProblem> notText(String file, byte[] head) {
    return Optional.ofNullable(recognise(head))
        .map(what -> new InputProblem(file, 0, "", what.message(), what.hint()));
  }

  private record Verdict(String message, String hint) {}

  /** What the file is, or null for plausible text. */
  private static Verdict recognise(byte[] head) {
    String ascii = new String(head, StandardCharsets.ISO_8859_1);
    if (ascii.startsWith("PK\3\4") || ascii.startsWith("PK\5\6")) {
      if (ascii.contains("opendocument.spreadsheet")) {
        return is("an OpenDocument spreadsheet (.ods)", SAVE_AS_CSV);
      }
      if (ascii.contains("xl/") || ascii.contains("[Content_Types].xml")) {
        return is("an Excel workbook (.xlsx)", SAVE_AS_CSV);
      }
      return is("a zip archive", "unzip it and pass the CSV file inside");
    }
    if (starts(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
      return is("an Excel 97-2003 workbook (.xls) or another Office file", SAVE_AS_CSV);
    }
    if (starts(head, 0xFF, 0xFE) || starts(head, 0xFE, 0xFF) || looksUtf16(head)) {
      return new Verdict(
          "this looks like UTF-16 text (what Excel calls \"Unicode Text\"), not UTF-8",
          "save it as \"CSV UTF-8\" instead");
    }
    if (ascii.startsWith("SQLite format 3\0")) {
      return is(
          "a SQLite database or GeoPackage",
          "export the table as CSV, e.g. ogr2ogr -f CSV cities.csv input.gpkg");
    }
    if (ascii.startsWith("%PDF")) {
      return is("a PDF document", "export the table from its source as CSV UTF-8");
    }
    if (starts(head, 0x89, 'P', 'N', 'G') || starts(head, 0xFF, 0xD8, 0xFF)) {
      return is("an image", "pass the CSV file with the data");
    }
    if (ascii.startsWith("GIF87a") || ascii.startsWith("GIF89a")) {
      return is("an image", "pass the CSV file with the data");
    }
    if (starts(head, 0x1F, 0x8B)) {
      return is("a gzip-compressed file", "decompress it (gunzip) and pass the CSV file");
    }
    String text = ascii.stripLeading().toLowerCase(Locale.ROOT);
    if (text.startsWith("<!doctype html") || text.startsWith("<html")) {
      return is(
          "a web page (HTML)",
          "download the CSV file itself; the link may have returned a web page");
    }
    if (text.startsWith("{\\rtf")) {
      return is("a word-processor document (RTF)", "save the table as CSV UTF-8");
    }
    if (text.startsWith("{")) {
      return is(
          "JSON (GeoJSON?)",
          "convert it to CSV, e.g. ogr2ogr -f CSV out.csv in.geojson -lco GEOMETRY=AS_XY");
    }
    if (controlBytes(head) > 0) {
      return is("a binary file", "export the data as CSV UTF-8");
    }
    return null;
  }

  private static Verdict is(String what, String hint) {
    return new Verdict("this looks like " + what + ", not CSV text", hint);
  }

  private static boolean starts(byte[] head, int... signature) {
    if (head.length < signature.length) {
      return false;
    }
    for (int i = 0; i < signature.length; i++) {
      if ((head[i] & 0xFF) != signature[i]) {
        return false;
      }
    }
    return true;
  }

  /** UTF-16 without a byte-order mark: ASCII text with a NUL in every other byte. */
  private static boolean looksUtf16(byte[] head) {
    int[] nulsAtParity = new int[2];
    for (int i = 0; i < head.length; i++) {
      if (head[i] == 0) {
        nulsAtParity[i % 2]++;
      }
    }
    int half = head.length / 2;
    return half >= 2
        && Arrays.stream(nulsAtParity).max().getAsInt() > 0.4 * half
        && Arrays.stream(nulsAtParity).min().getAsInt() < 0.05 * half;
  }

  /**
   * NUL bytes count fully; other control bytes only beyond 1% of the head, since a stray one can
   * sit in a text file.
   */
  private static int controlBytes(byte[] head) {
    int nul = 0;
    int other = 0;
    for (byte b : head) {
      if (b == 0) {
        nul++;
      } else if ((b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f')
          || b == 0x7F) {
        other++;
      }
    }
    return nul + (other > head.length / 100 ? other : 0);
  }
}
