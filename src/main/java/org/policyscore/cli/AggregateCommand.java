package org.policyscore.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.policyscore.InvalidInputException;
import org.policyscore.catalog.Catalog;
import org.policyscore.catalog.CatalogCache;
import org.policyscore.catalog.CompanyType;
import org.policyscore.io.AtomicFile;
import org.policyscore.score.AnswerFiles;
import org.policyscore.score.Aggregation;
import org.policyscore.score.ScoreTable;
import org.policyscore.score.ScoresCsv;
import org.policyscore.score.OutputTarget;
import org.policyscore.score.ScoringMode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;

/** {@code aggregate}: element answers to indicator, family, category and total scores. */
@Command(
    name = "aggregate",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Turn element answers into scores. Reads an answers.csv, or RDR's",
      "official element file (2020-rdr-index-06-element-scores.csv); writes",
      "scores.csv (company, service, kind, id, score, reviewed), or prints a table.",
      "Modes:",
      "  rdr-index    as the RDR Index: indicators, families, categories, total",
      "  per-service  one score per service and indicator (the 2022 report's)",
      ""
    })
final class AggregateCommand implements Callable<Integer> {
  @ParentCommand PolicyscoreCommand app;

  @Option(names = "--answers", required = true, paramLabel = "FILE",
      description = "answers.csv, or RDR's element-scores CSV.")
  Path answers;

  @Option(names = "--catalog", paramLabel = "FILE", description = "Catalogue YAML (default: indicators/rdr-2020.yaml).")
  Path catalogFile;

  @Option(names = "--mode", paramLabel = "MODE", description = "rdr-index (default) or per-service.")
  String mode = ScoringMode.RDR_INDEX.yamlName();

  @Option(names = "--indicators", split = ",", paramLabel = "ID",
      description = "Score only these indicators (a family stands for its sub-indicators), e.g. F1a,F3a,F9,P12. "
          + "Default: all in rdr-index mode; those the answers cover in per-service mode.")
  List<String> indicators = new ArrayList<>();

  @Option(names = "--company-type", paramLabel = "TYPE",
      description = "telecom (default) or internet: which elements apply to the companies in an answers.csv.")
  String companyType = CompanyType.TELECOM.yamlName();

  @Option(names = "--out", paramLabel = "FILE", description = "Write scores.csv here instead of printing a table.")
  Path out;

  @Override
  public Integer call() throws InvalidInputException, IOException {
    ScoringMode scoringMode = ScoringMode.parse(mode).orElseThrow(() -> usage(
        "--mode must be rdr-index or per-service, not '" + mode + "'"));
    CompanyType type = CompanyType.parse(companyType).orElseThrow(() -> usage(
        "--company-type must be telecom or internet, not '" + companyType + "'"));
    if (out != null) {
      Optional<String> refused = OutputTarget.forScores(out, List.of(answers));
      if (refused.isPresent()) {
        throw usage(refused.get());
      }
    }
    Catalog catalog = CatalogCache.load(catalogFile != null ? catalogFile
        : app.workspace().catalogFile(CatalogCommand.DEFAULT_CATALOG));
    for (String id : indicators) {
      if (catalog.indicator(id).isEmpty()) {
        throw usage("--indicators: no indicator '" + id + "' in " + catalog.id() + "; try 'policyscore catalog list'");
      }
    }
    Aggregation result = AnswerFiles.aggregate(answers, catalog, type, scoringMode, indicators);

    PrintWriter print = app.spec.commandLine().getOut();
    if (out != null) {
      AtomicFile.write(out, ScoresCsv.write(result.scores()));
      if (!app.quiet()) {
        // concatenation, not printf: the formatter's first use loads the locale's number symbols
        print.println("wrote " + app.workspace().display(out) + ": " + result.scores().size() + " scores");
      }
    } else {
      print.print(ScoreTable.render(result.scores(), catalog));
      if (!catalog.attribution().isEmpty() && !app.quiet()) {
        // RDR's licence (CC BY 4.0) asks for this credit wherever its indicators are used.
        print.println();
        print.println("Indicators: " + catalog.attribution());
      }
    }
    if (!app.quiet()) {
      StringBuilder summary = new StringBuilder().append(result.answered()).append(" elements answered");
      if (result.unreviewed() > 0) {
        summary.append(", ").append(result.unreviewed())
            .append(" of them not reviewed by a person (the scores they feed are drafts)");
      }
      if (result.unanswered() > 0) {
        summary.append("; ").append(result.unanswered()).append(" not answered at all: the scores they feed are incomplete");
      }
      print.println(summary);
    }
    return ExitCode.OK.code();
  }

  private ParameterException usage(String message) {
    return new ParameterException(app.spec.commandLine().getSubcommands().get("aggregate"), message);
  }
}
