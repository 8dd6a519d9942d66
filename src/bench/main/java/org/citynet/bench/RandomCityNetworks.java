package org.citynet.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.citynet.graph.RandomGraphs;

/**
 * A seeded citynet input folder for the whole-run benchmark: the Erdős–Rényi graph G(n, m) of
 * {@link RandomGraphs#erdosRenyi} as {@code links.csv}, its vertices as cities at uniform latitudes
 * in [{@value #LAT_MIN}, {@value #LAT_MAX}] and longitudes in [−180, 180) (drawn from {@code seed +
 * 1}, so the links are the same edge list as {@code citynet bench --synthetic N,M --seed SEED}),
 * with populations log-uniform in [10⁴, 10⁷] and countries cycled through {@link #COUNTRIES}. Links
 * are long and random, the hardest case for the geodesic and map writers.
 */
public final class RandomCityNetworks {
  static final double LAT_MIN = -60;
  static final double LAT_MAX = 70;

  /** ISO codes given to the cities in turn (a synthetic network has no real countries). */
  static final List<String> COUNTRIES =
      List.of("US", "BR", "NG", "IN", "CN", "RU", "FR", "AU", "JP", "ZA");

  private RandomCityNetworks() {}

  /** A random city: where it lies and how many live there. */
  public record RandomCity(double lat, double lon, long population) {}

  /**
   * The {@code n} cities of the network of this seed, in vertex order: the same as {@link #write}
   * puts into {@code cities.csv}.
   */
  public static List<RandomCity> cities(int n, long seed) {
    Random rng = new Random(seed + 1);
    List<RandomCity> cities = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      double lat = LAT_MIN + (LAT_MAX - LAT_MIN) * rng.nextDouble();
      double lon = -180 + 360 * rng.nextDouble();
      long population = Math.round(Math.pow(10, 4 + 3 * rng.nextDouble()));
      cities.add(new RandomCity(lat, lon, population));
    }
    return List.copyOf(cities);
  }

  /** Writes {@code cities.csv}, {@code links.csv} and {@code SOURCE.md} into {@code dir}. */
  static void write(int n, int m, long seed, String command, Path dir) throws IOException {
    Files.createDirectories(dir);
    List<RandomCity> cities = cities(n, seed);
    try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("cities.csv"))) {
      out.write("id,name,country,lat,lon,population\n");
      for (int i = 0; i < n; i++) {
        RandomCity city = cities.get(i);
        out.write(
            String.format(
                Locale.ROOT,
                "%d,Random %d,%s,%.5f,%.5f,%d%n",
                i + 1,
                i + 1,
                COUNTRIES.get(i % COUNTRIES.size()),
                city.lat(),
                city.lon(),
                city.population()));
      }
    }
    List<int[]> edges = RandomGraphs.erdosRenyi(n, m, seed);
    try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("links.csv"))) {
      out.write("source,target\n");
      for (int[] e : edges) {
        out.write((e[0] + 1) + "," + (e[1] + 1) + "\n");
      }
    }
    Files.writeString(
        dir.resolve("SOURCE.md"),
        String.format(
            Locale.ROOT,
            "# Random city network (not real data)%n%nMade by `%s`: the G(n, m) random graph with"
                + " %,d cities at uniform positions (latitude %s..%s) and %,d links. See the"
                + " Javadoc of `org.citynet.bench.RandomCityNetworks`.%n",
            command,
            n,
            LAT_MIN,
            LAT_MAX,
            m),
        StandardCharsets.UTF_8);
  }
}
