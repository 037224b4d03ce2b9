package org.policyscore.cli;

/** The process exit codes, as documented in the README and {@code --help}. */
public enum ExitCode {
  /** Everything asked was done. */
  OK(0),
  /** Something went wrong that is not the input's fault (I/O, network with no fallback, bug). */
  FAILURE(1),
  /** The command line itself was wrong. */
  USAGE(2),
  /** Done, but some documents could not be fetched or processed; see the summary printed. */
  PARTIAL(3),
  /** A catalogue, study or CSV file does not validate; the message names file and line. */
  INVALID_INPUT(4);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
