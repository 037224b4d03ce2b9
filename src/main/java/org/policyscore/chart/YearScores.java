package org.policyscore.chart;

import java.util.List;
import java.util.Map;
import org.policyscore.score.ScoreRow;

/**
 * One year's scores as charts draw them: the rows of scores.csv and, per score, what stands
 * behind it (published, reviewed, draft).
 *
 * @param published the year holds published figures (a SOURCE.md and no element answers)
 */
public record YearScores(int year, List<ScoreRow> rows, Map<ScoreRef, ScoreBasis> bases, boolean published) {

  public YearScores {
    rows = List.copyOf(rows);
    bases = Map.copyOf(bases);
  }

  /** Scores with nothing known about what stands behind them (tests, ad-hoc tables). */
  public static YearScores of(int year, List<ScoreRow> rows) {
    return new YearScores(year, rows, Map.of(), false);
  }

  public ScoreBasis basis(ScoreRef ref) {
    return bases.getOrDefault(ref, published ? ScoreBasis.published(java.util.OptionalInt.empty())
        : ScoreBasis.unrecorded());
  }
}
