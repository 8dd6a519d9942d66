package org.citynet.bench;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.NamedCsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded synthetic city networks of any size, placed where real cities are and linked by a gravity
 * model: for benchmarks far beyond the ~23,000 real cities of GeoNames' {@code cities15000}. The
 * result is clearly synthetic, only derived from real coordinates.
 *
 * <p><b>Cities.</b> Each synthetic city takes its position from a real city drawn with probability
 * proportional to its population, moved by a seeded Gaussian jitter of {@value #JITTER_DEGREES}°
 * (about 11 km) in each coordinate, so cities are dense where people live; its population is that
 * of another real city drawn uniformly, so sizes follow the real size distribution (15,000 to 15
 * million) instead of repeating the largest cities.
 *
 * <p><b>Links.</b> The gravity model of spatial interaction (Zipf 1946; Barthélemy, "Spatial
 * networks", Phys. Rep. 499 (2011) §2.2.2): a link joins {@code i} and {@code j} with probability
 * proportional to {@code P_i P_j / max(D, D0)²}, D the straight-line distance (through the sphere,
 * R = 6371 km; within 3% of the great-circle distance up to 5,000 km, and it needs no trigonometry
 * per pair) between the centres of their 1° × 1° cells and {@code D0 = }{@value #D0_KM} km, so
 * pairs in the same or neighbouring cells are not told apart by distance. Sampled exactly for that
 * model in three steps per link: the first endpoint's cell with probability proportional to its
 * population times its total pull {@code Σ_c M_c / max(D, D0)²}, a city in it by population, then
 * the second cell by {@code M_c / max(D, D0)²} and a city in it by population; self-pairs are
 * redrawn and repeated pairs dropped and drawn again, so exactly the requested number of distinct
 * links comes out. O(C² + m log C) time for C occupied cells (about 5,000 at 1° whatever the city
 * count) and m links, O(n + m + C) memory. The same inputs and seed give the same network.
 */
public final class GravityNetworks {
  /** Standard deviation of the position jitter, in degrees of latitude and longitude. */
  static final double JITTER_DEGREES = 0.1;

  /** Distance below which the gravity model stops growing, in km (about one cell). */
  static final double D0_KM = 100;

  private static final double EARTH_RADIUS_KM = 6371.0088;

  /** Rounds of redrawing repeated pairs before giving up. */
  private static final int MAX_ROUNDS = 100;

  private GravityNetworks() {}

  /**
   * A real city to place synthetic ones at.
   *
   * @param geonameid GeoNames id
   * @param name its name
   * @param country ISO 3166-1 alpha-2 code
   * @param lat latitude, degrees
   * @param lon longitude, degrees
   * @param population GeoNames population
   */
  public record RealCity(
      long geonameid, String name, String country, double lat, double lon, long population) {}

  /**
   * A generated network: cities as parallel arrays, links as pairs {@code source < target} of
   * indexes into them, sorted.
   *
   * @param lat latitude of each city
   * @param lon longitude of each city
   * @param population population of each city
   * @param near the real city each was placed at, by index into the real cities
   * @param links each link as {@code source · n + target}
   */
  public record Network(double[] lat, double[] lon, long[] population, int[] near, long[] links) {
    /** Number of cities. */
    public int cityCount() {
      return lat.length;
    }

    /** Source (smaller index) of link {@code k}. */
    public int source(int k) {
      return (int) (links[k] / lat.length);
    }

    /** Target (larger index) of link {@code k}. */
    public int target(int k) {
      return (int) (links[k] % lat.length);
    }
  }

  /**
   * Reads GeoNames cities from {@code datasets/geonames/geonames_cities15000.csv} or a file of the
   * same columns ({@code geonameid, name, country_iso2, lat, lon, population}); rows without a
   * positive population are skipped.
   */
  public static List<RealCity> readGeoNames(Path csv) throws IOException {
    List<RealCity> cities = new ArrayList<>();
    try (CsvReader<NamedCsvRecord> reader =
        CsvReader.builder().ofNamedCsvRecord(csv, StandardCharsets.UTF_8)) {
      for (NamedCsvRecord r : reader) {
        long population = Long.parseLong(r.getField("population"));
        if (population > 0) {
          cities.add(
              new RealCity(
                  Long.parseLong(r.getField("geonameid")),
                  r.getField("name"),
                  r.getField("country_iso2"),
                  Double.parseDouble(r.getField("lat")),
                  Double.parseDouble(r.getField("lon")),
                  population));
        }
      }
    }
    return cities;
  }

  /**
   * Generates {@code cityCount} cities and {@code linkCount} distinct links.
   *
   * @throws IllegalArgumentException if there are fewer than 2 cities or real cities, or more links
   *     than the model can place among distinct pairs
   */
  public static Network generate(List<RealCity> real, int cityCount, int linkCount, long seed) {
    if (cityCount < 2 || real.isEmpty()) {
      throw new IllegalArgumentException("need at least 2 cities and 1 real city to place them");
    }
    if (linkCount < 0 || linkCount > (long) cityCount * (cityCount - 1) / 4) {
      throw new IllegalArgumentException(
          "links must lie between 0 and a quarter of the pairs of cities: " + linkCount);
    }
    SplittableRandom random = new SplittableRandom(seed);
    double[] lat = new double[cityCount];
    double[] lon = new double[cityCount];
    long[] population = new long[cityCount];
    int[] near = new int[cityCount];
    double[] byPopulation = new double[real.size()];
    double total = 0;
    for (int r = 0; r < real.size(); r++) {
      total += real.get(r).population();
      byPopulation[r] = total;
    }
    for (int i = 0; i < cityCount; i++) {
      int r = pick(byPopulation, 0, real.size(), random);
      RealCity at = real.get(r);
      near[i] = r;
      lat[i] = Math.max(-89.99, Math.min(89.99, at.lat() + JITTER_DEGREES * random.nextGaussian()));
      lon[i] = wrapLongitude(at.lon() + JITTER_DEGREES * random.nextGaussian());
      population[i] = real.get(random.nextInt(real.size())).population();
    }
    Cells cells = new Cells(lat, lon, population);
    long[] links = new long[0];
    for (int round = 0; links.length < linkCount; round++) {
      if (round == MAX_ROUNDS) {
        throw new IllegalArgumentException(
            "cannot place " + linkCount + " distinct links among " + cityCount + " cities");
      }
      long[] more = cells.draw(linkCount - links.length, random);
      long[] all = Arrays.copyOf(links, links.length + more.length);
      System.arraycopy(more, 0, all, links.length, more.length);
      links = distinct(all);
    }
    return new Network(lat, lon, population, near, links);
  }

  /**
   * An index {@code k} in {@code [from, to)} drawn with probability ∝ its step in {@code
   * cumulative}, a running sum that starts afresh at {@code from}.
   */
  private static int pick(double[] cumulative, int from, int to, SplittableRandom random) {
    double x = random.nextDouble() * cumulative[to - 1];
    int k = Arrays.binarySearch(cumulative, from, to, x);
    k = k < 0 ? -k - 1 : k + 1;
    return Math.min(k, to - 1);
  }

  private static double wrapLongitude(double lon) {
    return ((lon + 180) % 360 + 360) % 360 - 180;
  }

  private static long[] distinct(long[] keys) {
    Arrays.sort(keys);
    int kept = 0;
    for (int k = 0; k < keys.length; k++) {
      if (k == 0 || keys[k] != keys[k - 1]) {
        keys[kept++] = keys[k];
      }
    }
    return Arrays.copyOf(keys, kept);
  }

  /** The occupied 1° cells: their cities (by population) and their pull on each other. */
  private static final class Cells {
    private final int n;

    /** Unit vector of each cell's centre. */
    private final double[] x;

    private final double[] y;
    private final double[] z;
    private final double[] mass;

    /** Cities of cell c: {@code members[start[c] .. start[c+1])}. */
    private final int[] start;

    private final int[] members;

    /** Cumulative population over {@code members}, restarting at each cell. */
    private final double[] cumulative;

    /** Cumulative {@code mass · pull} over cells: the first endpoint's cell. */
    private final double[] sourceWeight;

    /** Groups the cities into the 1° cells they lie in. */
    Cells(double[] lat, double[] lon, long[] population) {
      n = lat.length;
      int[] key = new int[n];
      for (int i = 0; i < n; i++) {
        key[i] = (int) Math.floor(lat[i] + 90) * 360 + (int) Math.floor(lon[i] + 180);
      }
      int[] occupied = Arrays.stream(key).distinct().sorted().toArray();
      int c = occupied.length;
      start = new int[c + 1];
      int[] cellOf = new int[n];
      for (int i = 0; i < n; i++) {
        cellOf[i] = Arrays.binarySearch(occupied, key[i]);
        start[cellOf[i] + 1]++;
      }
      for (int a = 0; a < c; a++) {
        start[a + 1] += start[a];
      }
      int[] fill = Arrays.copyOf(start, c);
      members = new int[n];
      for (int i = 0; i < n; i++) {
        members[fill[cellOf[i]]++] = i;
      }
      cumulative = new double[n];
      mass = new double[c];
      x = new double[c];
      y = new double[c];
      z = new double[c];
      for (int a = 0; a < c; a++) {
        double sum = 0;
        for (int k = start[a]; k < start[a + 1]; k++) {
          sum += population[members[k]];
          cumulative[k] = sum;
        }
        mass[a] = sum;
        double phi = Math.toRadians(occupied[a] / 360 - 90 + 0.5);
        double lambda = Math.toRadians(occupied[a] % 360 - 180 + 0.5);
        x[a] = Math.cos(phi) * Math.cos(lambda);
        y[a] = Math.cos(phi) * Math.sin(lambda);
        z[a] = Math.sin(phi);
      }
      sourceWeight = new double[c];
      double[] row = new double[c];
      double sum = 0;
      for (int a = 0; a < c; a++) {
        pull(a, row);
        sum += mass[a] * row[c - 1];
        sourceWeight[a] = sum;
      }
    }

    /** Fills {@code row} with the cumulative pull {@code M_c / max(D_ac, D0)²} of every cell. */
    private void pull(int a, double[] row) {
      double floor = (D0_KM / EARTH_RADIUS_KM) * (D0_KM / EARTH_RADIUS_KM);
      double sum = 0;
      for (int c = 0; c < row.length; c++) {
        double dx = x[c] - x[a];
        double dy = y[c] - y[a];
        double dz = z[c] - z[a];
        sum += mass[c] / Math.max(dx * dx + dy * dy + dz * dz, floor);
        row[c] = sum;
      }
    }

    /** Draws {@code count} links (possibly repeated) as {@code source · n + target} keys. */
    long[] draw(int count, SplittableRandom random) {
      int c = mass.length;
      int[] perCell = new int[c];
      for (int k = 0; k < count; k++) {
        perCell[pick(sourceWeight, 0, c, random)]++;
      }
      long[] keys = new long[count];
      double[] row = new double[c];
      int drawn = 0;
      for (int a = 0; a < c; a++) {
        if (perCell[a] == 0) {
          continue;
        }
        pull(a, row);
        for (int k = 0; k < perCell[a]; k++) {
          int i = city(a, random);
          int j;
          do {
            j = city(pick(row, 0, c, random), random);
          } while (j == i);
          keys[drawn++] = (long) Math.min(i, j) * n + Math.max(i, j);
        }
      }
      return keys;
    }

    private int city(int cell, SplittableRandom random) {
      return members[pick(cumulative, start[cell], start[cell + 1], random)];
    }
  }
}
