package org.policyscore.chart;

import java.util.OptionalInt;
import org.policyscore.score.ScoreBasis;
import org.policyscore.score.ScoreRow;

/**
 * Where a score a chart draws comes from, and what stands behind it: figures published
 * elsewhere, or scores computed from element answers with scores.csv's {@code reviewed} record
 * ({@link ScoreBasis}: n of m answers reviewed, or incomplete), or computed scores whose
 * scores.csv says nothing about review (written before the {@code reviewed} column).
 *
 * @param review scores.csv's record of review; {@link ScoreBasis#PUBLISHED} where there is none
 * @param elements the elements the score averages (answers other than N/A); for published
 *     figures, the catalogue's elements for such a company and service; empty when unknown
 */
public record ScoreSource(Origin origin, ScoreBasis review, OptionalInt elements) {
  /** Where a score comes from. */
  public enum Origin {
    /** Figures someone published (a SOURCE.md beside scores.csv, no answers). */
    PUBLISHED,
    /** Computed here from element answers; scores.csv says how many a person reviewed. */
    ANSWERS,
    /** Computed, but scores.csv does not say how many answers were reviewed. */
    UNRECORDED
  }

  public static ScoreSource published(OptionalInt elements) {
    return new ScoreSource(Origin.PUBLISHED, ScoreBasis.PUBLISHED, elements);
  }

  public static ScoreSource unrecorded() {
    return new ScoreSource(Origin.UNRECORDED, ScoreBasis.PUBLISHED, OptionalInt.empty());
  }

  /**
   * What a row of scores.csv says by itself: computed from answers when it has a {@code
   * reviewed} record (n/m), else nothing recorded.
   */
  public static ScoreSource of(ScoreRow row, OptionalInt elements) {
    return row.basis().published() ? new ScoreSource(Origin.UNRECORDED, row.basis(), elements)
        : new ScoreSource(Origin.ANSWERS, row.basis(), elements);
  }

  /** Computed from answers not all of which a person has reviewed, or with some missing. */
  public boolean draft() {
    return origin == Origin.ANSWERS && review.draft();
  }

  /** An element behind the score has no answer at all: there is no value to draw. */
  public boolean incomplete() {
    return !review.complete();
  }

  /** Every answer behind it there and reviewed by a person. */
  public boolean reviewedInFull() {
    return origin == Origin.ANSWERS && !review.draft();
  }

  /** "incomplete: 2 of 7 reviewed", "draft: 3 of 7 reviewed", or empty for a final score. */
  public String note(ChartWords words) {
    if (incomplete()) {
      return words.incompleteNote(review.reviewed(), review.elements());
    }
    return draft() ? words.draftNote(review.reviewed(), review.elements()) : "";
  }
}
