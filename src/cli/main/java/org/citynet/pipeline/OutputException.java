package org.citynet.pipeline;

/** An output file could not be written; the message names the file and the reason. */
public final class OutputException extends Exception {
  private static final long serialVersionUID = 1L;

  public OutputException(String message, Throwable cause) {
    super(message, cause);
  }
}
