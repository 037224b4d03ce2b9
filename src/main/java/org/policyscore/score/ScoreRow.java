package org.policyscore.score;

import java.util.OptionalDouble;

/**
 * One row of scores.csv: {@code company, service, kind, id, score, reviewed}.
 *
 * @param service empty for a company-level score (rdr-index mode); the service's name in
 *     per-service mode ({@code mobile}, {@code broadband}, ...)
 * @param id an indicator or family id ({@code F1a}, {@code F1}), a category ({@code G}, {@code
 *     F}, {@code P}) or {@code total}
 * @param score full precision; empty when not applicable (written {@code NA}) or incomplete
 *     (written {@code incomplete})
 * @param basis how many of the answers behind it a person reviewed, and whether all are there
 */
public record ScoreRow(
    String company, String service, ScoreKind kind, String id, OptionalDouble score, ScoreBasis basis) {

  public ScoreRow {
    if (!basis.complete() && score.isPresent()) {
      throw new IllegalArgumentException("an incomplete score has no value: " + company + " " + id);
    }
  }

  /** A published figure ({@link ScoreBasis#PUBLISHED}). */
  public ScoreRow(String company, String service, ScoreKind kind, String id, OptionalDouble score) {
    this(company, service, kind, id, score, ScoreBasis.PUBLISHED);
  }

  /** Some answer behind the score is not reviewed by a person yet, or missing. */
  public boolean draft() {
    return basis.draft();
  }

  /** An element behind the score has neither an answer nor a suggestion: there is no score yet. */
  public boolean incomplete() {
    return !basis.complete();
  }
}
