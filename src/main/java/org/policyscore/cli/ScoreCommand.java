package org.policyscore.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.concurrent.Callable;
import org.policyscore.InvalidInputException;
import org.policyscore.catalog.Catalog;
import org.policyscore.catalog.CatalogCache;
import org.policyscore.pipeline.ProtectedFileException;
import org.policyscore.pipeline.StudyScoring;
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
      "where you answered, scores use your answer."
    })
final class ScoreCommand implements Callable<Integer> {
  @ParentCommand PolicyscoreCommand app;

  @Parameters(index = "0", paramLabel = "STUDY", description = "Study id, e.g. cambodia.")
  String study;

  @Option(names = "--year", paramLabel = "Y", description = "Report year (default: the study's year); text versions after it are ignored.")
  Integer year;

  @Override
  public Integer call() throws InvalidInputException, CommandFailedException, IOException {
    Study s = Studies.load(app.workspace(), study);
    var catalogFile = app.workspace().catalogFile(s.catalogId());
    if (!Files.isRegularFile(catalogFile)) {
      throw new CommandFailedException("catalogue " + s.catalogId() + " not found: " + app.workspace().display(catalogFile));
    }
    Catalog catalog = CatalogCache.load(catalogFile);
    int y = year == null ? s.year() : year;
    StudyScoring.Summary r;
    try {
      r = new StudyScoring(catalog).run(app.workspace(), s, y);
    } catch (ProtectedFileException e) {
      throw new CommandFailedException(e.getMessage());
    }
    PrintWriter out = app.spec.commandLine().getOut();
    if (!app.quiet()) {
      out.printf("%s %d: %d text version(s) read, %d element answer(s)%n", s.id(), y, r.sources(), r.rows());
      out.printf("  with evidence:          %d (suggested partial, with quotes)%n", r.withEvidence());
      out.printf("  without evidence:       %d (suggested no disclosure found)%n", r.withoutEvidence());
      out.printf("  answered from facts:    %d (languages, clicks from the home page)%n", r.fromFacts());
      out.printf("  not suggested:          %d (no text yet, or no recorded clicks)%n", r.notSuggested());
      out.printf("  reviewed:               %d%n", r.reviewed());
      out.printf("  unreviewed:             %d%n", r.unreviewed());
      out.printf("  %d row(s) added, %d updated%n", r.added(), r.updated());
    }
    out.println("wrote " + app.workspace().display(r.answersFile()) + " and " + app.workspace().display(r.scoresFile()));
    return ExitCode.OK.code();
  }
}
