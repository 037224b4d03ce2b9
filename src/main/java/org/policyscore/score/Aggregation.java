package org.policyscore.score;

import java.util.List;

/**
 * What aggregating a set of answers gave: the scores, and how much of them rests on answers a
 * person has not yet reviewed.
 *
 * @param answered elements with an answer or a suggestion
 * @param unreviewed of those, the ones scored from the tool's suggestion alone
 * @param unanswered elements with neither (left out of every average)
 */
public record Aggregation(List<ScoreRow> scores, int answered, int unreviewed, int unanswered) {
  public Aggregation {
    scores = List.copyOf(scores);
  }
}
