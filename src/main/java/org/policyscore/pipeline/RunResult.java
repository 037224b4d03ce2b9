package org.policyscore.pipeline;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.policyscore.chart.StudyCharts;
import org.policyscore.diff.ChangesRun;
import org.policyscore.extract.TextRebuild;
import org.policyscore.fetch.FetchReport;

/**
 * What the yearly run did, stage by stage.
 *
 * @param changes the new text versions this run's fetch brought (first archived or changed); the feed
 * @param scoring empty when the year was not scored; {@code notes} say why
 * @param reportYear the year whose charts and report were written: the run's year when it has
 *     scores, else the latest year that has (e.g. a published baseline)
 * @param notes plain sentences for the user about what was skipped or fell back
 */
public record RunResult(
    int year,
    FetchReport fetch,
    TextRebuild.Summary extraction,
    ChangesRun.Result changes,
    Optional<StudyScoring.Summary> scoring,
    int reportYear,
    Optional<StudyCharts.Result> charts,
    Optional<Path> report,
    List<String> notes) {

  /** Something could not be fetched or read: the run is a partial success (exit 3). */
  public boolean partial() {
    return fetch.anyFailed() || extraction.failedDocuments() > 0;
  }
}
