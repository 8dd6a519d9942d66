package org.citynet.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Sha256Test {
  /** SHA-256 of 1 MiB of the letter a, as coreutils' sha256sum gives it. */
  private static final String MEBIBYTE_OF_A =
      "9bc1b2a288b26af7257a36277ae3816a7d4f16e89c1e7e77d0a5c48bad62b360";

  @TempDir Path dir;

  private Path mebibyteOfA() throws IOException {
    byte[] bytes = new byte[(int) Sha256.EXTERNAL_FROM_BYTES];
    Arrays.fill(bytes, (byte) 'a');
    return Files.write(dir.resolve("a.bin"), bytes);
  }

  @Test
  void systemOpensslGivesTheKnownDigestOfALargeFile() throws IOException {
    // .ci/run installs openssl, so this checks the path ./citynet takes on Debian
    assertThat(new Sha256(Sha256.OPENSSL).external(mebibyteOfA())).contains(MEBIBYTE_OF_A);
  }

  @Test
  void javaGivesTheKnownDigests() throws IOException {
    assertThat(Sha256.inJava(mebibyteOfA())).isEqualTo(MEBIBYTE_OF_A);
    assertThat(Sha256.inJava(Files.writeString(dir.resolve("abc"), "abc")))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void fallsBackToJavaWithoutTheTool() throws IOException {
    Sha256 hasher = new Sha256(List.of("citynet-no-such-tool"));
    assertThat(hasher.external(mebibyteOfA())).isEmpty();
    assertThat(hasher.digest(mebibyteOfA())).isEqualTo(MEBIBYTE_OF_A);
  }

  @Test
  void fallsBackToJavaWhenTheToolPrintsNoDigest() throws IOException {
    Sha256 hasher = new Sha256(List.of("echo", "x".repeat(70)));
    assertThat(hasher.external(mebibyteOfA())).isEmpty();
    assertThat(hasher.digest(mebibyteOfA())).isEqualTo(MEBIBYTE_OF_A);
  }

  @Test
  void fallsBackToJavaWhenTheToolFails() throws IOException {
    assertThat(new Sha256(List.of("false")).digest(mebibyteOfA())).isEqualTo(MEBIBYTE_OF_A);
  }

  @Test
  void refusesAMissingFile() {
    Path missing = dir.resolve("missing");
    assertThatThrownBy(() -> Sha256.of(missing)).isInstanceOf(IOException.class);
  }
}
