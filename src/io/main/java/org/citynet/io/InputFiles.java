package org.citynet.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Opens an input file, naming what keeps it from being read in the words every reader uses. */
final class InputFiles {
  private InputFiles() {}

  /**
   * The file's bytes.
   *
   * @param kind what the file should be, e.g. "CSV file"
   * @throws InputException when it is a directory, missing or not readable
   */
  static InputStream open(Path path, String kind) throws InputException, IOException {
    String file = path.toString();
    if (Files.isDirectory(path)) {
      throw new InputException(
          new InputProblem(file, 0, "", "is a directory, not a " + kind, "name the " + kind));
    }
    try {
      return Files.newInputStream(path);
    } catch (NoSuchFileException e) {
      throw new InputException(new InputProblem(file, 0, "", "file not found", "check the path"));
    } catch (AccessDeniedException e) {
      throw new InputException(
          new InputProblem(
              file, 0, "", "cannot be read: permission denied", "check its permissions"));
    }
  }
}
