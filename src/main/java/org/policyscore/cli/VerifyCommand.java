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
      "Re-hash every archived copy and report any that is missing or altered.",
      "%nCompares each copy with the SHA-256 and size recorded beside it when it was archived. Exit code 1 if anything is missing or altered."
    })
final class VerifyCommand implements Callable<Integer> {
  @ParentCommand PolicyscoreCommand app;

  @Override
  public Integer call() throws IOException {
    Archive archive = Archive.of(app.workspace());
    ArchiveCheck check = ArchiveVerifier.verify(archive);
    PrintWriter out = app.spec.commandLine().getOut();
    for (ArchiveCheck.Finding f : check.findings()) {
      String label = switch (f.kind()) {
        case MISSING -> "MISSING";
        case ALTERED -> "ALTERED";
        case DAMAGED_RECORD -> "DAMAGED RECORD";
        case UNRECORDED_FILE -> "note: unrecorded file";
        case UNFINISHED_WRITE -> "note: unfinished write";
      };
      out.println(label + ": " + app.workspace().display(f.path()) + ": " + f.detail());
    }
    int problems = check.problems().size();
    out.printf("%d snapshot(s) checked in %s: %s%n", check.checked(), app.workspace().display(archive.root()),
        problems == 0 ? "all intact" : problems + " problem(s)");
    return problems == 0 ? ExitCode.OK.code() : ExitCode.FAILURE.code();
  }
}
