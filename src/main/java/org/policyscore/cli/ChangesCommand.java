package org.policyscore.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import org.policyscore.InvalidInputException;
import org.policyscore.Workspace;
import org.policyscore.archive.Archive;
import org.policyscore.catalog.CatalogCache;
import org.policyscore.diff.ChangesRun;
import org.policyscore.diff.Citation;
import org.policyscore.diff.Copy;
import org.policyscore.diff.DocumentChange;
import org.policyscore.diff.EvidenceElementLocator;
import org.policyscore.diff.TouchedElement;
import org.policyscore.study.Study;
import org.policyscore.text.StatedDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code changes}: every new version of a study's documents in a time range, and the Atom feed. */
@Command(
    name = "changes",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Every new version of a study's documents in a time range, with the elements touched.",
      "",
      "Lists, oldest first, each version whose copy was first retrieved in the range: a",
      "document's first archived copy, or a change from the version before it (sentences",
      "added, removed, changed and moved, and the elements touched). Each version is named",
      "by its archived copy's SHA-256, first retrieved and last seen unchanged, and the",
      "date the policy states about itself (the company's claim). The answer depends only",
      "on the archive, never on what ran before.",
      "",
      "Also writes the Atom feed reports/STUDY/changes.atom (the newest 100 events), with",
      "an HTML page per event in reports/STUDY/changes/, linked by absolute URLs.",
      ""
    })
final class ChangesCommand implements Callable<Integer> {
  @ParentCommand PolicyscoreCommand app;

  @Parameters(arity = "0..1", paramLabel = "STUDY",
      description = "The study, e.g. cambodia (policies/cambodia.yaml); may be left out when there is only one.")
  String study;

  @Option(names = "--since", paramLabel = "DATE",
      description = "Only versions first retrieved on or after this date (2025-06-01) or time. Default: all.")
  String since;

  @Option(names = "--until", paramLabel = "DATE",
      description = "Only versions first retrieved on or before this date (to the end of that day) or time.")
  String until;

  @Option(names = "--base-url", paramLabel = "URL", description = FeedBase.HELP)
  String baseUrl;

  @Option(names = "--catalog", paramLabel = "FILE",
      description = "Catalogue whose cues find the elements touched (default: the study's).")
  Path catalog;

  @Override
  public Integer call() throws IOException, InvalidInputException, CommandFailedException {
    Workspace ws = app.workspace();
    Study s = Studies.load(ws, study);
    Instant from = since == null ? null : moment(since, "--since", false);
    Instant to = until == null ? null : moment(until, "--until", true);
    if (from != null && to != null && to.isBefore(from)) {
      throw new ParameterException(app.spec.commandLine(), "--until " + until + " is before --since " + since);
    }
    Path reportDir = ws.reports().resolve(s.id());
    ChangesRun.Place place = baseUrl == null ? ChangesRun.Place.local(ws.texts(), Archive.of(ws), reportDir)
        : new ChangesRun.Place(ws.texts(), Archive.of(ws), reportDir, FeedBase.parse(baseUrl, app.spec.commandLine()));
    Path file = catalog != null ? catalog : ws.catalogFile(s.catalogId());
    EvidenceElementLocator locator = catalog != null || Files.isRegularFile(file)
        ? new EvidenceElementLocator(CatalogCache.load(file)) : null;

    ChangesRun.Result result = ChangesRun.run(s.id(), s.name(), place, ChangesRun.documents(s, ws.texts()),
        new ChangesRun.Range(from, to), locator);

    PrintWriter out = app.spec.commandLine().getOut();
    if (!app.quiet()) {
      String range = (since == null ? "" : " since " + since) + (until == null ? "" : " until " + until);
      out.printf("%d document(s) with text versions; %d new version(s)%s%n", result.documents(),
          result.listed().size(), range.isEmpty() ? " in all" : range);
    }
    for (DocumentChange c : result.listed()) {
      print(out, c, locator != null);
    }
    if (!app.quiet()) {
      out.printf("%nfeed: %s (%d entries)%n", ws.display(result.feed()), result.feedEntries());
    }
    return ExitCode.OK.code();
  }

  static void print(PrintWriter out, DocumentChange c, boolean elements) {
    out.printf("%n%s  %s  %s%n", c.when(), c.doc().displayName(), c.what());
    c.older().ifPresent(o -> version(out, "older", o));
    version(out, c.isFirst() ? "first" : "newer", c.newer());
    c.older().flatMap(o -> Citation.changedBetween(o, c.newer())).ifPresent(b -> out.println("  " + b));
    if (!c.isFirst()) {
      out.println("  elements touched: " + (!elements ? "(no catalogue)" : c.touched().isEmpty() ? "none" : ""));
      for (TouchedElement e : c.touched()) {
        out.printf("    %-8s %s -> %s  %s%n", e.elementId(), e.before(), e.after(), e.question());
      }
    }
    if (!c.link().isEmpty()) {
      out.println("  " + c.link());
    }
  }

  private static void version(PrintWriter out, String which, Citation c) {
    if (c.copies().isEmpty()) {
      out.printf("  %s: text version %s, text SHA-256 %s (no archived copy recorded)%n", which, c.version(), c.sha256());
    }
    for (Copy copy : c.copies()) {
      out.printf("  %s: copy SHA-256 %s%n         %s%n", which, copy.sha256(), copy.dates());
    }
    for (StatedDate d : c.stated()) {
      out.printf("         the policy says: %s (the company's claim)%n", d.describe());
    }
  }

  private Instant moment(String text, String option, boolean endOfDay) {
    String t = text.strip();
    try {
      LocalDate day = t.matches("\\d{8}") ? LocalDate.parse(t, java.time.format.DateTimeFormatter.BASIC_ISO_DATE)
          : LocalDate.parse(t);
      return endOfDay ? day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1)
          : day.atStartOfDay(ZoneOffset.UTC).toInstant();
    } catch (DateTimeParseException e) {
      // a time, then
    }
    try {
      return Instant.parse(t);
    } catch (DateTimeParseException e) {
      throw new ParameterException(app.spec.commandLine(),
          option + " must be a date (2025-06-01) or a timestamp (2025-06-01T08:00:00Z), not '" + text + "'");
    }
  }


}
