package org.citynet.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jazzer fuzz test of {@link MembershipCsvReader}: whatever bytes arrive, the reader returns
 * memberships of known cities, each city and group once, with finite service values ≥ 0, or throws
 * an {@link InputException} with located problems; any other exception, an error or an input slower
 * than {@link ReaderFuzzTest#TIMEOUT_SECONDS} is a finding.
 *
 * <p>The regular build replays the seeds: the bad-input corpus (cities and links files, which
 * exercise the CSV layer every reader shares) and the files under {@code
 * MembershipCsvReaderFuzzTestInputs/}, where Jazzer also saves the inputs it finds. {@code mvn
 * -Pfuzz test} fuzzes.
 */
class MembershipCsvReaderFuzzTest {
  /** The ids of {@code bad-inputs/_reference-cities.csv}, which the seeds use. */
  static final Set<String> CITY_IDS = Set.of("bcn", "uio", "ber");

  @TempDir Path dir;

  @ReaderFuzzTest
  void endsInMembershipsOrAnInputException(byte[] input) throws IOException {
    Path file = dir.resolve("memberships.csv");
    Files.write(file, input);
    try {
      List<Membership> memberships = new MembershipCsvReader(CITY_IDS, w -> {}).read(file);
      Set<List<String>> cells = new HashSet<>();
      for (Membership m : memberships) {
        assertThat(CITY_IDS).contains(m.city());
        assertThat(m.group()).isNotEmpty();
        assertThat(cells.add(List.of(m.city(), m.group()))).as("once: %s", m).isTrue();
        assertThat(m.value()).isFinite().isNotNegative();
        assertThat(m.line()).isGreaterThan(1);
      }
    } catch (InputException e) {
      ReadersNeverCrashTest.checkProblems(file, e);
    } catch (Exception | Error e) {
      throw new AssertionError(
          "memberships reader crashed on " + HexFormat.of().formatHex(input), e);
    }
  }
}
