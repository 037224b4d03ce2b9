package org.policyscore.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.policyscore.InvalidInputException;
import org.policyscore.catalog.Catalog;
import org.policyscore.catalog.CatalogCache;
import org.policyscore.pipeline.RdrExport;
import org.policyscore.pipeline.StudyYears;
import org.policyscore.study.Study;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code export STUDY --format rdr --out DIR}: a year's answers and scores in RDR's layouts. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Write a study year's answers and scores in the CSV layouts of RDR's Index data, so they",
      "line up with RDR's files: YEAR-STUDY-06-element-scores.csv (every element answer), and",
      "-04-indicator-scores, -03-total-scores and -01-quick-overview (rdr-index studies) or",
      "-05-level-scores (per-service studies). 'policyscore aggregate' on the element file gives",
      "the study's scores back. Unreviewed suggestions are exported as the answers that count",
      "(the summary says how many); an element with no answer has an empty Result."
    })
final class ExportCommand implements Callable<Integer> {
  @ParentCommand PolicyscoreCommand app;

  @Parameters(index = "0", paramLabel = "STUDY", description = "Study id, e.g. cambodia.")
  String study;

  @Option(names = "--year", paramLabel = "Y", description = Years.HELP
      + " (default: the study's year, or the latest year with scores before it).")
  String year;

  @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "rdr: RDR's Index CSV layouts.")
  String format;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the files into.")
  Path out;

  @Override
  public Integer call() throws InvalidInputException, IOException, CommandFailedException, UsageException {
    var asked = Years.parse(year);
    if (!format.equals("rdr")) {
      throw new UsageException("--format must be rdr (RDR's Index CSV layouts), not '" + format + "'");
    }
    Study s = Studies.load(app.workspace(), study);
    Catalog catalog = CatalogCache.load(app.workspace().catalogFile(s.catalogId()));
    StudyYears.Choice choice = StudyYears.toShow(app.workspace(), s, asked);
    choice.note().ifPresent(n -> app.spec.commandLine().getErr().println("note: " + n));
    RdrExport.Result r;
    try {
      r = RdrExport.write(app.workspace(), s, choice.year(), catalog, out);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new CommandFailedException(e.getReason());
    }
    PrintWriter print = app.spec.commandLine().getOut();
    if (!app.quiet()) {
      for (Path f : r.files()) {
        print.println("wrote " + app.workspace().display(f));
      }
    }
    print.printf("%s %d in RDR's layouts: %d element answer(s)", s.id(), choice.year(), r.elements());
    if (r.elements() == 0) {
      print.print(" (no answers.csv: scores only)");
    }
    print.println();
    if (r.unreviewed() > 0) {
      print.printf("draft: %d of the %d answers are not reviewed by a person yet%n", r.unreviewed(), r.elements());
    }
    if (r.unanswered() > 0) {
      print.printf("incomplete: %d element(s) have no answer yet (an empty Result)%n", r.unanswered());
    }
    return ExitCode.OK.code();
  }
}
