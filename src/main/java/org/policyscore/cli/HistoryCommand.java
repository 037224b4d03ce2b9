package org.policyscore.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.policyscore.InvalidInputException;
import org.policyscore.archive.Archive;
import org.policyscore.archive.DocumentKey;
import org.policyscore.archive.Snapshot;
import org.policyscore.extract.TextVersion;
import org.policyscore.extract.TextVersionStore;
import org.policyscore.text.DamageFlag;
import org.policyscore.study.Company;
import org.policyscore.study.DocumentVersion;
import org.policyscore.study.PolicyDocument;
import org.policyscore.study.Study;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code history STUDY [COMPANY]}: every archived copy of each document, oldest first. */
@Command(
    name = "history",
    mixinStandardHelpOptions = true,
    description = {
      "List the archived copies of a study's documents, oldest first.",
      "%nFor each copy: when it was taken, how (fetch or import), its SHA-256 prefix (cite it), its size, its address and when it was last seen unchanged on the web.",
      "%nUnder the copies, the text versions extracted from them: a new one only when the words changed, with the text's SHA-256 prefix and any flags raised on damaged Khmer."
    })
final class HistoryCommand implements Callable<Integer> {
  @ParentCommand PolicyscoreCommand app;

  @Parameters(index = "0", paramLabel = "STUDY", description = "Study id, e.g. cambodia.")
  String study;

  @Parameters(index = "1", arity = "0..1", paramLabel = "COMPANY", description = "Only this company, e.g. smart.")
  String company;

  @Override
  public Integer call() throws InvalidInputException, CommandFailedException, IOException {
    Study s = Studies.load(app.workspace(), study);
    List<Company> companies = company == null ? s.companies() : List.of(Studies.company(s, company));
    Archive archive = Archive.of(app.workspace());
    TextVersionStore texts = new TextVersionStore(app.workspace().texts());
    int versions = 0;
    PrintWriter out = app.spec.commandLine().getOut();
    int count = 0;
    for (Company c : companies) {
      Set<DocumentKey> keys = new LinkedHashSet<>();
      List<String> notes = new ArrayList<>();
      for (PolicyDocument d : c.documents()) {
        for (DocumentVersion v : d.versions()) {
          DocumentKey key = new DocumentKey(c.id(), d.id(), v.lang());
          keys.add(key);
          if (v.notFound()) {
            notes.add(key.toString());
          }
        }
      }
      // Copies of documents no longer declared are still history.
      archive.keys().stream().filter(k -> k.company().equals(c.id())).forEach(keys::add);
      out.println(c.name() + " (" + c.id() + ")");
      for (DocumentKey key : keys) {
        List<Snapshot> snaps = archive.snapshots(key);
        String status = notes.contains(key.toString()) ? "  (declared not found)" : "";
        out.println("  " + key + status + (snaps.isEmpty() ? "  no copies archived" : ""));
        for (Snapshot sn : snaps) {
          count++;
          String seen = sn.seenUnchanged().isEmpty() ? "" : "  last seen unchanged " + sn.lastSeen();
          out.printf("    %-20s %-6s %s %9d B  %s%s%n", sn.id(), sn.origin().jsonName(), sn.shortHash(), sn.size(),
              sn.provenance().finalUrl().orElse(sn.provenance().sourceFile().orElse("")), seen);
        }
        for (TextVersion v : texts.versions(key)) {
          versions++;
          String flags = v.metadata().flags().isEmpty() ? ""
              : "  flags: " + String.join(", ", v.metadata().flags().stream().map(DamageFlag::code).toList());
          out.printf("    text %-15s sha256 %s  from %d snapshot(s)%s%n", v.timestamp(),
              v.metadata().textSha256().substring(0, Math.min(12, v.metadata().textSha256().length())),
              v.metadata().snapshots().size(), flags);
        }
      }
    }
    out.println(count + " snapshot(s), " + versions + " text version(s)");
    return ExitCode.OK.code();
  }
}
