package org.policyscore.cli;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.policyscore.InvalidInputException;
import org.policyscore.archive.Archive;
import org.policyscore.fetch.FetchOptions;
import org.policyscore.fetch.FetchReport;
import org.policyscore.fetch.Fetcher;
import org.policyscore.study.Study;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code fetch [STUDY] [--company C] [--offline]}: download every declared document into the archive. */
@Command(
    name = "fetch",
    mixinStandardHelpOptions = true,
    description = {
      "Download every document a study declares into the archive (policies/archive/).",
      "%nA copy identical to the last one is not stored twice, and a failed download never replaces a good copy. Ends with a table of what happened to each document; exit code 3 when some could not be fetched (the newest archived copy is used where there is one)."
    })
final class FetchCommand implements Callable<Integer> {
  @ParentCommand PolicyscoreCommand app;

  @Parameters(arity = "0..1", paramLabel = "STUDY", description = "Study id, e.g. cambodia (default: the only study in policies/).")
  String study;

  @Option(names = "--company", paramLabel = "C", description = "Only this company's documents, e.g. smart.")
  String company;

  @Option(names = "--offline", description = "Use the archive only; do not touch the network.")
  boolean offline;

  @Option(names = "--delay", paramLabel = "SECONDS",
      description = "Pause between two requests to the same site, to be polite (default: ${DEFAULT-VALUE}).")
  double delay = 2;

  @Override
  public Integer call() throws InvalidInputException, CommandFailedException, IOException, InterruptedException {
    FetchOptions options = FetchOptions.defaults().withPerHostDelay(Delay.of(delay, app.spec.commandLine()));
    Study s = Studies.load(app.workspace(), study);
    if (company != null) {
      Studies.company(s, company);
    }
    FetchReport report = new Fetcher(options).fetchStudy(
        s, Archive.of(app.workspace()), Optional.ofNullable(company), offline, FetchSummary.progress(app));
    FetchSummary.print(report, app.spec.commandLine().getOut(), app.quiet());
    return report.anyFailed() ? ExitCode.PARTIAL.code() : ExitCode.OK.code();
  }
}
