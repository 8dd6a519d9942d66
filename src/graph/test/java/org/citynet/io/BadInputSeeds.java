package org.citynet.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Seeds of the {@link ReaderFuzzTest}s: every CSV file of the bad-input corpus ({@link
 * BadInputCorpusTest#DIR}), named by its file. Jazzer replays arguments of other sources as
 * regression cases and adds them to the fuzzing corpus, so the files need no copy per test.
 */
final class BadInputSeeds {
  private BadInputSeeds() {}

  static Stream<Arguments> corpus() throws IOException {
    List<Arguments> seeds = new ArrayList<>();
    try (Stream<Path> files = Files.list(BadInputCorpusTest.DIR)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
        seeds.add(Arguments.of(Named.of(file.getFileName().toString(), Files.readAllBytes(file))));
      }
    }
    return seeds.stream();
  }
}
