package org.policyscore.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.policyscore.InvalidInputException;
import org.policyscore.archive.Archive;
import org.policyscore.archive.DocumentKey;
import org.policyscore.archive.ImportItem;
import org.policyscore.archive.ImportListing;
import org.policyscore.archive.Importer;
import org.policyscore.study.Company;
import org.policyscore.study.DocumentVersion;
import org.policyscore.study.PolicyDocument;
import org.policyscore.study.Study;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code import}: archive copies obtained by hand, one file, a folder, or a listing. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    customSynopsis = {
      "policyscore import FILE... --study S --company C --document D --lang L [--url U] [--retrieved DATE]",
      "       policyscore import LISTING.csv --study S",
      "       policyscore import FOLDER --study S [--company C --document D --lang L]",
    },
    description = {
      "Archive copies of documents obtained by hand (saved pages, PDFs), each with its own date.",
      "%nA copy is kept like a fetched one, marked as imported, with where it came from and when it was taken from the web.",
      "%nLISTING.csv imports many copies at once; its header is: file,company,document,language,url,retrieved"
          + " (file relative to the listing; url empty for the study's; retrieved like 2022-01-15 or 2022-01-15T09:30:00Z).",
      "%nFOLDER imports every file under it, laid out COMPANY/DOCUMENT/LANG/<date>.<ext> (e.g. smart/privacy/km/2022-01-15.html),"
          + " or every file in it for the document given by --company, --document and --lang; the date is taken from each file's name.",
      "%nEverything is checked before anything is archived."
    })
final class ImportCommand implements Callable<Integer> {
  @ParentCommand PolicyscoreCommand app;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "The file(s) to archive, a listing (.csv) or a folder.")
  List<Path> files;

  @Option(names = "--study", required = true, paramLabel = "S", description = "Study id, e.g. cambodia.")
  String study;

  @Option(names = "--company", paramLabel = "C", description = "Company id, e.g. smart.")
  String company;

  @Option(names = "--document", paramLabel = "D", description = "Document id, e.g. privacy.")
  String document;

  @Option(names = "--lang", paramLabel = "L", description = "Language of the copy: en, km, ...")
  String lang;

  @Option(names = "--url", paramLabel = "U", description = "The address the copy was taken from (one document only).")
  String url;

  @Option(names = "--retrieved", paramLabel = "DATE",
      description = "When the copy was taken from the web: 2022-01-15 or 2022-01-15T09:30:00Z (files given one by one;"
          + " default: now).")
  String retrieved;

  @Option(names = "--note", paramLabel = "TEXT", description = "Anything a later reader should know about these copies.")
  String note;

  @Override
  public Integer call() throws InvalidInputException, CommandFailedException, IOException {
    Study s = Studies.load(app.workspace(), study);
    Map<DocumentKey, Optional<String>> declared = declared(s);
    Archive archive = Archive.of(app.workspace());
    boolean oneDocument = company != null || document != null || lang != null;
    Path first = files.get(0);
    List<ImportItem> items;
    boolean dated = true;
    if (files.size() == 1 && Files.isDirectory(first)) {
      refuse(retrieved != null, "--retrieved is for files given one by one; in a folder each file's name carries its date");
      refuse(url != null && !oneDocument, "--url is for one document; a folder of several takes each document's URL from the study");
      Optional<DocumentKey> only = oneDocument ? Optional.of(key(s)) : Optional.empty();
      items = ImportListing.scan(first, declared, only);
      if (url != null) {
        items = items.stream().map(i -> new ImportItem(i.file(), i.key(), Optional.of(url), i.retrieved(), i.where())).toList();
      }
    } else if (files.size() == 1 && !oneDocument && first.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
      refuse(retrieved != null || url != null, "--retrieved and --url are for files given one by one; a listing gives them per copy");
      items = ImportListing.read(first, declared);
    } else {
      refuse(!oneDocument, "give --company, --document and --lang for the file(s), or a listing (.csv) or a folder");
      DocumentKey key = key(s);
      if (url != null && !ImportListing.isWebAddress(url)) {
        throw new UsageException("--url must be a web address starting with https:// or http://, not '" + url + "'");
      }
      Instant when;
      try {
        when = retrieved == null ? archive.clock().instant() : ImportListing.parseDate(retrieved);
      } catch (DateTimeException e) {
        throw new UsageException("--retrieved must be a date like 2022-01-15 or a time like 2022-01-15T09:30:00Z, not '"
            + retrieved + "'");
      }
      // A copy cannot have been taken from the web before there was one, nor after now.
      if (when.isBefore(Instant.parse("1991-01-01T00:00:00Z")) || when.isAfter(Instant.now().plusSeconds(86_400))) {
        throw new UsageException("--retrieved must be a date between 1991 and today, not '" + retrieved + "'");
      }
      dated = retrieved != null;
      items = new ArrayList<>();
      for (Path f : files) {
        if (!Files.isRegularFile(f)) {
          throw new CommandFailedException("no such file: " + f);
        }
        items.add(new ImportItem(f, key, Optional.ofNullable(url).or(() -> declared.get(key)), when, f.toString()));
      }
    }

    PrintWriter out = app.spec.commandLine().getOut();
    int added = 0;
    for (Importer.Imported i : Importer.importAll(archive, items, Optional.ofNullable(note))) {
      added += i.result().added() ? 1 : 0;
      out.printf("%s: %s %s as %s (retrieved %s, SHA-256 %s)%n", i.item().file(),
          i.result().added() ? "archived" : "identical to the newest copy, not stored again:", i.item().key(),
          app.workspace().display(i.result().snapshot().file()), i.item().retrieved(), i.result().snapshot().sha256());
    }
    if (items.size() > 1) {
      out.printf("%d cop%s imported: %d archived, %d identical to the newest copy and not stored again%n", items.size(),
          items.size() == 1 ? "y" : "ies", added, items.size() - added);
    }
    if (!dated) {
      out.println("note: no --retrieved date given; recorded the copies as retrieved " + items.get(0).retrieved());
    }
    return ExitCode.OK.code();
  }

  private void refuse(boolean wrong, String message) {
    if (wrong) {
      throw new ParameterException(app.spec.commandLine(), message);
    }
  }

  /** The document given by --company, --document and --lang, as the study declares it. */
  private DocumentKey key(Study s) throws CommandFailedException {
    refuse(company == null || document == null || lang == null, "give all three of --company, --document and --lang");
    Company c = Studies.company(s, company);
    PolicyDocument d = c.document(document).orElseThrow(() -> new CommandFailedException(
        "company " + company + " has no document '" + document + "'; it has "
            + String.join(", ", c.documents().stream().map(PolicyDocument::id).toList())));
    DocumentVersion v = d.version(lang).orElseThrow(() -> new CommandFailedException(
        "document " + company + "/" + document + " declares no '" + lang + "' version; it has "
            + String.join(", ", d.versions().stream().map(DocumentVersion::lang).toList())
            + " (declare the language in " + app.workspace().display(s.file()) + " first)"));
    return new DocumentKey(c.id(), d.id(), v.lang());
  }

  /** Every document the study declares, with the URL it declares. */
  private static Map<DocumentKey, Optional<String>> declared(Study s) {
    Map<DocumentKey, Optional<String>> out = new LinkedHashMap<>();
    for (Company c : s.companies()) {
      for (PolicyDocument d : c.documents()) {
        for (DocumentVersion v : d.versions()) {
          out.put(new DocumentKey(c.id(), d.id(), v.lang()), v.url().map(URI::toString));
        }
      }
    }
    return out;
  }
}
