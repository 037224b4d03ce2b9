package org.policyscore.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.policyscore.archive.Archive;
import org.policyscore.archive.ArchiveCheck;
import org.policyscore.archive.ArchiveVerifier;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code verify}: re-hash every snapshot in the archive. */
@Command(
    name = "verify",
    mixinStandardHelpOptions = true,
    description = {
      "Re-hash every archived copy and check the archive against its log.",
      "%nCompares each copy with the SHA-256 and size recorded beside it when it was archived,"
          + " each record with the archive's log (policies/archive/log.jsonl), the log's chain of hashes"
          + " with itself and its end with policies/archive-head.json. Finds copies and records that were"
          + " altered, deleted or added by hand, a log cut short, a deleted archive, and links."
          + " Exit code 1 if anything is wrong."
    })
final class VerifyCommand implements Callable<Integer> {
  @ParentCommand PolicyscoreCommand app;

  @Override
  public Integer call() throws IOException {
    Archive archive = Archive.of(app.workspace());
    ArchiveCheck check = ArchiveVerifier.verify(archive);
    PrintWriter out = app.spec.commandLine().getOut();
    for (ArchiveCheck.Finding f : check.findings()) {
      String label = f.kind().label();
      out.println(label + ": " + app.workspace().display(f.path()) + ": " + f.detail());
    }
    int problems = check.problems().size();
    if (problems == 0 && !java.nio.file.Files.isDirectory(archive.root())) {
      out.printf("no archive in %s yet (%s does not exist): nothing fetched or imported, nothing to check%n",
          app.workspace().root(), app.workspace().display(archive.root()));
      return ExitCode.OK.code();
    }
    out.printf("%d snapshot(s) checked in %s: %s%n", check.checked(), app.workspace().display(archive.root()),
        problems == 0 ? "all intact" : problems + " problem(s)");
    return problems == 0 ? ExitCode.OK.code() : ExitCode.FAILURE.code();
  }
}
