package org.policyscore.diff;

/** The versions a person asked to compare do not exist; the message says what does. */
public final class NoSuchVersionException extends Exception {
  private static final long serialVersionUID = 1L;

  public NoSuchVersionException(String message) {
    super(message);
  }
}
