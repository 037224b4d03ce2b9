package org.policyscore.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.policyscore.InvalidInputException;
import org.policyscore.Workspace;
import org.policyscore.catalog.Catalog;
import org.policyscore.catalog.CatalogCache;
import org.policyscore.chart.ChartStyle;
import org.policyscore.chart.MissingFontException;
import org.policyscore.fetch.FetchOptions;
import org.policyscore.pipeline.RunOptions;
import org.policyscore.pipeline.RunResult;
import org.policyscore.pipeline.StudyYears;
import org.policyscore.pipeline.YearlyRun;
import org.policyscore.study.Study;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code run [STUDY] [--year Y] [--offline]}: the yearly job, start to finish. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "The main job, once a year: fetch, extract, score, chart and report a study.",
      "It fetches every document of the study, rebuilds the text versions, finds evidence",
      "and suggests answers (your answers in answers.csv are kept), computes the scores,",
      "draws the charts and writes the report. Prints what it could not fetch and where",
      "the report is.",
      "%nWith no network it works from the archive; a year with no documents yet is not",
      "scored, and the latest scored year (e.g. the 2022 published baseline) is charted.",
      "Exit code 3 when some documents could not be fetched or read."
    })
final class RunCommand implements Callable<Integer> {
  @ParentCommand PolicyscoreCommand app;

  @Parameters(arity = "0..1", paramLabel = "STUDY", description = "Study id, e.g. cambodia (default: the only study in policies/).")
  String study;

  @Option(names = "--year", paramLabel = "Y", description = "The year to score, 1990 to 2200 (default: the study's year).")
  String year;

  @Option(names = "--offline", description = "Use the archive only; do not touch the network.")
  boolean offline;

  @Option(names = "--style", paramLabel = "STYLE", description = "Chart style: light (default, for print) or report (the 2022 report's dark look).")
  String style = ChartStyle.LIGHT.cliName();

  @Option(names = "--delay", paramLabel = "SECONDS",
      description = "Pause between two requests to the same site, to be polite (default: ${DEFAULT-VALUE}).")
  double delay = 2;

  @Option(names = "--base-url", paramLabel = "URL", description = FeedBase.HELP)
  String baseUrl;

  @Override
  public Integer call()
      throws InvalidInputException, CommandFailedException, IOException, InterruptedException, UsageException {
    var asked = Years.parse(year);
    ChartStyle chartStyle = ChartStyle.parse(style).orElseThrow(() -> new ParameterException(
        app.spec.commandLine(), "--style must be light or report, not '" + style + "'"));
    FetchOptions fetchOptions = FetchOptions.defaults().withPerHostDelay(Delay.of(delay, app.spec.commandLine()));
    Workspace ws = app.workspace();
    Study s = Studies.load(ws, study);
    Catalog catalog = CatalogCache.load(ws.catalogFile(s.catalogId()));
    int y = StudyYears.toScore(s, asked);
    RunOptions options = new RunOptions(y, offline, chartStyle, fetchOptions,
        java.util.Optional.ofNullable(baseUrl).map(u -> FeedBase.parse(u, app.spec.commandLine())));

    RunResult result;
    try {
      result = YearlyRun.run(ws, s, catalog, options, FetchSummary.progress(app));
    } catch (MissingFontException e) {
      throw new CommandFailedException(e.getMessage());
    }
    print(ws, s, result, app.spec.commandLine().getOut(), app.quiet());
    return result.partial() ? ExitCode.PARTIAL.code() : ExitCode.OK.code();
  }

  private static void print(Workspace ws, Study s, RunResult r, PrintWriter out, boolean quiet) {
    out.println("== fetch");
    FetchSummary.print(r.fetch(), out, quiet);
    out.println("== extract");
    ExtractCommand.print(r.extraction(), out, true);
    out.printf("== changes%n%d new version(s) from this run's fetch; feed: %s ('policyscore changes' lists any period)%n",
        r.changes().listed().size(), ws.display(r.changes().feed()));
    for (var c : r.changes().listed()) {
      out.printf("  %s: %s%s%n", c.doc().displayName(), c.what(),
          c.isFirst() ? "" : "; elements touched: " + c.touchedSummary());
    }
    out.println("== score " + r.year());
    r.scoring().ifPresent(sc -> out.printf(
        "%d element answer(s) from %d text version(s): %d with evidence, %d without, %d from facts,"
            + " %d not suggested; %d reviewed by a person, %d unreviewed%s%n",
        sc.rows(), sc.sources(), sc.withEvidence(), sc.withoutEvidence(), sc.fromFacts(), sc.notSuggested(),
        sc.reviewed(), sc.unreviewed(), sc.stale().isEmpty() ? ""
            : "; " + sc.stale().size() + " stale review(s): run 'policyscore score " + s.id() + " --year " + r.year()
                + "' to list them"));
    r.scoring().ifPresent(sc -> sc.notes().forEach(n -> out.println("note: " + n)));
    r.notes().forEach(n -> out.println("note: " + n));
    r.charts().ifPresent(c -> out.printf("== charts%n%d chart(s) in %s%n", c.charts(), ws.display(c.dir())));
    out.println("== report");
    out.println(r.report().map(p -> "report: " + ws.display(p)).orElse("no report written"));
    if (r.partial()) {
      out.println("Finished with problems (exit code 3): see the documents above that could not be fetched or read.");
    }
    out.flush();
  }
}
