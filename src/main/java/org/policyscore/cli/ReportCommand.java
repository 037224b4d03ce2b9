package org.policyscore.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.policyscore.InvalidInputException;
import org.policyscore.catalog.Catalog;
import org.policyscore.catalog.CatalogCache;
import org.policyscore.chart.ChartStyle;
import org.policyscore.chart.MissingFontException;
import org.policyscore.pipeline.StudyYears;
import org.policyscore.report.StudyReport;
import org.policyscore.study.Study;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code report [STUDY]}: the study year's self-contained HTML report. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Write a study year's report as one HTML page: reports/STUDY/YEAR/report.html.",
      "Method and attribution, the scores table, the charts, every element's answer with its",
      "quotes and whether a person reviewed it, and the documents with their hashes and dates.",
      "The page needs no network and prints cleanly; links to archived snapshots are relative."
    })
final class ReportCommand implements Callable<Integer> {
  @ParentCommand PolicyscoreCommand app;

  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "STUDY", description = "The study (default: the workspace's only one).")
  String study;

  @Option(names = "--year", paramLabel = "YEAR", description = Years.HELP
      + " (default: the study's year, or the latest year with scores before it).")
  String year;

  @Option(names = "--style", paramLabel = "STYLE", description = "Chart style: light (default) or report.")
  String style = ChartStyle.LIGHT.cliName();

  @Override
  public Integer call() throws InvalidInputException, IOException, CommandFailedException, UsageException {
    var asked = Years.parse(year);
    ChartStyle chartStyle = ChartStyle.parse(style).orElseThrow(() -> new ParameterException(spec.commandLine(),
        "--style must be light or report, not '" + style + "'"));
    Study s = Studies.load(app.workspace(), study);
    Catalog catalog = CatalogCache.load(app.workspace().catalogFile(s.catalogId()));
    StudyYears.Choice choice = StudyYears.toShow(app.workspace(), s, asked);
    int y = choice.year();
    Path scores = app.workspace().reportDir(s.id(), y).resolve("scores.csv");
    if (!java.nio.file.Files.isRegularFile(scores)) {
      throw new CommandFailedException("no scores for " + s.id() + " " + y + ": " + app.workspace().display(scores)
          + " does not exist; run 'policyscore score " + s.id() + " --year " + y + "' first");
    }
    choice.note().ifPresent(n -> app.spec.commandLine().getErr().println("note: " + n));
    Path page;
    try {
      page = StudyReport.write(app.workspace(), s, y, catalog, chartStyle);
    } catch (MissingFontException e) {
      throw new CommandFailedException(e.getMessage());
    }
    app.spec.commandLine().getOut().println("wrote " + app.workspace().display(page));
    return ExitCode.OK.code();
  }
}
