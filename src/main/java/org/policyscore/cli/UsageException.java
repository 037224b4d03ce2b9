package org.policyscore.cli;

/** The command line asked for something impossible: one line says what; exit code 2. */
final class UsageException extends Exception {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
