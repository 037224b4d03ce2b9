package org.policyscore.cli;

/** A command could not do what was asked, for a reason already put in words for the user. */
public final class CommandFailedException extends Exception {
  private static final long serialVersionUID = 1L;

  public CommandFailedException(String message) {
    super(message);
  }
}
