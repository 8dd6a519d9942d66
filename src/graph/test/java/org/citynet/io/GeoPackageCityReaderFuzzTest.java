package org.citynet.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * Jazzer fuzz test of {@link GeoPackageCityReader}: whatever bytes the file holds (a SQLite
 * database with a broken header, pages, schema or geometry blobs), the reader returns a table that
 * keeps the model's promises or throws an {@link InputException} with located problems (checked by
 * {@link ReadersNeverCrashTest#checkCities}).
 *
 * <p>Seeded with a two-point GeoPackage that GDAL wrote ({@code
 * GeoPackageCityReaderFuzzTestInputs/}) besides the bad-input corpus.
 */
class GeoPackageCityReaderFuzzTest {
  @TempDir Path dir;

  @ReaderFuzzTest
  void endsInATableOrAnInputException(byte[] input) throws IOException {
    Path file = dir.resolve("cities.gpkg");
    Files.deleteIfExists(file);
    Files.write(file, input);
    ReadersNeverCrashTest.checkCities(
        file, input, f -> new GeoPackageCityReader(CityLayerOptions.defaults(), w -> {}).read(f));
  }
}
