package org.policyscore.fetch;

/**
 * A document could not be fetched, for a reason put in words for the summary table.
 *
 * @see #retryable()
 */
public final class FetchFailure extends Exception {
  private static final long serialVersionUID = 1L;

  private final boolean retryable;
  private final long retryAfterMillis;

  FetchFailure(String reason, boolean retryable) {
    this(reason, retryable, -1);
  }

  FetchFailure(String reason, boolean retryable, long retryAfterMillis) {
    super(reason);
    this.retryable = retryable;
    this.retryAfterMillis = retryAfterMillis;
  }

  /** Timeouts, 429 and 5xx may go away if asked again later; a 404 will not. */
  public boolean retryable() {
    return retryable;
  }

  /** What the server's Retry-After asked for, in milliseconds; -1 when it said nothing. */
  long retryAfterMillis() {
    return retryAfterMillis;
  }
}
