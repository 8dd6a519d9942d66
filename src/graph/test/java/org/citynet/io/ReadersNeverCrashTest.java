package org.citynet.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Random;
import java.util.Set;
import org.citynet.model.City;
import org.citynet.model.CityTable;
import org.citynet.model.Link;
import org.citynet.model.LinkTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Property: whatever bytes arrive, both readers either return a table that satisfies the model's
 * promises or throw an {@link InputException} with located, actionable problems; nothing else
 * escapes, nothing hangs, and every problem prints as one line. Inputs are seeded random bytes,
 * random CSV-ish text and good files with random damage.
 */
class ReadersNeverCrashTest {
  static final String CITIES =
      "id,name,country,lat,lon,population,note\n"
          + "bcn,Barcelona,ES,41.38879,2.15899,1621537,\"Colau, Ada\"\n"
          + "uio,Quito,EC,-0.22985,-78.52495,,\n"
          + "agp,Málaga,ES,36.72016,-4.42034,,\"two\nlines\"\n";
  static final String LINKS =
      "source,target,weight,type,year\nbcn,uio,1,twinning,1985\nbcn,agp,2.5,,\nuio,agp,,x,2001\n";

  /** Bytes that tend to break CSV readers. */
  static final byte[] NASTY = {
    '"', ',', ';', '\t', '\n', '\r', 0, (byte) 0xC3, (byte) 0xFF, (byte) 0xEF, '.', '-', 'e', '9'
  };

  static final int INPUTS = 400;

  @TempDir Path dir;

  @Test
  void everyInputEndsInATableOrAnInputException() {
    Random rng = new Random(20240601);
    assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () -> {
          for (int i = 0; i < INPUTS; i++) {
            byte[] input =
                switch (i % 4) {
                  case 0 -> randomBytes(rng);
                  case 1 -> randomCsvText(rng);
                  case 2 -> damaged(CITIES.getBytes(UTF_8), rng);
                  default -> damaged(LINKS.getBytes(UTF_8), rng);
                };
            Path file = dir.resolve("input-" + i + ".csv");
            Files.write(file, input);
            checkCities(file, input);
            checkLinks(file, input);
          }
        });
  }

  static void checkCities(Path file, byte[] input) {
    checkCities(file, input, f -> new CityCsvReader(w -> {}).read(f));
  }

  /** A cities reader under test. */
  interface CitiesReader {
    CityTable read(Path file) throws Exception;
  }

  /** Whatever {@code input} is, {@code reader} returns a sound table or located problems. */
  static void checkCities(Path file, byte[] input, CitiesReader reader) {
    try {
      CityTable t = reader.read(file);
      Set<String> ids = new HashSet<>();
      for (City c : t.cities()) {
        assertThat(c.id()).isNotEmpty();
        assertThat(ids.add(c.id())).as("unique id %s", c.id()).isTrue();
        assertThat(c.lat()).isBetween(-90.0, 90.0);
        assertThat(c.lon()).isBetween(-180.0, 180.0);
        assertThat(c.extras()).hasSameSizeAs(t.extraColumns());
      }
    } catch (InputException e) {
      checkProblems(file, e);
    } catch (Exception | Error e) {
      throw new AssertionError("cities reader crashed on " + HexFormat.of().formatHex(input), e);
    }
  }

  static void checkLinks(Path file, byte[] input) {
    try {
      LinkTable t = new LinkCsvReader(w -> {}).read(file);
      for (Link l : t.links()) {
        assertThat(l.source()).isNotEmpty();
        assertThat(l.target()).isNotEmpty();
        assertThat(l.weight()).isPositive().isFinite();
        assertThat(l.extras()).hasSameSizeAs(t.extraColumns());
      }
    } catch (InputException e) {
      checkProblems(file, e);
    } catch (Exception | Error e) {
      throw new AssertionError("links reader crashed on " + HexFormat.of().formatHex(input), e);
    }
  }

  static void checkProblems(Path file, InputException e) {
    if (e.problems().isEmpty()) {
      fail("an InputException without problems");
    }
    for (InputProblem p : e.problems()) {
      assertThat(p.file()).isEqualTo(file.toString());
      assertThat(p.line()).isNotNegative();
      assertThat(p.message()).isNotBlank();
      assertThat(p.hint()).as("hint of %s", p.describe()).isNotBlank();
      assertThat(p.describe()).as("one line").doesNotContain("\n", "\r");
    }
  }

  static byte[] randomBytes(Random rng) {
    byte[] b = new byte[rng.nextInt(3000)];
    rng.nextBytes(b);
    return b;
  }

  /** Printable text with a high share of delimiters, quotes and line ends. */
  static byte[] randomCsvText(Random rng) {
    String alphabet = "abcxyz019.-,;,\t\"\"\n\r\n é°";
    StringBuilder s = new StringBuilder(rng.nextBoolean() ? "id,name,country,lat,lon\n" : "");
    int n = rng.nextInt(2000);
    for (int i = 0; i < n; i++) {
      s.append(alphabet.charAt(rng.nextInt(alphabet.length())));
    }
    return s.toString().getBytes(UTF_8);
  }

  /** A good file with one to eight random flips, insertions, deletions or duplications. */
  static byte[] damaged(byte[] good, Random rng) {
    byte[] b = good;
    int edits = 1 + rng.nextInt(8);
    for (int e = 0; e < edits && b.length > 0; e++) {
      int at = rng.nextInt(b.length);
      switch (rng.nextInt(4)) {
        case 0 -> b[at] = NASTY[rng.nextInt(NASTY.length)];
        case 1 -> b = splice(b, at, 0, new byte[] {NASTY[rng.nextInt(NASTY.length)]});
        case 2 -> b = splice(b, at, Math.min(b.length - at, 1 + rng.nextInt(10)), new byte[0]);
        default -> {
          int len = Math.min(b.length - at, 1 + rng.nextInt(40));
          byte[] copy = new byte[len];
          System.arraycopy(b, at, copy, 0, len);
          b = splice(b, at, 0, copy);
        }
      }
    }
    return b;
  }

  static byte[] splice(byte[] b, int at, int remove, byte[] insert) {
    byte[] out = new byte[b.length - remove + insert.length];
    System.arraycopy(b, 0, out, 0, at);
    System.arraycopy(insert, 0, out, at, insert.length);
    System.arraycopy(b, at + remove, out, at + insert.length, b.length - at - remove);
    return out;
  }
}
