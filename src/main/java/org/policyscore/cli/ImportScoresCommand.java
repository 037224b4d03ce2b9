package org.policyscore.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.policyscore.InvalidInputException;
import org.policyscore.catalog.Catalog;
import org.policyscore.catalog.CatalogCache;
import org.policyscore.published.ScoresImport;
import org.policyscore.study.Study;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code import-scores FILE}: a published table of scores into a study year's scores.csv. */
@Command(
    name = "import-scores",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Turn a published table of scores into a study year's scores.csv, with a SOURCE.md citing it,",
      "so the year's charts and report can be drawn and later years compared with it.",
      "The table is a CSV, long (a row per figure: company, service, indicator, score; country and",
      "title columns allowed) or wide (a row per company and service, a column per indicator headed",
      "F1a, P12, ...). Names are matched to the study's companies and services; a table of several",
      "countries is cut to the study's country. Scores are 0-100; NA, N/A or - for not applicable."
    })
final class ImportScoresCommand implements Callable<Integer> {
  @ParentCommand PolicyscoreCommand app;

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The published table (CSV, UTF-8).")
  Path file;

  @Option(names = "--study", required = true, paramLabel = "STUDY",
      description = "The study (policies/STUDY.yaml): its companies and services name the figures.")
  String study;

  @Option(names = "--year", required = true, paramLabel = "YEAR", description = "The year the figures are for.")
  int year;

  @Option(names = "--cite", paramLabel = "TEXT",
      description = "The source: authors, title, date, licence. Needed unless the year's SOURCE.md exists.")
  String cite;

  @Option(names = "--service", paramLabel = "ID",
      description = "The service a table without a service column is about.")
  String service;

  @Option(names = "--name", paramLabel = "NAME=ID",
      description = "The study id of a company or service the table names otherwise, e.g."
          + " --name \"Viettel Cambodia=metfone\" (repeatable).")
  Map<String, String> names = new LinkedHashMap<>();

  @Option(names = "--country", paramLabel = "NAME",
      description = "Which country's rows to take from a table of several, as the table writes it"
          + " (default: the study's country).")
  String country;

  @Option(names = "--replace", description = "Replace the year's scores.csv if there is one (its SOURCE.md is kept).")
  boolean replace;

  @Override
  public Integer call() throws InvalidInputException, IOException, CommandFailedException {
    if (year < 1990 || year > 2200) {
      throw new ParameterException(spec.commandLine(), "--year " + year + " is not a plausible year");
    }
    if (!Files.isRegularFile(file)) {
      throw new ParameterException(spec.commandLine(), "no file " + file);
    }
    Study s = Studies.load(app.workspace(), study);
    Catalog catalog = CatalogCache.load(app.workspace().catalogFile(s.catalogId()));
    ScoresImport.Result result;
    try {
      result = ScoresImport.run(app.workspace(), s, year, file, catalog, new ScoresImport.Options(
          Optional.ofNullable(cite), Optional.ofNullable(service), names, Optional.ofNullable(country), replace));
    } catch (ScoresImport.RefusedException e) {
      throw new CommandFailedException(e.getMessage());
    }
    PrintWriter out = app.spec.commandLine().getOut();
    out.printf("wrote %s: %d published scores of %s%s%n", app.workspace().display(result.scores()), result.rows(),
        String.join(", ", result.companies()),
        result.services().isEmpty() ? "" : " (" + String.join(", ", result.services()) + ")");
    out.printf("%s %s%n", result.sourceWritten() ? "wrote" : "kept", app.workspace().display(result.source()));
    if (result.sourceWritten()) {
      out.println("list the documents the source assessed under 'Documents assessed' in it: the report shows them");
    }
    return ExitCode.OK.code();
  }
}
