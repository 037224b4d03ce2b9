package org.policyscore.cli;

/**
 * The command line asked for something impossible, found only once the command runs (a year out
 * of range, a folder that is no workspace, a date that is no date): one line says what, then the
 * command's usage; exit code 2, like a parse error. Unchecked, as picocli's own parameter errors
 * are, so that any command (and the helpers it calls) can raise it.
 */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
