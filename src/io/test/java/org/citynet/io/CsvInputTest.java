package org.citynet.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.citynet.model.CityTable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the bad-inputs corpus cannot hold: inputs too large to ship, and read-buffer edges. */
class CsvInputTest {
  static final String HEADER = "id,name,country,lat,lon,note\n";

  @TempDir Path dir;
  final List<String> warnings = new ArrayList<>();

  Path write(byte[] content) throws Exception {
    Path file = dir.resolve("cities.csv");
    Files.write(file, content);
    return file;
  }

  CityTable read(byte[] content) throws Exception {
    return new CityCsvReader(warnings::add).read(write(content));
  }

  List<String> problems(byte[] content) throws Exception {
    Path file = write(content);
    InputException e =
        catchThrowableOfType(
            InputException.class, () -> new CityCsvReader(warnings::add).read(file));
    assertThat(e).as("an input problem").isNotNull();
    return e.problems().stream().map(p -> p.describe().replace(file.toString(), "F")).toList();
  }

  @Nested
  class LongFields {
    @Test
    void readsAMegabyteFieldIntact() throws Exception {
      String note = "x".repeat(1_000_000);
      CityTable t =
          read((HEADER + "bcn,Barcelona,ES,41.38879,2.15899," + note + "\n").getBytes(UTF_8));
      assertThat(t.cities().get(0).extras().get(0)).isEqualTo(note);
    }

    @Test
    void refusesARowBeyondTheLimitNamingItsLine() throws Exception {
      String note = "x".repeat(2 * CsvInput.MAX_ROW_CHARS);
      assertThat(
              problems(
                  (HEADER
                          + "uio,Quito,EC,-0.22985,-78.52495,\nbcn,Barcelona,ES,41.38879,2.15899,"
                          + note
                          + "\n")
                      .getBytes(UTF_8)))
          .containsExactly(
              "F:3: the row is longer than 1048576 characters — check for a \" that is never"
                  + " closed; otherwise shorten the fields");
    }

    @Test
    void stopsARunawayQuoteAtTheLimit() throws Exception {
      StringBuilder csv = new StringBuilder(HEADER).append("bcn,\"Barcelona,ES,41.4,2.2,\n");
      for (int i = 0; csv.length() <= 2 * CsvInput.MAX_ROW_CHARS; i++) {
        csv.append("c").append(i).append(",City ").append(i).append(",ES,41.4,2.2,\n");
      }
      assertThat(problems(csv.toString().getBytes(UTF_8)))
          .containsExactly(
              "F:2: the row is longer than 1048576 characters — check for a \" that is never"
                  + " closed; otherwise shorten the fields");
    }
  }

  @Nested
  class Decoding {
    @Test
    void decodesCharactersSplitAcrossReadBuffers() throws Exception {
      // 1- to 4-byte characters (the emoji is a surrogate pair) over several 64 KiB buffers
      String note = "aé€\uD83D\uDE00".repeat(40_000);
      CityTable t =
          read((HEADER + "bcn,Barcelona,ES,41.38879,2.15899," + note + "\n").getBytes(UTF_8));
      assertThat(t.cities().get(0).extras().get(0)).isEqualTo(note);
      assertThat(warnings).isEmpty();
    }

    @Test
    void locatesABadByteFarIntoTheFileByLineColumnAndOffset() throws Exception {
      ByteArrayOutputStream csv = new ByteArrayOutputStream();
      csv.writeBytes(HEADER.getBytes(UTF_8));
      for (int i = 0; i < 5000; i++) {
        csv.writeBytes(("c" + i + ",Ciudad " + i + ",ES,41.4,2.2,ñ\n").getBytes(UTF_8));
      }
      int offset = csv.size() + "zrh,Z".length();
      csv.writeBytes("zrh,Z".getBytes(UTF_8));
      csv.write(0xFC); // ü in Windows-1252
      csv.writeBytes("rich,CH,47.36667,8.55,\n".getBytes(UTF_8));
      assertThat(offset).as("beyond two read buffers").isGreaterThan(2 * 65536);
      assertThat(problems(csv.toByteArray()))
          .containsExactly(
              "F:5002: column 'name': byte 0xFC at byte offset "
                  + offset
                  + " is not valid UTF-8; the file looks like Windows-1252/Latin-1, where it is 'ü'"
                  + " — save the file as UTF-8 (in a spreadsheet: CSV UTF-8)");
    }

    @Test
    void reportsANulCharacterBeyondTheSniffedHead() throws Exception {
      StringBuilder csv = new StringBuilder(HEADER);
      for (int i = 0; csv.length() < 2 * FileSignatures.HEAD; i++) {
        csv.append("c").append(i).append(",City ").append(i).append(",ES,41.4,2.2,\n");
      }
      long line = csv.chars().filter(c -> c == '\n').count() + 1;
      csv.append("bcn,Barcelona,ES,41.4,2.2,bad\0note\n");
      assertThat(problems(csv.toString().getBytes(UTF_8)))
          .containsExactly(
              "F:"
                  + line
                  + ": column 'note': contains a NUL character, which CSV text never has — the file"
                  + " is damaged or binary: export the data again as CSV UTF-8");
    }

    @Test
    void namesTheColumnOfABadByteInsideAMultiLineField() throws Exception {
      byte[] csv =
          (HEADER + "qzn,Quezon City,PH,14.6488,121.0509,\"first\nsecond X\"\n").getBytes(UTF_8);
      int offset = new String(csv, UTF_8).indexOf('X');
      csv[offset] = (byte) 0x9D; // undefined in Windows-1252 too
      assertThat(problems(csv))
          .containsExactly(
              "F:3: column 'note': byte 0x9D at byte offset "
                  + offset
                  + " is not valid UTF-8 — save the file as UTF-8 (in a spreadsheet: CSV UTF-8)");
    }
  }

  @Nested
  class Messages {
    @Test
    void namesADirectoryForWhatItIs() {
      InputException e =
          catchThrowableOfType(
              InputException.class, () -> new CityCsvReader(warnings::add).read(dir));
      assertThat(e.problems())
          .extracting(InputProblem::describe)
          .containsExactly(dir + ": is a directory, not a CSV file — name the CSV file");
    }

    @Test
    void escapesControlCharactersSoEveryProblemIsOneLine() throws Exception {
      assertThat(
              problems(
                  "id,name,\"coun\ntry\",lat,lon\nbcn,Barcelona,ES,41.4,2.2\n".getBytes(UTF_8)))
          .containsExactly(
              "F:1: column 'country': required column is missing (header has: id, name, coun\\n"
                  + "try, lat, lon) — did you mean 'country'? rename the column 'coun\\n"
                  + "try' to country");
    }

    @Test
    void cutsLongValuesInMessages() throws Exception {
      String country = "C".repeat(100);
      assertThat(
              problems(
                  ("id,name,country,lat,lon\nbcn,Barcelona," + country + ",41.4,2.2\n")
                      .getBytes(UTF_8)))
          .containsExactly(
              "F:2: column 'country': '"
                  + "C".repeat(40)
                  + "… (100 chars)' is not an ISO 3166-1 alpha-2 country code — use the two-letter"
                  + " code, e.g. ES for Spain");
    }
  }
}
