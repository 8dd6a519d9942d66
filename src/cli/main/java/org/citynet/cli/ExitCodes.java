package org.citynet.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.citynet.io.InputException;
import org.citynet.io.InputProblem;
import org.citynet.pipeline.IoFailures;
import org.citynet.pipeline.MemoryEstimate.NotEnoughMemoryException;
import org.citynet.pipeline.OutputException;
import picocli.CommandLine;

/** The process exit codes and the one mapping from failures to codes and messages. */
public final class ExitCodes {
  /** Everything was written. */
  public static final int OK = 0;

  /** Unexpected failure: a bug, or the machine ran out of something. */
  public static final int UNEXPECTED = 1;

  /** The command line was wrong (unknown option, missing value). */
  public static final int USAGE = 2;

  /** The input data has problems the user must fix; the messages say where. */
  public static final int INPUT = 3;

  /** An output could not be written (directory not writable, disk full). */
  public static final int OUTPUT = 4;

  /** The network needs more Java heap than allowed; the message says how much to ask for. */
  public static final int MEMORY = 5;

  private ExitCodes() {}

  /** The exit code for a failure. */
  static int of(Throwable e) {
    if (e instanceof CommandLine.ParameterException) {
      return USAGE;
    }
    if (e instanceof InputException) {
      return INPUT;
    }
    if (e instanceof OutputException) {
      return OUTPUT;
    }
    if (e instanceof NotEnoughMemoryException || e instanceof OutOfMemoryError) {
      return MEMORY;
    }
    return UNEXPECTED;
  }

  /**
   * What the user reads for a failure: never a stack trace, nor a Java exception's class name (an
   * unexpected one is placed by the code line it came from, for the report).
   */
  static String messageOf(Throwable e) {
    if (e instanceof InputException input) {
      return String.join(
          System.lineSeparator(), input.problems().stream().map(InputProblem::describe).toList());
    }
    if (e instanceof OutputException output) {
      return "cannot write output: " + output.getMessage();
    }
    if (e instanceof NotEnoughMemoryException) {
      return "not enough memory: " + e.getMessage();
    }
    if (e instanceof OutOfMemoryError) {
      return "out of memory: the network is too large for the Java heap — run with a larger"
          + " heap, e.g. JAVA_OPTS=-Xmx8g ./citynet ...";
    }
    if (e instanceof IOException || e instanceof UncheckedIOException) {
      return "cannot read or write a file: " + IoFailures.describe(e);
    }
    StackTraceElement[] where = e.getStackTrace();
    return "unexpected error (please report it with the command line and this message): "
        + (e.getMessage() == null || e.getMessage().isBlank() ? "no detail given" : e.getMessage())
        + (where.length == 0
            ? ""
            : " (at "
                + where[0].getClassName()
                + "."
                + where[0].getMethodName()
                + ":"
                + where[0].getLineNumber()
                + ")");
  }
}
