package org.citynet.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * SHA-256 of a file in lower-case hex, as the manifest and the run's description of its inputs
 * record it.
 *
 * <p>Why not Java's alone: under the quick JIT that {@code ./citynet} runs with, Java's SHA-256 has
 * no hardware intrinsic and hashes about 150 MB/s, a fifth of the writers' CPU on a network of
 * 30,000 links; OpenSSL's {@code openssl dgst} uses the processor's SHA instructions and hashes
 * about 1 GB/s. So a file of at least {@link #EXTERNAL_FROM_BYTES} is hashed by the system's {@code
 * openssl}, read from its standard input, and by Java when the system has no {@code openssl} or it
 * fails (after which Java hashes every file). Smaller files are hashed by Java, which is quicker
 * than starting a process. The digest is the same either way.
 */
public final class Sha256 {
  /** Smallest file handed to the external tool. */
  static final long EXTERNAL_FROM_BYTES = 1 << 20;

  private static final Pattern DIGEST = Pattern.compile("[0-9a-f]{64}");

  /** The system's OpenSSL, printing the digest of its standard input first. */
  static final List<String> OPENSSL = List.of("openssl", "dgst", "-sha256", "-r");

  private static final Sha256 SYSTEM = new Sha256(OPENSSL);

  private final List<String> command;
  private volatile boolean externalWorks = true;

  /**
   * A hasher that hands large files to {@code command}, which must read the file on its standard
   * input and print its digest in lower-case hex first on its output.
   */
  Sha256(List<String> command) {
    this.command = List.copyOf(command);
  }

  /** The SHA-256 of {@code file}'s bytes in lower-case hex. */
  public static String of(Path file) throws IOException {
    return SYSTEM.digest(file);
  }

  /** The digest of {@code file}, from the external tool where it is large and the tool works. */
  String digest(Path file) throws IOException {
    if (externalWorks && Files.size(file) >= EXTERNAL_FROM_BYTES) {
      Optional<String> external = external(file);
      if (external.isPresent()) {
        return external.get();
      }
      externalWorks = false;
    }
    return inJava(file);
  }

  /** The digest the external tool prints for {@code file}; empty when it cannot give one. */
  Optional<String> external(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException(file + " is not a readable file");
    }
    Process process;
    try {
      process =
          new ProcessBuilder(command)
              .redirectInput(file.toFile())
              .redirectError(Redirect.DISCARD)
              .start();
    } catch (IOException e) {
      return Optional.empty(); // no such tool here
    }
    try (InputStream out = process.getInputStream()) {
      String printed = new String(out.readNBytes(256), StandardCharsets.US_ASCII);
      out.transferTo(OutputStream.nullOutputStream());
      if (process.waitFor() != 0 || printed.length() < 64) {
        return Optional.empty();
      }
      String digest = printed.substring(0, 64);
      return DIGEST.matcher(digest).matches() ? Optional.of(digest) : Optional.empty();
    } catch (InterruptedException e) {
      process.destroy();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while hashing " + file, e);
    }
  }

  /** The digest of {@code file} computed by Java's own SHA-256. */
  static String inJava(Path file) throws IOException {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
        in.transferTo(OutputStream.nullOutputStream());
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
