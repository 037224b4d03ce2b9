package org.policyscore.pipeline;

/**
 * The year asked has no text in force: no declared document has a text version dated in that
 * year or before. Scoring it would write a year of "not suggested" rows that a trend chart
 * would later draw as a fall, so it is refused; the message says why (nothing archived yet, or
 * texts that are all dated later).
 */
public final class NothingToScoreException extends Exception {
  private static final long serialVersionUID = 1L;

  public NothingToScoreException(String message) {
    super(message);
  }
}
