package org.policyscore.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import org.policyscore.InvalidInputException;
import org.policyscore.Workspace;
import org.policyscore.archive.Archive;
import org.policyscore.archive.DocumentKey;
import org.policyscore.catalog.Catalog;
import org.policyscore.chart.ChartFormat;
import org.policyscore.chart.ChartLanguage;
import org.policyscore.chart.ChartStudy;
import org.policyscore.chart.MissingFontException;
import org.policyscore.chart.StudyCharts;
import org.policyscore.chart.StudyNames;
import org.policyscore.diff.ChangesRun;
import org.policyscore.diff.EvidenceElementLocator;
import org.policyscore.evidence.StoredText;
import org.policyscore.extract.Extractor;
import org.policyscore.extract.StudyExtraction;
import org.policyscore.extract.TextRebuild;
import org.policyscore.extract.TextVersionStore;
import org.policyscore.fetch.FetchReport;
import org.policyscore.fetch.Fetcher;
import org.policyscore.fetch.Progress;
import org.policyscore.report.StudyReport;
import org.policyscore.study.Company;
import org.policyscore.study.DocumentVersion;
import org.policyscore.study.PolicyDocument;
import org.policyscore.study.Study;

/**
 * The main job, once a year: fetch every document, rebuild the text versions, list the new
 * versions the fetch brought and write the Atom feed of changes, score the year, draw the
 * charts and write the report. One bad document never stops it; what could not be done
 * is said in the result's notes.
 */
public final class YearlyRun {
  private YearlyRun() {}

  public static RunResult run(Workspace ws, Study study, Catalog catalog, RunOptions options, Progress progress)
      throws IOException, InvalidInputException, InterruptedException, MissingFontException {
    List<String> notes = new ArrayList<>();
    Archive archive = Archive.of(ws);
    Instant started = archive.clock().instant();
    FetchReport fetched = new Fetcher(options.fetch())
        .fetchStudy(study, archive, Optional.empty(), options.offline(), progress);

    TextVersionStore texts = new TextVersionStore(ws.texts());
    // a scanned page read by OCR before is not read again by the same engine (OcrReuse)
    TextRebuild.Summary extracted = new TextRebuild(new Extractor(), texts, true)
        .run(StudyExtraction.sources(study, archive, Optional.empty()));

    // Before scoring, so the feed says what changed in the text whatever happens next. Lists
    // the versions this run's fetch brought; 'changes' answers for any other time.
    Path reportDir = ws.reports().resolve(study.id());
    ChangesRun.Place place = options.feedBase()
        .map(base -> new ChangesRun.Place(ws.texts(), archive, reportDir, base))
        .orElseGet(() -> ChangesRun.Place.local(ws.texts(), archive, reportDir));
    ChangesRun.Result changes = ChangesRun.run(study.id(), study.name(), place,
        ChangesRun.documents(study, ws.texts()), new ChangesRun.Range(started, null), new EvidenceElementLocator(catalog));

    Optional<StudyScoring.Summary> scored = Optional.empty();
    int year = options.year();
    try {
      scored = Optional.of(new StudyScoring(catalog).run(ws, study, year));
    } catch (NothingToScoreException e) {
      notes.add(capitalised(e.getMessage()) + "; " + year + " was not scored.");
    } catch (ProtectedFileException e) {
      notes.add(e.getMessage());
    }

    OptionalInt reportYear = scoredYear(ws, study, year);
    if (reportYear.isEmpty()) {
      notes.add("No year of " + study.id() + " has scores yet, so no charts or report were made.");
      return new RunResult(year, fetched, extracted, changes, scored, year, Optional.empty(), Optional.empty(), notes);
    }
    int shown = reportYear.getAsInt();
    if (shown != year) {
      notes.add("Charts and report are for " + shown + ", the latest year with scores.");
    }
    StudyCharts.Result charts;
    try {
      charts = StudyCharts.draw(ws, study.id(), OptionalInt.of(shown), catalog, StudyNames.of(study),
          ChartStudy.of(study), options.style(), ChartLanguage.EN, EnumSet.allOf(ChartFormat.class));
    } catch (StudyCharts.NoScoresException e) {
      throw new IllegalStateException("scores.csv vanished during the run", e);
    }
    // the report embeds the PNGs just drawn, in the same style, rather than drawing them again
    Path report = StudyReport.write(ws, study, shown, catalog, options.style(), charts.files());
    return new RunResult(year, fetched, extracted, changes, scored, shown, Optional.of(charts), Optional.of(report), notes);
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  /** {@code year} when it has scores, else the latest earlier year that has (else the latest). */
  static OptionalInt scoredYear(Workspace ws, Study study, int year) throws IOException {
    SortedMap<Integer, Path> years = StudyCharts.scoredYears(ws.reports().resolve(study.id()));
    if (years.isEmpty()) {
      return OptionalInt.empty();
    }
    SortedMap<Integer, Path> upTo = years.headMap(year + 1);
    return OptionalInt.of(upTo.isEmpty() ? years.lastKey() : upTo.lastKey());
  }
}
