package org.policyscore.diff;

/**
 * A run of words inside a changed sentence: kept, removed (only in the older version) or added
 * (only in the newer). Kept words carry each version's own spacing.
 *
 * @param older the run as the older version writes it ("" for an added run)
 * @param newer the run as the newer version writes it ("" for a removed run)
 */
public record Span(Kind kind, String older, String newer) {
  public enum Kind {
    SAME,
    REMOVED,
    ADDED
  }

  /** The run as shown inline: the older wording if removed, else the newer. */
  public String text() {
    return kind == Kind.REMOVED ? older : newer;
  }
}
