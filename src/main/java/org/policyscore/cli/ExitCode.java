package org.policyscore.cli;

/** The process exit codes, as documented in the README and {@code --help}. */
public enum ExitCode {
  /** Everything asked was done. */
  OK(0, "success"),
  /** Something went wrong that is not the input's fault (I/O, network with no fallback, bug). */
  FAILURE(1, "failure"),
  /** The command line itself was wrong. */
  USAGE(2, "usage error (the command line was wrong)"),
  /** Done, but some documents could not be fetched or processed; see the summary printed. */
  PARTIAL(3, "partial success: some documents could not be fetched or read"),
  /** A catalogue, study or CSV file does not validate; the message names file and line. */
  INVALID_INPUT(4, "invalid input data: a catalogue, study or CSV file; the message says which file and line, "
      + "and what was expected");

  private final int code;
  private final String meaning;

  ExitCode(int code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  /** What the code means, as {@code --help} lists it. */
  public String meaning() {
    return meaning;
  }

  public int code() {
    return code;
  }
}
