package org.citynet.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.citynet.bench.RandomCityNetworks.RandomCity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RandomCityNetworksTest {
  @TempDir Path dir;

  @Test
  void citiesInMemoryAreTheOnesWrittenToCitiesCsv() throws IOException {
    RandomCityNetworks.write(50, 120, 7, "test", dir);
    List<RandomCity> cities = RandomCityNetworks.cities(50, 7);

    List<NamedCsvRecord> rows;
    try (CsvReader<NamedCsvRecord> reader =
        CsvReader.builder().ofNamedCsvRecord(dir.resolve("cities.csv"))) {
      rows = reader.stream().toList();
    }
    assertThat(rows).hasSize(50);
    for (int i = 0; i < 50; i++) {
      assertThat(Double.parseDouble(rows.get(i).getField("lat")))
          .isCloseTo(cities.get(i).lat(), within(5e-6));
      assertThat(Double.parseDouble(rows.get(i).getField("lon")))
          .isCloseTo(cities.get(i).lon(), within(5e-6));
      assertThat(Long.parseLong(rows.get(i).getField("population")))
          .isEqualTo(cities.get(i).population());
    }
  }

  @Test
  void sameSeedSameCitiesOtherSeedOthers() {
    assertThat(RandomCityNetworks.cities(20, 3)).isEqualTo(RandomCityNetworks.cities(20, 3));
    assertThat(RandomCityNetworks.cities(20, 3)).isNotEqualTo(RandomCityNetworks.cities(20, 4));
    assertThat(RandomCityNetworks.cities(20, 3))
        .allSatisfy(
            c ->
                assertThat(c.lat())
                    .isBetween(RandomCityNetworks.LAT_MIN, RandomCityNetworks.LAT_MAX));
  }
}
