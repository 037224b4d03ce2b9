package org.policyscore.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.policyscore.InvalidInputException;
import org.policyscore.Workspace;
import org.policyscore.catalog.CatalogCache;
import org.policyscore.diff.ChangesRun;
import org.policyscore.diff.EvidenceElementLocator;
import org.policyscore.diff.DocumentChange;
import org.policyscore.diff.DocumentRef;
import org.policyscore.diff.TextHistory;
import org.policyscore.study.Company;
import org.policyscore.study.DocumentVersion;
import org.policyscore.study.PolicyDocument;
import org.policyscore.study.Study;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code changes}: which documents of a study changed, and the Atom feed of changes. */
@Command(
    name = "changes",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Which documents of a study changed, with the elements touched, as a feed too.",
      "",
      "Lists every document with a new text version since a date, or since the previous",
      "run: one line each with the sentences added, removed, changed and moved, both",
      "versions' dates and hashes, and the elements touched. Writes the Atom feed",
      "reports/STUDY/changes.atom, with an HTML diff per change in reports/STUDY/changes/.",
      ""
    })
final class ChangesCommand implements Callable<Integer> {
  @ParentCommand PolicyscoreCommand app;

  @Parameters(arity = "0..1", paramLabel = "STUDY",
      description = "The study, e.g. cambodia (policies/cambodia.yaml); may be left out when there is only one.")
  String study;

  @Option(names = "--since", paramLabel = "DATE",
      description = "Compare with the versions in force on this date (2025-06-01) or at this time. "
          + "Default: the versions the previous run saw.")
  String since;

  @Option(names = "--catalog", paramLabel = "FILE",
      description = "Catalogue whose cues find the elements touched (default: the study's).")
  Path catalog;

  @Override
  public Integer call() throws IOException, InvalidInputException, CommandFailedException {
    Workspace ws = app.workspace();
    Study s = Studies.load(ws, study);
    Optional<Instant> when = Optional.empty();
    if (since != null) {
      when = Optional.of(TextHistory.moment(since.strip()).orElseThrow(() -> new picocli.CommandLine.ParameterException(
          app.spec.commandLine(), "--since must be a date (2025-06-01) or a timestamp (2025-06-01T08:00:00Z), not '" + since + "'")));
    }
    Path file = catalog != null ? catalog : ws.catalogFile(s.catalogId());
    EvidenceElementLocator locator = catalog != null || Files.isRegularFile(file)
        ? new EvidenceElementLocator(CatalogCache.load(file)) : null;

    ChangesRun.Result result = ChangesRun.run(s.id(), ws.texts(), ws.reports().resolve(s.id()), ChangesRun.documents(s, ws.texts()), when, locator);

    PrintWriter out = app.spec.commandLine().getOut();
    if (!app.quiet()) {
      String what = since != null ? "since " + since
          : result.firstRun() ? "latest change of each document (first run)" : "since the previous run";
      out.printf("%d document(s) with text versions; %d changed (%s)%n", result.documents(), result.listed().size(), what);
    }
    for (DocumentChange c : result.listed()) {
      out.printf("%-28s %s (%s) -> %s (%s): %s; elements touched: %s%n", c.path(),
          c.fromWhen(), shortHash(c.fromSha256()), c.toWhen(), shortHash(c.toSha256()), c.counts(),
          locator == null ? "(no catalogue)" : c.touchedSummary());
    }
    if (!app.quiet()) {
      out.printf("feed: %s%n", ws.display(result.feed()));
    }
    return ExitCode.OK.code();
  }

  private static String shortHash(String sha256) {
    return sha256.substring(0, Math.min(12, sha256.length()));
  }
}
