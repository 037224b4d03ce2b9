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
import org.policyscore.text.StatedDate;
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
      "%nFor each copy: its SHA-256 (the copy's identity: cite it), how it came (fetch or import), its size, when it was first retrieved and last seen unchanged on the web, and its address.",
      "%nUnder the copies, the text versions extracted from them: a new one only when the words changed, with the text version's own SHA-256 prefix (not the copy's), the copies that gave it, the date the policy states about itself (the company's claim) and any flags raised on damaged Khmer."
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
          out.printf("    copy %-20s %-6s %9d B  SHA-256 %s%n", sn.id(), sn.origin().jsonName(), sn.size(), sn.sha256());
          out.printf("         first retrieved %s, last seen unchanged %s%s%n", sn.obtainedAt(), sn.lastSeen(),
              sn.seenUnchanged().isEmpty() ? "" : " (seen " + (sn.seenUnchanged().size() + 1) + " times)");
          String from = sn.provenance().finalUrl().or(() -> sn.provenance().requestedUrl()).orElse("");
          String file = sn.provenance().sourceFile().map(f -> "saved file " + f).orElse("");
          if (!from.isEmpty() || !file.isEmpty()) {
            out.printf("         %s%n", String.join(", ", java.util.stream.Stream.of(from, file).filter(x -> !x.isEmpty()).toList()));
          }
        }
        for (TextVersion v : texts.versions(key)) {
          versions++;
          String flags = v.metadata().flags().isEmpty() ? ""
              : "  flags: " + String.join(", ", v.metadata().flags().stream().map(DamageFlag::code).toList());
          List<String> copies = v.metadata().snapshots().stream().map(h -> h.substring(0, Math.min(12, h.length()))).toList();
          out.printf("    text %-20s text version SHA-256 %s  from copy %s%s%n", v.timestamp(),
              v.metadata().textSha256().substring(0, Math.min(12, v.metadata().textSha256().length())),
              copies.isEmpty() ? "(none recorded)" : String.join(", ", copies), flags);
          for (StatedDate d : v.metadata().statedDates()) {
            out.printf("         the policy says: %s (the company's claim)%n", d.describe());
          }
        }
      }
    }
    out.println(count + " cop" + (count == 1 ? "y" : "ies") + " archived, " + versions + " text version(s)");
    return ExitCode.OK.code();
  }
}
