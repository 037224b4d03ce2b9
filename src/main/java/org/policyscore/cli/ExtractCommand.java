package org.policyscore.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.policyscore.InvalidInputException;
import org.policyscore.Workspace;
import org.policyscore.archive.Archive;
import org.policyscore.extract.Extractor;
import org.policyscore.extract.SnapshotFailure;
import org.policyscore.extract.StudyExtraction;
import org.policyscore.extract.TextRebuild;
import org.policyscore.extract.TextVersionStore;
import org.policyscore.study.Study;
import org.policyscore.text.DamageFlag;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code extract [STUDY] [--company C]}: (re)build text versions from the archived snapshots. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Turn archived snapshots into clean, comparable text versions in policies/text/.",
      "Each is the policy without menus, banners and footers, as Markdown.",
      "A new text version is kept only when the words changed, so a re-fetched page",
      "or a new cookie banner adds nothing. Always rebuilds from the archive: the",
      "same archive gives the same files. Flags Khmer text that looks damaged (often",
      "from PDFs) and compares the English and Khmer versions section by section.",
      "Exit code 3 when some documents gave no text; the others are still done."
    })
final class ExtractCommand implements Callable<Integer> {
  @ParentCommand PolicyscoreCommand app;

  @Parameters(arity = "0..1", paramLabel = "STUDY", description = "Study id, e.g. cambodia (default: the only study in policies/).")
  String study;

  @Option(names = "--company", paramLabel = "C", description = "Only this company's documents, e.g. smart.")
  String company;

  @Override
  public Integer call() throws InvalidInputException, CommandFailedException, IOException {
    Workspace ws = app.workspace();
    Study s = Studies.load(ws, study);
    if (company != null) {
      Studies.company(s, company);
    }
    TextRebuild.Summary summary = new TextRebuild(new Extractor(), new TextVersionStore(ws.texts()))
        .run(StudyExtraction.sources(s, Archive.of(ws), Optional.ofNullable(company)));
    print(summary, app.spec.commandLine().getOut(), app.quiet());
    return summary.failedDocuments() > 0 ? ExitCode.PARTIAL.code() : ExitCode.OK.code();
  }

  static void print(TextRebuild.Summary summary, PrintWriter out, boolean quiet) {
    int versions = 0;
    int written = 0;
    for (TextRebuild.Outcome o : summary.outcomes()) {
      var r = o.result();
      versions += r.versions().size();
      written += o.changes().written();
      boolean attention = !r.failures().isEmpty() || !r.newestFlags().isEmpty() || !r.warnings().isEmpty();
      if (quiet && !attention) {
        continue;
      }
      String state = r.versions().isEmpty() ? (o.kept() ? "no text (the older versions are kept)" : "no text")
          : r.snapshots() + " snapshot(s) -> " + r.versions().size() + " version(s)"
              + (o.changes().written() + o.changes().removed() == 0 ? ", unchanged"
                  : ", " + o.changes().written() + " file(s) written, " + o.changes().removed() + " removed");
      out.printf("%-28s %s%n", r.key(), state);
      for (SnapshotFailure f : r.failures()) {
        out.printf("  error: %s%s%n", f.timestamp().isEmpty() ? "" : "snapshot " + f.timestamp() + ": ", f.problem());
      }
      for (String w : r.warnings()) {
        out.printf("  warning: %s%n", w);
      }
      for (DamageFlag f : r.newestFlags()) {
        out.printf("  flag: %s%n", f.describe());
      }
    }
    for (TextRebuild.LanguagePair p : summary.languages()) {
      if (p.result().consistent()) {
        if (!quiet) {
          out.printf("%s/%s: English and Khmer have the same sections%n", p.company(), p.document());
        }
        continue;
      }
      out.printf("%s/%s: English and Khmer differ:%n", p.company(), p.document());
      p.result().findings().forEach(f -> out.printf("  %s%n", f));
    }
    long failed = summary.failedDocuments();
    out.printf("%d document(s): %d text version(s), %d file(s) written, %d failed%n",
        summary.outcomes().size(), versions, written, failed);
    if (failed > 0) {
      out.println("Some documents have no current text: their newest snapshot gave none, or there is none;"
          + " see the errors above (exit code 3).");
    }
    out.flush();
  }
}
