package org.policyscore.cli;

/**
 * The command line asks for something that cannot be, found only once the command runs (a
 * folder that is no workspace, a date that is no date): exit code 2, like a parse error.
 * Unchecked, as picocli's own parameter errors are, so that any command can raise it.
 */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message);
  }
}
