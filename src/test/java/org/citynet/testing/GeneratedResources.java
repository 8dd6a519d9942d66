package org.citynet.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Resources made by code from other resources (the basemap's binary files): a test regenerates the
 * bytes and checks them against the committed file, so a resource never drifts from its generator.
 * With {@code -Dcitynet.writeResources=true} the test writes the file instead, e.g. {@code mvn -B
 * -q test -Dtest=WorldCountriesTest -Dcitynet.writeResources=true
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
public final class GeneratedResources {
  private GeneratedResources() {}

  /**
   * Checks that the committed file {@code committed} (relative to the repository root, where tests
   * run) holds exactly {@code generated}, or writes it when asked to.
   */
  public static void check(Path committed, byte[] generated) throws IOException {
    if (Boolean.getBoolean("citynet.writeResources")) {
      Files.write(committed, generated);
    }
    if (!Files.exists(committed)) {
      throw new AssertionError(
          committed + " is missing; write it with -Dcitynet.writeResources=true");
    }
    if (!Arrays.equals(Files.readAllBytes(committed), generated)) {
      throw new AssertionError(
          committed
              + " differs from what its generator makes today; rewrite it with"
              + " -Dcitynet.writeResources=true");
    }
  }
}
