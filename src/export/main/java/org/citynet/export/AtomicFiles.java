package org.citynet.export;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Writes an output so that readers only ever see the old file or the complete new one.
 *
 * <p>The content goes to a partial file beside the target ({@code .NAME.EXT.<random>.tmp}, on the
 * same file system so the final rename is atomic), is synced to disk, and then replaces the target
 * in one atomic move. On failure the partial file is deleted and the target is untouched. A process
 * killed with SIGKILL cannot delete its partial file; {@link #isPartialOf} lets the next run
 * recognise and remove it.
 */
public final class AtomicFiles {
  private static final Pattern PARTIAL =
      Pattern.compile("\\.(.+)\\.[0-9a-f-]{36}\\.tmp(-journal)?");

  private AtomicFiles() {}

  /** Fills the partial file; it exists and is empty when called. */
  @FunctionalInterface
  public interface Content {
    void writeTo(Path partial) throws IOException;
  }

  /**
   * Writes {@code target} through a partial file beside it.
   *
   * @throws IOException when the content cannot be written; the target is then unchanged
   */
  public static void write(Path target, Content content) throws IOException {
    Path file = target.toAbsolutePath();
    Path partial = file.resolveSibling("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
    // The journal is SQLite's, when the content is a GeoPackage.
    List<Path> leftovers =
        List.of(partial, partial.resolveSibling(partial.getFileName() + "-journal"));
    boolean moved = false;
    try {
      // CREATE_NEW keeps the user's default permissions, unlike createTempFile's owner-only ones.
      Files.newOutputStream(partial, StandardOpenOption.CREATE_NEW).close();
      content.writeTo(partial);
      try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
        channel.force(true);
      }
      Files.move(
          partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      moved = true;
    } finally {
      if (!moved) {
        for (Path leftover : leftovers) {
          Files.deleteIfExists(leftover);
        }
      }
    }
  }

  /** Whether {@code fileName} is a partial file of {@link #write}, or its SQLite journal. */
  public static boolean isPartial(String fileName) {
    return PARTIAL.matcher(fileName).matches();
  }
}
