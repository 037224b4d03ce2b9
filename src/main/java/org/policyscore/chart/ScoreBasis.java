package org.policyscore.chart;

import java.util.OptionalInt;

/**
 * What stands behind one score: figures published elsewhere, or element answers of which a
 * person reviewed {@code reviewed} of {@code answers} (fewer: a draft), and how many elements
 * gave it points, where that is known.
 *
 * @param elements the elements the score averages (answers other than N/A); for published
 *     figures, the catalogue's elements for such a company and service
 */
public record ScoreBasis(Source source, int reviewed, int answers, OptionalInt elements) {
  /** Where a score comes from. */
  public enum Source {
    /** Figures someone published (a SOURCE.md beside scores.csv, no answers). */
    PUBLISHED,
    /** Computed here from element answers; {@code reviewed} of {@code answers} by a person. */
    ANSWERS,
    /** Computed, but nothing says how many answers were reviewed. */
    UNRECORDED
  }

  public static ScoreBasis published(OptionalInt elements) {
    return new ScoreBasis(Source.PUBLISHED, 0, 0, elements);
  }

  public static ScoreBasis unrecorded() {
    return new ScoreBasis(Source.UNRECORDED, 0, 0, OptionalInt.empty());
  }

  /** Computed from answers not all of which a person has reviewed. */
  public boolean draft() {
    return source == Source.ANSWERS && reviewed < answers;
  }

  /** Every answer behind it reviewed by a person. */
  public boolean reviewedInFull() {
    return source == Source.ANSWERS && reviewed == answers;
  }

  /** "draft: 3 of 7 reviewed" for a draft, else empty. */
  public String note(ChartWords words) {
    return draft() ? words.draftNote(reviewed, answers) : "";
  }
}
