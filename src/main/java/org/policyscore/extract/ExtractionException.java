package org.policyscore.extract;

import java.util.Optional;

/**
 * A snapshot that gives no usable text: too large, unreadable, a declared selector that
 * matches nothing, a text too short to be a policy. An expected, per-document failure: the
 * batch reports it and goes on with the next document.
 */
public class ExtractionException extends Exception {
  private static final long serialVersionUID = 1L;

  private final String selector;

  public ExtractionException(String message) {
    this(message, null, null);
  }

  public ExtractionException(String message, String selector, Throwable cause) {
    super(message, cause);
    this.selector = selector;
  }

  /** The declared selector the problem is about, when there is one. */
  public Optional<String> selector() {
    return Optional.ofNullable(selector);
  }
}
