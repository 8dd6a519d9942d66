package org.citynet.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jazzer fuzz test of {@link CityCsvReader}: whatever bytes arrive, the reader returns a table that
 * keeps the model's promises or throws an {@link InputException} with located problems (checked by
 * {@link ReadersNeverCrashTest#checkCities}); any other exception, an error or an input slower than
 * {@link ReaderFuzzTest#TIMEOUT_SECONDS} is a finding.
 *
 * <p>The regular build replays the seeds: the bad-input corpus and the files under {@code
 * CityCsvReaderFuzzTestInputs/}, where Jazzer also saves the inputs it finds. {@code mvn -Pfuzz
 * test} fuzzes.
 */
class CityCsvReaderFuzzTest {
  @TempDir Path dir;

  @ReaderFuzzTest
  void endsInATableOrAnInputException(byte[] input) throws IOException {
    Path file = dir.resolve("cities.csv");
    Files.write(file, input);
    ReadersNeverCrashTest.checkCities(file, input);
  }
}
