package org.citynet.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A dataset shipped in {@code datasets/NAME/}: a {@code cities.csv} with a {@code links.csv} or a
 * {@code memberships.csv} beside it ({@code --dataset NAME}). When a folder holds both, the links
 * are the dataset's network and the memberships an alternative reading of it.
 *
 * @param name the folder's name
 * @param cities its cities file
 * @param links its links file, if any
 * @param memberships its memberships file, when it has no links file
 */
record ShippedDataset(String name, Path cities, Optional<Path> links, Optional<Path> memberships) {

  /** The shipped datasets under {@code home/datasets}, by name; none when the folder is missing. */
  static List<ShippedDataset> in(Path home) {
    Path root = home.resolve("datasets");
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    List<ShippedDataset> found = new ArrayList<>();
    try (Stream<Path> folders = Files.list(root)) {
      for (Path folder : folders.sorted().toList()) {
        Path cities = folder.resolve("cities.csv");
        Path links = folder.resolve("links.csv");
        Path memberships = folder.resolve("memberships.csv");
        if (!Files.isRegularFile(cities)) {
          continue;
        }
        if (Files.isRegularFile(links)) {
          found.add(
              new ShippedDataset(
                  folder.getFileName().toString(), cities, Optional.of(links), Optional.empty()));
        } else if (Files.isRegularFile(memberships)) {
          found.add(
              new ShippedDataset(
                  folder.getFileName().toString(),
                  cities,
                  Optional.empty(),
                  Optional.of(memberships)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return List.copyOf(found);
  }

  /** The help's closing lines: the names {@code --dataset} accepts. */
  static String[] helpFooter(Path home) {
    List<String> lines = new ArrayList<>();
    in(home).forEach(d -> lines.add("  " + d.name()));
    if (!lines.isEmpty()) {
      lines.add(
          0,
          "%nShipped datasets (--dataset NAME; the default is "
              + Path.of(CitynetCommand.DEFAULT_DATASET).getFileName()
              + "):");
    }
    return lines.toArray(String[]::new);
  }
}
