package org.policyscore.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.policyscore.fetch.DocumentOutcome;
import org.policyscore.fetch.FetchReport;
import org.policyscore.fetch.Outcome;
import org.policyscore.fetch.Progress;

/** The table printed at the end of a fetch (also by {@code run}): document, outcome, snapshot, reason. */
final class FetchSummary {
  private FetchSummary() {}

  /** The progress display for this command line: a bar on a terminal, lines elsewhere, none with --quiet. */
  static Progress progress(PolicyscoreCommand app) {
    if (app.quiet()) {
      return Progress.NONE;
    }
    return app.terminal() ? new TerminalProgress(app.spec.commandLine().getErr())
        : new LineProgress(app.spec.commandLine().getOut());
  }

  /** With {@code onlyFailures}, only the rows that need attention (for --quiet). */
  static void print(FetchReport report, PrintWriter out, boolean onlyFailures) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"DOCUMENT", "OUTCOME", "SNAPSHOT", "REASON"});
    for (DocumentOutcome o : report.outcomes()) {
      if (onlyFailures && !o.outcome().failed()) {
        continue;
      }
      rows.add(new String[] {o.key().toString(), o.outcome().label(),
          o.snapshot().map(s -> s.id() + " " + s.shortHash()).orElse("-"),
          o.reason().replace('\n', ' ')});
    }
    if (rows.size() > 1) {
      int[] width = new int[3];
      for (String[] r : rows) {
        for (int i = 0; i < 3; i++) {
          width[i] = Math.max(width[i], r[i].length());
        }
      }
      for (String[] r : rows) {
        out.printf("%-" + width[0] + "s  %-" + width[1] + "s  %-" + width[2] + "s  %s%n", r[0], r[1], r[2], r[3]);
      }
    }
    long failed = report.failures().size();
    out.printf("%d document(s): %d new, %d unchanged, %d declared not found, %d from the archive offline, %d failed%n",
        report.outcomes().size(), report.count(Outcome.FETCHED_NEW), report.count(Outcome.UNCHANGED),
        report.count(Outcome.NOT_FOUND_DECLARED), report.count(Outcome.OFFLINE_ARCHIVE), failed);
    if (failed > 0) {
      out.println("Some documents could not be fetched; where an archived copy exists it is used (exit code 3).");
    }
    out.flush();
  }
}
