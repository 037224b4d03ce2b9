package org.policyscore.pipeline;

import java.io.IOException;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import org.policyscore.Workspace;
import org.policyscore.chart.StudyCharts;
import org.policyscore.study.Study;

/**
 * The one rule for which year a command works on. Every command takes {@code --year}; without
 * it, the year is the study's {@code year:} (the year the study is at: a study moves on by
 * changing it). {@code run} and {@code score} work on that year. Commands that show a year's
 * scores ({@code chart}, {@code report}, {@code export}) show it when it has scores; when it
 * has none yet and no year was asked, they show the latest earlier year that has (or else the
 * latest), and say so. A year that was asked is never replaced by another.
 */
public final class StudyYears {
  /**
   * @param note why the year shown is not the study's, when it is not
   */
  public record Choice(int year, Optional<String> note) {}

  private StudyYears() {}

  /** The year to score: the one asked, else the study's. */
  public static int toScore(Study study, OptionalInt asked) {
    return asked.orElse(study.year());
  }

  /** The year whose scores to show. */
  public static Choice toShow(Workspace ws, Study study, OptionalInt asked) throws IOException {
    if (asked.isPresent()) {
      return new Choice(asked.getAsInt(), Optional.empty());
    }
    int year = study.year();
    SortedMap<Integer, ?> years = StudyCharts.scoredYears(ws.reports().resolve(study.id()));
    if (years.isEmpty() || years.containsKey(year)) {
      return new Choice(year, Optional.empty());
    }
    SortedMap<Integer, ?> upTo = years.headMap(year);
    int shown = upTo.isEmpty() ? years.lastKey() : upTo.lastKey();
    return new Choice(shown, Optional.of(study.id() + " " + year + " (the study's year) has no scores yet; showing "
        + shown + ", the latest year with scores (use --year to choose)"));
  }
}
