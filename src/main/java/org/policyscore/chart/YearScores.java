package org.policyscore.chart;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.policyscore.score.ScoreRow;

/**
 * One year's scores as charts draw them: the rows of scores.csv and, per score, where it comes
 * from and what stands behind it (published, reviewed, draft, incomplete).
 *
 * @param published the year holds published figures (a SOURCE.md and no element answers)
 */
public record YearScores(int year, List<ScoreRow> rows, Map<ScoreRef, ScoreSource> sources, boolean published) {

  public YearScores {
    rows = List.copyOf(rows);
    sources = Map.copyOf(sources);
  }

  /** Scores with nothing beside them (tests, ad-hoc tables): each row says what it rests on. */
  public static YearScores of(int year, List<ScoreRow> rows) {
    Map<ScoreRef, ScoreSource> sources = new HashMap<>();
    rows.forEach(r -> sources.put(ScoreRef.of(r), ScoreSource.of(r, OptionalInt.empty())));
    return new YearScores(year, rows, sources, false);
  }

  public ScoreSource source(ScoreRef ref) {
    return sources.getOrDefault(ref, published ? ScoreSource.published(OptionalInt.empty())
        : ScoreSource.unrecorded());
  }
}
