package org.citynet.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.citynet.bench.GravityNetworks.Network;
import org.citynet.bench.GravityNetworks.RealCity;

/**
 * Writes a {@link GravityNetworks} network as a citynet input folder: {@code cities.csv} ({@code
 * id, name, country, lat, lon, population, near_geonameid}), {@code links.csv} ({@code source,
 * target}), {@code ATTRIBUTION.txt} (read by {@code citynet} and printed on every output) and
 * {@code SOURCE.md} saying how it was made. Cities are numbered from 1 in generation order.
 */
final class GravityNetworkWriter {
  private GravityNetworkWriter() {}

  /**
   * Writes {@code network} into {@code dir}, creating it if needed.
   *
   * @param real the real cities it was generated from
   * @param command the command that made it, for {@code SOURCE.md}
   */
  static void write(Network network, List<RealCity> real, String command, Path dir)
      throws IOException {
    Files.createDirectories(dir);
    try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("cities.csv"))) {
      out.write("id,name,country,lat,lon,population,near_geonameid\n");
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < network.cityCount(); i++) {
        RealCity near = real.get(network.near()[i]);
        line.setLength(0);
        line.append(i + 1).append(',');
        line.append(csvField("Synthetic " + (i + 1) + " near " + near.name())).append(',');
        line.append(near.country()).append(',');
        fiveDecimals(line, network.lat()[i]).append(',');
        fiveDecimals(line, network.lon()[i]).append(',');
        line.append(network.population()[i]).append(',').append(near.geonameid()).append('\n');
        out.append(line);
      }
    }
    try (BufferedWriter out = Files.newBufferedWriter(dir.resolve("links.csv"))) {
      out.write("source,target\n");
      for (int k = 0; k < network.links().length; k++) {
        out.write(Integer.toString(network.source(k) + 1));
        out.write(',');
        out.write(Integer.toString(network.target(k) + 1));
        out.write('\n');
      }
    }
    Files.writeString(
        dir.resolve("ATTRIBUTION.txt"),
        "Synthetic network (citynet bench --generate gravity): positions derived from GeoNames"
            + " cities (www.geonames.org, CC BY)\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        dir.resolve("SOURCE.md"),
        String.format(
            Locale.ROOT,
            "# Synthetic gravity-model city network (not real data)%n%n"
                + "Made by `%s`: %,d cities, %,d links.%n%n"
                + "Every city is synthetic. Its position is a real GeoNames city (drawn with"
                + " probability proportional to population) moved by a Gaussian jitter of %s°;"
                + " its population is that of another real city drawn uniformly. Links follow"
                + " the gravity model P_i P_j / max(D, %s km)², D the distance between 1° cells."
                + " See the Javadoc of `org.citynet.bench.GravityNetworks`.%n%n"
                + "Source of the positions and populations: GeoNames (www.geonames.org), CC BY;"
                + " `datasets/geonames/`.%n",
            command,
            network.cityCount(),
            network.links().length,
            GravityNetworks.JITTER_DEGREES,
            GravityNetworks.D0_KM),
        StandardCharsets.UTF_8);
  }

  /** {@code value} rounded to 5 decimals (about 1 m), without String.format's cost per call. */
  private static StringBuilder fiveDecimals(StringBuilder line, double value) {
    long units = Math.round(Math.abs(value) * 100_000);
    String fraction = Long.toString(100_000 + units % 100_000).substring(1);
    return line.append(value < 0 && units > 0 ? "-" : "")
        .append(units / 100_000)
        .append('.')
        .append(fraction);
  }

  private static String csvField(String text) {
    return text.contains(",") || text.contains("\"")
        ? '"' + text.replace("\"", "\"\"") + '"'
        : text;
  }
}
