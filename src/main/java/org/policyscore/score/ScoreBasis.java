package org.policyscore.score;

/**
 * What a score rests on: of the {@code elements} element answers behind it, how many a person
 * reviewed (and no later change of evidence put in doubt), and whether every one of them has
 * an answer at all. Written in scores.csv as the {@code reviewed} column, {@code n/m}; an
 * incomplete score has no value and is written {@code incomplete}.
 *
 * @param reviewed element answers behind the score that a person reviewed
 * @param elements element answers behind the score, answered or not (N/A ones included)
 * @param complete every element behind the score has an answer or a suggestion
 */
public record ScoreBasis(int reviewed, int elements, boolean complete) {
  /**
   * Figures this tool did not compute (a scores.csv with no {@code reviewed} column, such as a
   * report's published scores): final as they stand, nothing here to review.
   */
  public static final ScoreBasis PUBLISHED = new ScoreBasis(0, 0, true);

  public ScoreBasis {
    if (reviewed < 0 || reviewed > elements) {
      throw new IllegalArgumentException("reviewed " + reviewed + " of " + elements);
    }
  }

  /** Rests on no answers at all: a figure read as published ({@link #PUBLISHED}). */
  public boolean published() {
    return elements == 0 && complete;
  }

  /** Not final yet: some answer behind it is unreviewed (or missing). */
  public boolean draft() {
    return reviewed < elements || !complete;
  }

  /** {@code n/m}, as in scores.csv. */
  public String reviewedText() {
    return reviewed + "/" + elements;
  }

  /** Both together: what a family, category or total rests on. */
  public ScoreBasis plus(ScoreBasis other) {
    return new ScoreBasis(reviewed + other.reviewed, elements + other.elements, complete && other.complete);
  }
}
