package org.policyscore.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.policyscore.InvalidInputException;
import org.policyscore.catalog.Catalog;
import org.policyscore.catalog.CatalogCache;
import org.policyscore.pipeline.NothingToScoreException;
import org.policyscore.pipeline.ProtectedFileException;
import org.policyscore.pipeline.StudyScoring;
import org.policyscore.pipeline.StudyYears;
import org.policyscore.score.AnswerRow;
import org.policyscore.study.Study;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code score STUDY [--year Y]}: evidence, suggested answers, merge, aggregate. */
@Command(
    name = "score",
    mixinStandardHelpOptions = true,
    description = {
      "Find evidence, suggest answers and compute the scores of a study year.",
      "Reads the newest text versions as of the year, looks for evidence for every element",
      "of the study's indicators, merges suggested answers into",
      "reports/<study>/<year>/answers.csv and computes scores.csv from it.",
      "Suggestions are retrieval, not verdicts: a sentence that matches an element's cues",
      "suggests 'partial' with the quote and its character offsets; no match suggests",
      "'no disclosure found'. Your answer, comment and reviewer columns are never changed:",
      "where you answered, scores use your answer. A reviewed answer whose evidence changed",
      "(a new text version, a quote added or gone) is marked in the 'stale' column and listed here.",
      "A year with no text version in force is refused."
    })
final class ScoreCommand implements Callable<Integer> {
  /** Stale rows listed at most; the answers file has them all. */
  private static final int LISTED = 40;

  @ParentCommand PolicyscoreCommand app;

  @Parameters(index = "0", paramLabel = "STUDY", description = "Study id, e.g. cambodia.")
  String study;

  @Option(names = "--year", paramLabel = "Y",
      description = "The year to score, " + org.policyscore.study.Study.FIRST_YEAR + " to " + org.policyscore.study.Study.LAST_YEAR
          + " (default: the study's year); text versions dated after it are ignored.")
  String year;

  @Override
  public Integer call() throws InvalidInputException, CommandFailedException, IOException, UsageException {
    var asked = Years.parse(year);
    Study s = Studies.load(app.workspace(), study);
    var catalogFile = app.workspace().catalogFile(s.catalogId());
    if (!Files.isRegularFile(catalogFile)) {
      throw new CommandFailedException("catalogue " + s.catalogId() + " not found: " + app.workspace().display(catalogFile));
    }
    Catalog catalog = CatalogCache.load(catalogFile);
    int y = StudyYears.toScore(s, asked);
    StudyScoring.Summary r;
    try {
      r = new StudyScoring(catalog).run(app.workspace(), s, y);
    } catch (ProtectedFileException | NothingToScoreException e) {
      throw new CommandFailedException(e.getMessage());
    }
    PrintWriter out = app.spec.commandLine().getOut();
    if (!app.quiet()) {
      out.printf("%s %d: %d text version(s) read, %d element answer(s)%n", s.id(), y, r.sources(), r.rows());
      out.printf("  with evidence:          %d (suggested partial, with quotes)%n", r.withEvidence());
      out.printf("  without evidence:       %d (suggested no disclosure found)%n", r.withoutEvidence());
      out.printf("  answered from facts:    %d (languages, clicks from the home page)%n", r.fromFacts());
      out.printf("  not suggested:          %d (read by a person, no text yet, a damaged text, no recorded clicks)%n", r.notSuggested());
      out.printf("  reviewed:               %d%s%n", r.reviewed(),
          r.stale().isEmpty() ? "" : " (" + r.stale().size() + " of them to look at again, below)");
      out.printf("  unreviewed:             %d%n", r.unreviewed());
      out.printf("  %d row(s) added, %d updated%n", r.added(), r.updated());
      r.notes().forEach(n -> out.println("note: " + n));
    }
    if (!r.stale().isEmpty()) {
      // always printed: a review that no longer holds is what a person must act on
      out.printf("stale: %d reviewed answer(s) need a second look (the evidence changed; %d this run);%n"
          + "  check each, then empty its 'stale' cell:%n", r.stale().size(), r.newlyStale());
      // a changed suggestion first, then quotes added or gone, then a new text version alone
      List<AnswerRow> ordered = r.stale().stream()
          .sorted(Comparator.comparingInt((AnswerRow x) -> x.stale().contains("suggestion changed") ? 0
              : x.stale().contains("quote ") ? 1 : 2)).toList();
      for (AnswerRow row : ordered.subList(0, Math.min(LISTED, ordered.size()))) {
        out.printf("  %s %s %s%s: %s%n", row.element(), row.company(), row.level().csvName(),
            row.service().isEmpty() ? "" : " " + row.service(),
            String.join("; ", row.stale().lines().filter(l -> !l.startsWith("accepted: ")).toList()));
      }
      if (ordered.size() > LISTED) {
        out.printf("  ... and %d more: filter the 'stale' column of %s%n", ordered.size() - LISTED,
            app.workspace().display(r.answersFile()));
      }
    }
    out.println("wrote " + app.workspace().display(r.answersFile()) + " and " + app.workspace().display(r.scoresFile()));
    return ExitCode.OK.code();
  }
}
