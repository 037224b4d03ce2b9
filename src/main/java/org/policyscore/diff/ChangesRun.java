package org.policyscore.diff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.policyscore.archive.DocumentKey;
import org.policyscore.extract.TextVersionStore;
import org.policyscore.io.AtomicFile;
import org.policyscore.study.Company;
import org.policyscore.study.DocumentVersion;
import org.policyscore.study.PolicyDocument;
import org.policyscore.study.Study;

/**
 * The {@code changes} job for one study: which documents have a new text version since a date
 * (or since the previous run), with counts and the elements touched; the Atom feed
 * {@code reports/<study>/changes.atom} of every version-to-version change (newest first, with
 * an HTML diff for each); and {@code changes.state}, the newest version of each document seen
 * by this run, so that the next run lists only what is new.
 */
public final class ChangesRun {
  /** How many changes the feed (and its HTML diffs) carry, newest first. */
  static final int FEED_ENTRIES = 100;

  /**
   * @param listed the changes to show, one per document
   * @param firstRun no date was given and no previous run was recorded: each document's latest
   *     change is listed
   */
  public record Result(List<DocumentChange> listed, int documents, Path feed, boolean firstRun) {}

  private ChangesRun() {}

  /**
   * @param texts the workspace's {@code policies/text/}
   * @param reportDir {@code reports/<study>/}
   * @param locator finds elements; null to leave them out
   */
  public static Result run(String study, Path texts, Path reportDir, List<DocumentRef> documents,
      Optional<Instant> since, ElementLocator locator) throws IOException {
    Path stateFile = reportDir.resolve("changes.state");
    Map<String, String> previous = readState(stateFile);
    boolean firstRun = since.isEmpty() && previous.isEmpty();
    Map<String, String> seen = new TreeMap<>(previous);
    List<DocumentChange> listed = new ArrayList<>();
    List<Pending> feed = new ArrayList<>();
    int withVersions = 0;
    for (DocumentRef doc : documents) {
      TextHistory history = TextHistory.read(new TextVersionStore(texts), new DocumentKey(doc.company(), doc.document(), doc.lang()), doc.path());
      List<TextHistory.Version> versions = history.versions();
      if (versions.isEmpty()) {
        continue;
      }
      withVersions++;
      TextHistory.Version newest = versions.get(versions.size() - 1);
      seen.put(doc.path(), newest.id());
      for (int i = 1; i < versions.size(); i++) {
        feed.add(new Pending(doc, history, versions.get(i - 1), versions.get(i)));
      }
      Optional<TextHistory.Version> base;
      if (firstRun) {
        if (versions.size() < 2) {
          continue; // nothing to compare yet
        }
        base = Optional.of(versions.get(versions.size() - 2));
      } else {
        base = baseline(history, doc, since, previous);
        if (base.isPresent() && base.get().id().equals(newest.id())) {
          continue;
        }
      }
      TextSide older = base.isPresent() ? history.side(base.get())
          : TextSide.of(doc.path() + " (no earlier version)", since.orElse(newest.when()), doc.lang(), "");
      DiffResult diff = PolicyDiff.compare(older, history.side(newest));
      listed.add(DocumentChange.of(doc.company(), doc.document(), doc.lang(), diff,
          locator == null ? null : ElementsTouched.find(diff, locator), link(doc, newest)));
    }

    feed.sort(Comparator.comparing((Pending p) -> p.to.when()).reversed()
        .thenComparing(p -> p.doc.path()));
    List<DocumentChange> entries = new ArrayList<>();
    for (Pending p : feed.subList(0, Math.min(FEED_ENTRIES, feed.size()))) {
      DiffResult diff = PolicyDiff.compare(p.history.side(p.from), p.history.side(p.to));
      ElementsTouched touched = locator == null ? null : ElementsTouched.find(diff, locator);
      AtomicFile.write(reportDir.resolve(link(p.doc, p.to)), DiffFormat.HTML.render(diff, touched, false));
      entries.add(DocumentChange.of(p.doc.company(), p.doc.document(), p.doc.lang(), diff, touched, link(p.doc, p.to)));
    }
    Path feedFile = reportDir.resolve("changes.atom");
    AtomicFile.write(feedFile, ChangesFeed.write(study, entries, since.orElse(Instant.EPOCH)));
    writeState(stateFile, seen);
    return new Result(listed, withVersions, feedFile, firstRun);
  }

  private record Pending(DocumentRef doc, TextHistory history, TextHistory.Version from, TextHistory.Version to) {}

  /** The version to compare the newest with; empty when the document is new since then. */
  private static Optional<TextHistory.Version> baseline(TextHistory history, DocumentRef doc,
      Optional<Instant> since, Map<String, String> previous) {
    if (since.isPresent()) {
      return history.inForceAt(since.get());
    }
    String id = previous.get(doc.path());
    Optional<TextHistory.Version> seen = history.versions().stream().filter(v -> v.id().equals(id)).findFirst();
    if (id != null && seen.isEmpty()) {
      // the version seen last time is gone (text versions were rebuilt): go by its time
      return TextHistory.stamp(id).flatMap(history::inForceAt);
    }
    return seen;
  }

  /** Where the HTML diff of a change is written, relative to the report folder. */
  static String link(DocumentRef doc, TextHistory.Version to) {
    return "changes/" + doc.company() + "-" + doc.document() + "-" + doc.lang() + "-" + to.id() + ".html";
  }

  private static Map<String, String> readState(Path file) throws IOException {
    Map<String, String> out = new TreeMap<>();
    if (!Files.isRegularFile(file)) {
      return out;
    }
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      String[] parts = t.split("\\s+");
      if (parts.length == 2) {
        out.put(parts[0], parts[1]);
      }
    }
    return out;
  }

  private static void writeState(Path file, Map<String, String> seen) throws IOException {
    StringBuilder s = new StringBuilder(
        "# Newest text version of each document when 'policyscore changes' last ran.\n"
        + "# The next run lists versions newer than these. Delete this file to start over.\n");
    seen.forEach((doc, id) -> s.append(doc).append(' ').append(id).append('\n'));
    AtomicFile.write(file, s.toString());
  }

  /**
   * The study's declared documents in each declared language, and any other text versions of
   * its companies (a document no longer declared still has a history).
   */
  public static List<DocumentRef> documents(Study s, Path texts) throws IOException {
    Set<DocumentRef> refs = new LinkedHashSet<>();
    for (Company c : s.companies()) {
      for (PolicyDocument d : c.documents()) {
        for (DocumentVersion v : d.versions()) {
          refs.add(new DocumentRef(c.id(), d.id(), v.lang()));
        }
      }
    }
    Set<String> companies = new HashSet<>(s.companies().stream().map(Company::id).toList());
    DocumentRef.scan(texts).stream().filter(r -> companies.contains(r.company())).forEach(refs::add);
    return new ArrayList<>(refs);
  }
}
