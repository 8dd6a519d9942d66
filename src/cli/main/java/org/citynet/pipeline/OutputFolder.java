package org.citynet.pipeline;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.citynet.export.AtomicFiles;

/**
 * The output folder of one run: checked and locked before any work, written through a staging
 * folder, and completed by a manifest.
 *
 * <p>The promise: every file that {@code NAME-manifest.json} lists has exactly the size and SHA-256
 * the manifest gives, whatever stopped a run (a failure, a full disk, {@code kill -9}). How: the
 * writers fill {@code OUT/.citynet-staging-RUNID/}, on the same file system as {@code OUT}; only
 * when all have finished is the old manifest deleted, each staged file moved into place (an atomic
 * rename) and the new manifest written last, itself through a synced partial file and a rename. A
 * run stopped before the manifest's deletion leaves the old set and its manifest as they were; one
 * stopped after leaves no manifest, so a reader tells an incomplete set by its absence.
 *
 * <p>One run at a time writes a folder: {@code OUT/.citynet.lock} holds an operating-system lock
 * for the run's life and names its process and start. The lock dies with its process, so a lock
 * file a killed run left is taken over, and said so. What a killed run left otherwise (its staging
 * folder, a writer's partial file) is removed when the next run starts, also said so.
 */
final class OutputFolder implements Closeable {
  /** The lock file's name in the output folder. */
  static final String LOCK = ".citynet.lock";

  /** The staging folders' names begin so, followed by the run id. */
  static final String STAGING_PREFIX = ".citynet-staging-";

  /** What follows NAME in the manifest's file name. */
  static final String MANIFEST_SUFFIX = "-manifest.json";

  /**
   * The output's size in bytes, estimated before any work: a fixed part (the world basemap in the
   * GeoPackage and the images, the workbook's styles) and a multiple of the inputs' bytes. Measured
   * on the test networks: 6.6 MB of output for 18 KB of input.
   */
  static final long FIXED_OUTPUT_BYTES = 4L << 20;

  /** Output bytes per input byte in the estimate (see {@link #FIXED_OUTPUT_BYTES}). */
  static final long OUTPUT_BYTES_PER_INPUT_BYTE = 100;

  private final Path dir;
  private final String name;
  private final String runId;
  private final Path staging;
  private final FileChannel lockChannel;
  private final FileLock lock;

  /** Whether this run made the folder: one that stops before its outputs leaves no folder then. */
  private final boolean created;

  private boolean committed;

  private OutputFolder(
      Path dir,
      String name,
      String runId,
      Path staging,
      FileChannel lockChannel,
      FileLock lock,
      boolean created) {
    this.created = created;
    this.dir = dir;
    this.name = name;
    this.runId = runId;
    this.staging = staging;
    this.lockChannel = lockChannel;
    this.lock = lock;
  }

  /**
   * The preflight: creates the output folder, checks it is writable, holds no input under an
   * output's name and has room for the outputs, takes its lock, removes a killed run's leftovers
   * (telling {@code notes}) and makes the staging folder. Takes milliseconds.
   *
   * @throws OutputException naming what is wrong and what to do; nothing is changed then
   */
  static OutputFolder open(
      Path outDir, String name, List<Path> inputs, String runId, Consumer<String> notes)
      throws OutputException {
    Path dir = outDir.toAbsolutePath().normalize();
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new OutputException(
          dir + " exists and is not a folder; give --out a folder (it is created if missing)",
          null);
    }
    boolean created = !Files.exists(dir);
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new OutputException(
          "cannot create the output folder " + dir + ": " + IoFailures.describe(e), e);
    }
    if (!Files.isWritable(dir)) {
      throw new OutputException(
          "the output folder " + dir + " is not writable; choose another --out", null);
    }
    refuseInputsAmongOutputs(dir, name, inputs);
    FileChannel channel = null;
    try {
      channel =
          FileChannel.open(
              dir.resolve(LOCK),
              StandardOpenOption.CREATE,
              StandardOpenOption.READ,
              StandardOpenOption.WRITE);
      String previous = readAll(channel);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null;
      }
      if (lock == null) {
        throw new OutputException(
            "another citynet run is writing "
                + dir
                + " ("
                + (previous.isBlank() ? "its details are not yet written" : previous.strip())
                + "); wait for it to end or choose another --out",
            null);
      }
      if (!previous.isBlank()) {
        notes.accept(
            "took over the lock of an earlier run that is no longer running ("
                + previous.strip()
                + ")");
      }
      channel.truncate(0);
      channel.write(
          ByteBuffer.wrap(
              ("pid "
                      + ProcessHandle.current().pid()
                      + ", started "
                      + Instant.now()
                      + ", run "
                      + runId
                      + "\n")
                  .getBytes(StandardCharsets.UTF_8)),
          0);
      channel.force(true);
      removeLeftovers(dir, notes);
      requireSpace(dir, inputs);
      Path staging = Files.createDirectory(dir.resolve(STAGING_PREFIX + runId));
      OutputFolder folder = new OutputFolder(dir, name, runId, staging, channel, lock, created);
      channel = null;
      return folder;
    } catch (IOException e) {
      throw new OutputException(
          "cannot prepare the output folder " + dir + ": " + IoFailures.describe(e), e);
    } finally {
      if (channel != null) {
        closeQuietly(channel);
      }
    }
  }

  /** Where the writers put this run's files. */
  Path staging() {
    return staging;
  }

  /** The manifest's place. */
  Path manifest() {
    return dir.resolve(name + MANIFEST_SUFFIX);
  }

  /**
   * A file a writer made in {@link #staging()}, with the size and SHA-256 the manifest lists. They
   * are taken by the thread that wrote the file as soon as it is complete, so that hashing one
   * output overlaps writing the others instead of running alone at the end of the run.
   */
  record StagedFile(Path file, long bytes, String sha256) {
    /** The complete file {@code file}, sized and hashed now. */
    static StagedFile of(Path file) throws IOException {
      return new StagedFile(file, Files.size(file), Sha256.of(file));
    }
  }

  /**
   * Moves the staged files into the output folder and writes the manifest last.
   *
   * @param staged the files the writers made in {@link #staging()}, with their sizes and hashes
   * @param run what the manifest says of the run besides its files
   * @return the files in the output folder, in the order given, then the manifest
   */
  List<Path> commit(List<StagedFile> staged, ObjectNode run) throws OutputException {
    try {
      ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
      ObjectNode manifest = json.createObjectNode();
      manifest.put("run_id", runId);
      manifest.setAll(run);
      ArrayNode files = manifest.putArray("files");
      List<Path> placed = new ArrayList<>();
      for (StagedFile file : staged) {
        ObjectNode entry = files.addObject();
        entry.put("file", file.file().getFileName().toString());
        entry.put("bytes", file.bytes());
        entry.put("sha256", file.sha256());
      }
      for (StagedFile file : staged) {
        Path target = dir.resolve(file.file().getFileName().toString());
        if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(target)) {
          throw new OutputException(
              target + " is in the way (not a plain file); move it away and run again", null);
        }
      }
      // From here until the new manifest is in place, no manifest claims a file.
      Files.deleteIfExists(manifest());
      for (StagedFile file : staged) {
        Path target = dir.resolve(file.file().getFileName().toString());
        Files.move(
            file.file(),
            target,
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
        placed.add(target);
      }
      byte[] text = json.writeValueAsBytes(manifest);
      AtomicFiles.write(manifest(), partial -> Files.write(partial, text));
      placed.add(manifest());
      committed = true;
      return List.copyOf(placed);
    } catch (IOException e) {
      throw new OutputException(
          "cannot put the outputs in place in " + dir + ": " + IoFailures.describe(e), e);
    }
  }

  /**
   * Removes the staging folder and releases the lock. The lock file stays, emptied: deleting it
   * would let a run that opened it a moment before lock a file no longer in the folder while a
   * third run locks a new one. Only a folder this run made and put nothing into (its input had a
   * problem) goes again, lock file and all, so that a refused run leaves no trace.
   */
  @Override
  public void close() throws IOException {
    try {
      deleteTree(staging);
    } finally {
      try {
        lockChannel.truncate(0);
        lockChannel.force(true);
        if (created && !committed) {
          Files.deleteIfExists(dir.resolve(LOCK));
        }
        lock.release();
      } finally {
        lockChannel.close();
      }
    }
    if (created && !committed) {
      try (Stream<Path> left = Files.list(dir)) {
        if (left.findAny().isEmpty()) {
          Files.delete(dir);
        }
      }
    }
  }

  /**
   * Refuses a run whose output folder holds one of its inputs under an output's name ({@code
   * NAME.*} or {@code NAME-*}): the run would replace its own input.
   */
  private static void refuseInputsAmongOutputs(Path dir, String name, List<Path> inputs)
      throws OutputException {
    for (Path input : inputs) {
      Path file = input.toAbsolutePath().normalize();
      String fileName = file.getFileName().toString();
      boolean outputName = fileName.startsWith(name + ".") || fileName.startsWith(name + "-");
      if (outputName && sameFolder(file.getParent(), dir)) {
        throw new OutputException(
            "the input "
                + input
                + " has the name of an output of --name "
                + name
                + " in --out "
                + dir
                + ", so the run would replace it; choose another --out or --name",
            null);
      }
    }
  }

  private static boolean sameFolder(Path a, Path b) {
    try {
      return a != null && Files.isDirectory(a) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Stops when the output folder's file system has less room than the outputs are estimated to take
   * ({@link #FIXED_OUTPUT_BYTES} plus {@link #OUTPUT_BYTES_PER_INPUT_BYTE} per input byte): the
   * staged set sits beside the old one until it replaces it.
   */
  private static void requireSpace(Path dir, List<Path> inputs)
      throws IOException, OutputException {
    long inputBytes = 0;
    for (Path input : inputs) {
      if (Files.isRegularFile(input)) {
        inputBytes += Files.size(input);
      }
    }
    long needed = FIXED_OUTPUT_BYTES + OUTPUT_BYTES_PER_INPUT_BYTE * inputBytes;
    FileStore store = Files.getFileStore(dir);
    long free = store.getUsableSpace();
    if (free < needed) {
      throw new OutputException(
          String.format(
              Locale.ROOT,
              "%s has %.1f MB free, but the outputs of these inputs are estimated at %.1f MB;"
                  + " free some space or choose another --out",
              dir,
              free / 1e6,
              needed / 1e6),
          null);
    }
  }

  /**
   * Removes what a killed run left: staging folders (this run holds the lock, so none is in use)
   * and the partial files of a writer.
   */
  private static void removeLeftovers(Path dir, Consumer<String> notes) throws IOException {
    List<Path> leftovers;
    try (Stream<Path> files = Files.list(dir)) {
      leftovers =
          files
              .filter(
                  f -> {
                    String n = f.getFileName().toString();
                    return n.startsWith(STAGING_PREFIX) || AtomicFiles.isPartial(n);
                  })
              .sorted()
              .toList();
    }
    for (Path leftover : leftovers) {
      long bytes = treeSize(leftover);
      deleteTree(leftover);
      notes.accept(
          String.format(
              Locale.ROOT,
              "removed %s (%.1f MB), left by an earlier run that was stopped",
              leftover,
              bytes / 1e6));
    }
  }

  private static long treeSize(Path root) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      long total = 0;
      for (Path p : (Iterable<Path>) all::iterator) {
        if (Files.isRegularFile(p)) {
          total += Files.size(p);
        }
      }
      return total;
    }
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    List<Path> all;
    try (Stream<Path> walk = Files.walk(root)) {
      all = walk.sorted(Comparator.reverseOrder()).toList();
    }
    for (Path p : all) {
      Files.deleteIfExists(p);
    }
  }

  private static String readAll(FileChannel channel) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(channel.size(), 4096));
    channel.read(buffer, 0);
    return new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8);
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      // The preflight's own failure is the one to report.
    }
  }
}
