package org.policyscore.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.policyscore.InvalidInputException;
import org.policyscore.archive.Archive;
import org.policyscore.archive.ArchiveWriter;
import org.policyscore.archive.ContentTypes;
import org.policyscore.archive.DocumentKey;
import org.policyscore.archive.Provenance;
import org.policyscore.archive.StoreResult;
import org.policyscore.study.Company;
import org.policyscore.study.DocumentVersion;
import org.policyscore.study.PolicyDocument;
import org.policyscore.study.Study;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code import FILE... --study S --company C --document D --lang L}: archive a copy obtained by hand. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Archive a copy of a document obtained by hand (a saved page, a PDF).",
      "%nThe copy is kept like a fetched one, marked as imported, with where it came from (--url) and when it was taken from the web (--retrieved)."
    })
final class ImportCommand implements Callable<Integer> {
  private static final long MAX_BYTES = 100L * 1024 * 1024;

  @ParentCommand PolicyscoreCommand app;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "The file(s) to archive, oldest first.")
  List<Path> files;

  @Option(names = "--study", required = true, paramLabel = "S", description = "Study id, e.g. cambodia.")
  String study;

  @Option(names = "--company", required = true, paramLabel = "C", description = "Company id, e.g. smart.")
  String company;

  @Option(names = "--document", required = true, paramLabel = "D", description = "Document id, e.g. privacy.")
  String document;

  @Option(names = "--lang", required = true, paramLabel = "L", description = "Language of the copy: en, km, ...")
  String lang;

  @Option(names = "--url", paramLabel = "U", description = "The address the copy was taken from.")
  String url;

  @Option(names = "--retrieved", paramLabel = "DATE",
      description = "When the copy was taken from the web: 2022-01-15 or 2022-01-15T09:30:00Z (default: now).")
  String retrieved;

  @Option(names = "--note", paramLabel = "TEXT", description = "Anything a later reader should know about this copy.")
  String note;

  @Override
  public Integer call() throws InvalidInputException, CommandFailedException, IOException {
    Study s = Studies.load(app.workspace(), study);
    Company c = Studies.company(s, company);
    PolicyDocument d = c.document(document).orElseThrow(() -> new CommandFailedException(
        "company " + company + " has no document '" + document + "'; it has "
            + String.join(", ", c.documents().stream().map(PolicyDocument::id).toList())));
    DocumentVersion v = d.version(lang).orElseThrow(() -> new CommandFailedException(
        "document " + company + "/" + document + " declares no '" + lang + "' version; it has "
            + String.join(", ", d.versions().stream().map(DocumentVersion::lang).toList())
            + " (declare the language in " + app.workspace().display(s.file()) + " first)"));
    Optional<String> source = Optional.ofNullable(url).or(() -> v.url().map(URI::toString));
    if (url != null) {
      checkUrl(url);
    }
    Archive archive = Archive.of(app.workspace());
    Instant when = retrieved == null ? archive.clock().instant() : parseWhen(retrieved);
    DocumentKey key = new DocumentKey(c.id(), d.id(), v.lang());
    PrintWriter out = app.spec.commandLine().getOut();
    try (ArchiveWriter writer = archive.open()) {
      for (Path file : files) {
        if (!Files.isRegularFile(file)) {
          throw new CommandFailedException("no such file: " + file);
        }
        if (Files.size(file) > MAX_BYTES) {
          throw new CommandFailedException(file + " is larger than " + MAX_BYTES / (1024 * 1024) + " MB; is it the right file?");
        }
        byte[] bytes = Files.readAllBytes(file);
        String type = ContentTypes.detect(bytes, file.getFileName().toString());
        Provenance p = Provenance.imported(source, type, when, file.getFileName().toString(), Optional.ofNullable(note));
        StoreResult r = writer.store(key, bytes, p, file.getFileName().toString());
        out.printf("%s: %s %s as %s (SHA-256 %s)%n", file, r.added() ? "archived" : "identical to the newest copy, not stored again:",
            key, app.workspace().display(r.snapshot().file()), r.snapshot().shortHash());
      }
    }
    if (retrieved == null) {
      out.println("note: no --retrieved date given; recorded the copies as retrieved " + when);
    }
    return ExitCode.OK.code();
  }

  private static void checkUrl(String text) throws CommandFailedException {
    try {
      URI u = new URI(text);
      if (u.getScheme() == null || !u.getScheme().matches("(?i)https?") || u.getHost() == null) {
        throw new UsageException("--url must be a web address starting with https:// or http://, not '" + text + "'");
      }
    } catch (URISyntaxException e) {
      throw new UsageException("--url is not a valid address: " + e.getMessage());
    }
  }

  static Instant parseWhen(String text) throws CommandFailedException {
    Instant when;
    try {
      when = text.length() == 10 ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant() : Instant.parse(text);
    } catch (DateTimeParseException e) {
      throw new UsageException("--retrieved must be a date like 2022-01-15 or a time like 2022-01-15T09:30:00Z, not '" + text + "'");
    }
    // A copy cannot have been taken before the web, nor after now.
    if (when.isBefore(Instant.parse("1991-01-01T00:00:00Z")) || when.isAfter(Instant.now().plusSeconds(86_400))) {
      throw new UsageException("--retrieved must be a date between 1991 and today, not '" + text + "'");
    }
    return when;
  }
}
