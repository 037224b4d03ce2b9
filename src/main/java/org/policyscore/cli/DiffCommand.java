package org.policyscore.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.policyscore.InvalidInputException;
import org.policyscore.Workspace;
import org.policyscore.catalog.CatalogCache;
import org.policyscore.archive.Archive;
import org.policyscore.diff.ComparedVersions;
import org.policyscore.diff.DiffFormat;
import org.policyscore.diff.DiffResult;
import org.policyscore.diff.DocumentHistory;
import org.policyscore.diff.DocumentRef;
import org.policyscore.diff.ElementsTouched;
import org.policyscore.diff.EvidenceElementLocator;
import org.policyscore.diff.NoSuchVersionException;
import org.policyscore.diff.SavedCopy;
import org.policyscore.diff.TextHistory;
import org.policyscore.diff.TextSide;
import org.policyscore.extract.TextVersionStore;
import org.policyscore.io.AtomicFile;
import org.policyscore.study.Company;
import org.policyscore.study.DocumentVersion;
import org.policyscore.study.PolicyDocument;
import org.policyscore.study.Study;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code diff}: what changed between two versions of a policy, and which elements it touches. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    customSynopsis = {
      "policyscore diff [OPTIONS] STUDY COMPANY DOCUMENT",
      "       policyscore diff [OPTIONS] OLD NEW",
    },
    description = {
      "What changed between two versions of a policy, and which elements it touches.",
      "",
      "Compares sentence by sentence and marks the changed words (Khmer too). With",
      "STUDY COMPANY DOCUMENT it compares two archived text versions (default: the two",
      "newest); with OLD NEW, two saved copies or URLs (HTML, PDF or text; en or km).",
      "White space, line layout, quote style and clause renumbering are not changes.",
      "",
      "For citing, a study's version is named by the SHA-256 of its archived copy, with",
      "the dates it was first retrieved and last seen unchanged; the hash of the extracted",
      "text is shown too, labelled as such. Two saved copies are named by their file's",
      "SHA-256. A date the policy states about itself ('Last updated ...') is shown as the",
      "company's claim. The elements touched read the document's translations too, so a",
      "clause and its translation touch the same elements.",
      ""
    })
final class DiffCommand implements Callable<Integer> {
  @ParentCommand PolicyscoreCommand app;

  @Parameters(arity = "0..*", paramLabel = "ARGS", hideParamSyntax = true,
      description = "STUDY COMPANY DOCUMENT, or OLD NEW (files or http(s) URLs).")
  List<String> args;

  @Option(names = "--lang", paramLabel = "L",
      description = "Language: en or km. Study form: which version to compare (default: en, or the only one). "
          + "Two copies: how to read them (default: told from the letters).")
  String lang;

  @Option(names = "--from", paramLabel = "WHEN",
      description = "Older version: a date (the version in force then), a timestamp, or a hash prefix "
          + "(of the archived copy, as history shows it, or of the text version).")
  String from;

  @Option(names = "--to", paramLabel = "WHEN", description = "Newer version, as --from (default: the newest).")
  String to;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text (colour on a terminal), md (Markdown for a story draft) or html (side by side). Default: ${DEFAULT-VALUE}.")
  String format;

  @Option(names = "--catalog", paramLabel = "FILE",
      description = "Catalogue whose cues find the elements touched (default: the study's; "
          + "for two copies indicators/rdr-2020.yaml, if present).")
  Path catalog;

  @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE instead of printing.")
  Path out;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30",
      description = "How long to wait for a URL (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  @Override
  public Integer call() throws IOException, InvalidInputException, CommandFailedException {
    DiffFormat fmt = DiffFormat.parse(format).orElseThrow(() -> new picocli.CommandLine.ParameterException(
        app.spec.commandLine(), "--format must be text, md or html, not '" + format + "'"));
    if (lang != null && !lang.matches("[a-z]{2,3}")) {
      throw new picocli.CommandLine.ParameterException(app.spec.commandLine(), "--lang must be a language code such as en or km");
    }
    int given = args == null ? 0 : args.size();
    if (given != 2 && given != 3) {
      throw new picocli.CommandLine.ParameterException(app.spec.commandLine(), "diff compares STUDY COMPANY DOCUMENT"
          + " (3 arguments) or OLD NEW (2 arguments); " + (given == 0 ? "none" : given == 1 ? "1 was" : given + " were")
          + " given");
    }
    for (String[] when : new String[][] {{"--from", from}, {"--to", to}}) {
      if (when[1] != null && !TextHistory.readableWhen(when[1])) {
        throw new picocli.CommandLine.ParameterException(app.spec.commandLine(), when[0] + " must be a date"
            + " (2025-06-01), a timestamp (2025-06-01T08:00:00Z or 20250601T080000Z) or a hash prefix"
            + " (at least 4 hex digits), not '" + when[1] + "'");
      }
    }
    if (timeoutSeconds < 1 || timeoutSeconds > 600) {
      throw new picocli.CommandLine.ParameterException(app.spec.commandLine(),
          "--timeout must be between 1 and 600 seconds, not " + timeoutSeconds);
    }
    DiffResult diff;
    ElementsTouched touched;
    if (args.size() == 3) {
      DocumentHistory.Compared compared = studyVersions();
      diff = compared.diff();
      touched = compared.touched();
    } else {
      ComparedVersions compared = savedCopies();
      diff = compared.diff();
      touched = compared.touched();
    }
    String rendered = fmt.render(diff, touched, out == null && fmt == DiffFormat.TEXT && app.color());
    if (out != null) {
      AtomicFile.write(out, rendered);
      if (!app.quiet()) {
        app.spec.commandLine().getOut().printf("wrote %s: %s%n", app.workspace().display(out), diff.summary());
      }
    } else {
      app.spec.commandLine().getOut().print(rendered);
      app.spec.commandLine().getOut().flush();
    }
    return ExitCode.OK.code();
  }

  private ComparedVersions savedCopies() throws IOException, InvalidInputException, CommandFailedException {
    if (from != null || to != null) {
      throw new picocli.CommandLine.ParameterException(app.spec.commandLine(),
          "--from and --to pick versions of a study's document; with two files, give them in order: OLD NEW");
    }
    Duration timeout = Duration.ofSeconds(timeoutSeconds);
    // the two copies are read (fetched, extracted, hashed) at the same time
    java.util.concurrent.FutureTask<TextSide> first = new java.util.concurrent.FutureTask<>(() -> read(args.get(0), timeout));
    Thread reading = new Thread(first, "policyscore-read-older");
    reading.setDaemon(true);
    reading.start();
    TextSide newer = read(args.get(1), timeout);
    TextSide older = older(first);
    // elements touched when a catalogue with cues for the language is at hand
    EvidenceElementLocator locator = locator(app.workspace().catalogFile(CatalogCommand.DEFAULT_CATALOG), newer.lang());
    return ComparedVersions.of(older, newer, locator);
  }

  /** The older copy, read on its own thread: its failure is reported as if read here. */
  private static TextSide older(java.util.concurrent.FutureTask<TextSide> reading)
      throws IOException, InvalidInputException, CommandFailedException {
    try {
      return reading.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while reading the older copy", e);
    } catch (java.util.concurrent.ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof InvalidInputException invalid) {
        throw invalid;
      }
      if (cause instanceof CommandFailedException failed) {
        throw failed;
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  private TextSide read(String arg, Duration timeout) throws IOException, InvalidInputException, CommandFailedException {
    try {
      return SavedCopy.read(arg, lang, timeout);
    } catch (java.nio.file.NoSuchFileException e) {
      throw new CommandFailedException("no such file: " + arg
          + " (to compare a study's versions, give STUDY COMPANY DOCUMENT)");
    }
  }

  /** The study form: the document's versions in the archive, and its translations. */
  private DocumentHistory.Compared studyVersions() throws IOException, CommandFailedException, InvalidInputException {
    Workspace ws = app.workspace();
    Study study = Studies.load(ws, args.get(0));
    Company c = Studies.company(study, args.get(1));
    PolicyDocument doc = c.document(args.get(2)).orElseThrow(() -> new CommandFailedException(
        "no document '" + args.get(2) + "' for " + c.id() + " in study " + study.id() + "; it has "
            + String.join(", ", c.documents().stream().map(PolicyDocument::id).toList())));
    String l = lang != null ? lang : defaultLanguage(doc);
    List<DocumentRef> languages = new ArrayList<>();
    languages.add(new DocumentRef(c.id(), doc.id(), l, c.name(), doc.title()));
    doc.versions().stream().map(DocumentVersion::lang).filter(x -> !x.equals(l)).distinct()
        .forEach(x -> languages.add(new DocumentRef(c.id(), doc.id(), x, c.name(), doc.title())));
    DocumentHistory history = DocumentHistory.read(new TextVersionStore(ws.texts()), Archive.of(ws), languages);
    try {
      return history.compare(l, from, to, locator(ws.catalogFile(study.catalogId()), l),
          ws.display(languages.get(0).folder(ws.texts())));
    } catch (NoSuchVersionException e) {
      throw new CommandFailedException(e.getMessage());
    }
  }

  /** English if the document has it, else its first declared language. */
  private static String defaultLanguage(PolicyDocument doc) {
    List<String> langs = doc.versions().stream().map(DocumentVersion::lang).toList();
    return langs.contains("en") || langs.isEmpty() ? "en" : langs.get(0);
  }

  /**
   * The catalogue's cues, when a catalogue with cues for the language is at hand (--catalog,
   * else {@code fallback}); else null, with a note.
   */
  private EvidenceElementLocator locator(Path fallback, String language) throws InvalidInputException {
    Path file = catalog != null ? catalog : fallback;
    if (catalog == null && !Files.isRegularFile(file)) {
      return null;
    }
    EvidenceElementLocator locator = new EvidenceElementLocator(CatalogCache.load(file));
    if (!locator.hasCues(language)) {
      if (!app.quiet()) {
        app.spec.commandLine().getErr().printf("note: %s has no '%s' cues yet, so the elements touched are not shown%n",
            app.workspace().display(file), language);
      }
      return null;
    }
    return locator;
  }
}
