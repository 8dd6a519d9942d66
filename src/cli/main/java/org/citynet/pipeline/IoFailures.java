package org.citynet.pipeline;

import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.NotLinkException;

/**
 * The one wording of file-system failures for users: what happened to which file, never the Java
 * exception's class name (which {@code toString()} and some messages carry).
 */
public final class IoFailures {
  private IoFailures() {}

  /** Says what went wrong in plain words, naming the file when Java names one. */
  public static String describe(Throwable failure) {
    Throwable e = failure instanceof UncheckedIOException u ? u.getCause() : failure;
    if (e instanceof FileSystemException fs) {
      String file = fs.getFile() == null ? "a file" : fs.getFile();
      String reason = fs.getReason();
      String what;
      if (fs instanceof AccessDeniedException) {
        what = "permission denied: " + file;
      } else if (fs instanceof NoSuchFileException) {
        what = "no such file or folder: " + file;
      } else if (fs instanceof FileAlreadyExistsException) {
        what = file + " already exists and is in the way";
      } else if (fs instanceof NotDirectoryException) {
        what = file + " is not a folder";
      } else if (fs instanceof DirectoryNotEmptyException) {
        what = "the folder " + file + " is not empty";
      } else if (fs instanceof FileSystemLoopException) {
        what = "the folders loop through a link at " + file;
      } else if (fs instanceof NotLinkException) {
        what = file + " is not a symbolic link";
      } else {
        what = file;
      }
      String other = fs.getOtherFile() == null ? "" : " (and " + fs.getOtherFile() + ")";
      return what + other + (reason == null || what.contains(reason) ? "" : ": " + reason);
    }
    String message = e.getMessage();
    return message == null || message.isBlank()
        ? "an unexplained input or output failure"
        : message;
  }
}
