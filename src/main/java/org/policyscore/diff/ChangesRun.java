package org.policyscore.diff;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.policyscore.archive.Archive;
import org.policyscore.extract.TextVersionStore;
import org.policyscore.io.AtomicFile;
import org.policyscore.study.Company;
import org.policyscore.study.DocumentVersion;
import org.policyscore.study.PolicyDocument;
import org.policyscore.study.Study;

/**
 * The {@code changes} job for one study, a question about time: every new text version whose
 * date falls in a range, each either a document's first archived version or a change from the
 * version before it, with counts and the elements touched. Nothing is remembered between runs,
 * so the answer does not depend on what ran before.
 *
 * <p>It also writes the Atom feed {@code reports/<study>/changes.atom} of the newest events of
 * the whole history (the same whatever range was asked), with an HTML page for each in
 * {@code reports/<study>/changes/}, linked absolutely: under a base URL where the reports
 * folder is published, or as {@code file:} links into the workspace.
 */
public final class ChangesRun {
  /** How many events the feed (and its HTML pages) carry, newest first. */
  static final int FEED_ENTRIES = 100;

  /**
   * @param from inclusive; null for the beginning
   * @param until inclusive; null for no end
   */
  public record Range(Instant from, Instant until) {
    public static final Range ALL = new Range(null, null);

    public boolean contains(Instant t) {
      return (from == null || !t.isBefore(from)) && (until == null || !t.isAfter(until));
    }
  }

  /**
   * @param listed every event in the range, oldest first
   * @param documents how many documents (in a language) have text versions
   * @param feedEntries how many events the feed carries
   */
  public record Result(List<DocumentChange> listed, int documents, Path feed, int feedEntries) {}

  /**
   * Where the study's changes are read from and written to.
   *
   * @param base the absolute address of {@code reportDir} as readers reach it, ending in "/"
   */
  public record Place(Path texts, Archive archive, Path reportDir, URI base) {
    public Place {
      if (!base.isAbsolute() || !base.toString().endsWith("/")) {
        throw new IllegalArgumentException("the base of the feed's links must be absolute and end in '/': " + base);
      }
    }

    /** Links are file: links into the workspace's report folder. */
    public static Place local(Path texts, Archive archive, Path reportDir) {
      String uri = reportDir.toAbsolutePath().normalize().toUri().toString();
      return new Place(texts, archive, reportDir, URI.create(uri.endsWith("/") ? uri : uri + "/"));
    }

    /** The absolute address of a file under the report folder, e.g. {@code changes/x.html}. */
    public String link(String relative) {
      return base + relative;
    }
  }

  private ChangesRun() {}

  /** @param locator finds elements; null to leave them out */
  public static Result run(String studyId, String studyName, Place place, List<DocumentRef> documents, Range range,
      ElementLocator locator) throws IOException {
    TextVersionStore store = new TextVersionStore(place.texts());
    List<Event> events = new ArrayList<>();
    int withVersions = 0;
    for (List<DocumentRef> languages : byDocument(documents).values()) {
      DocumentHistory history = DocumentHistory.read(store, place.archive(), languages);
      for (DocumentRef doc : languages) {
        List<TextHistory.Version> versions = history.language(doc.lang()).versions();
        if (!versions.isEmpty()) {
          withVersions++;
        }
        for (int i = 0; i < versions.size(); i++) {
          events.add(new Event(doc, history, i == 0 ? null : versions.get(i - 1), versions.get(i)));
        }
      }
    }
    Comparator<Event> oldestFirst = Comparator.comparing((Event e) -> e.to.citation().when())
        .thenComparing(e -> e.doc.path());
    events.sort(oldestFirst);

    List<Event> inFeed = new ArrayList<>(events.subList(Math.max(0, events.size() - FEED_ENTRIES), events.size()));
    Set<Event> wanted = new LinkedHashSet<>(inFeed);
    events.stream().filter(e -> range.contains(e.to.citation().when())).forEach(wanted::add);
    Map<Event, DocumentChange> done = new LinkedHashMap<>();
    for (Event e : wanted) {
      done.put(e, e.write(place, locator));
    }
    List<DocumentChange> listed = events.stream().filter(e -> range.contains(e.to.citation().when()))
        .map(done::get).toList();
    List<DocumentChange> entries = inFeed.stream().map(done::get).toList();
    Path feedFile = place.reportDir().resolve("changes.atom");
    AtomicFile.write(feedFile, ChangesFeed.write(studyId, studyName, entries, place.link("changes.atom")));
    return new Result(listed, withVersions, feedFile, entries.size());
  }

  /** A new version of a document: the first (from == null) or a change. Identity equality. */
  private static final class Event {
    final DocumentRef doc;
    final DocumentHistory history;
    final TextHistory.Version from;
    final TextHistory.Version to;

    Event(DocumentRef doc, DocumentHistory history, TextHistory.Version from, TextHistory.Version to) {
      this.doc = doc;
      this.history = history;
      this.from = from;
      this.to = to;
    }

    /** Writes the event's page and says what it is. */
    DocumentChange write(Place place, ElementLocator locator) throws IOException {
      String page = page(doc, to);
      String link = place.link(page);
      if (from == null) {
        TextSide side = history.language(doc.lang()).side(to);
        AtomicFile.write(place.reportDir().resolve(page), HtmlDiffRenderer.renderFirst(doc.displayName(), side));
        return DocumentChange.firstArchived(doc, to.citation(), link);
      }
      DocumentHistory.Compared c = history.compare(doc.lang(), from, to, locator);
      AtomicFile.write(place.reportDir().resolve(page), DiffFormat.HTML.render(c.diff(), c.touched(), false));
      return DocumentChange.of(doc, c.diff(), c.touched(), link);
    }
  }

  private static Map<String, List<DocumentRef>> byDocument(List<DocumentRef> documents) {
    Map<String, List<DocumentRef>> out = new LinkedHashMap<>();
    for (DocumentRef r : documents) {
      out.computeIfAbsent(r.company() + "/" + r.document(), k -> new ArrayList<>()).add(r);
    }
    return out;
  }

  /** Where the HTML page of a new version is written, relative to the report folder. */
  static String page(DocumentRef doc, TextHistory.Version to) {
    return "changes/" + doc.company() + "-" + doc.document() + "-" + doc.lang() + "-" + to.id() + ".html";
  }

  /**
   * The study's declared documents in each declared language, named as the study names them,
   * and any other text versions of its companies (a document no longer declared still has a
   * history).
   */
  public static List<DocumentRef> documents(Study s, Path texts) throws IOException {
    Set<DocumentRef> refs = new LinkedHashSet<>();
    Set<String> paths = new HashSet<>();
    Map<String, String> companyNames = new LinkedHashMap<>();
    for (Company c : s.companies()) {
      companyNames.put(c.id(), c.name());
      for (PolicyDocument d : c.documents()) {
        for (DocumentVersion v : d.versions()) {
          DocumentRef r = new DocumentRef(c.id(), d.id(), v.lang(), c.name(), d.title());
          refs.add(r);
          paths.add(r.path());
        }
      }
    }
    for (DocumentRef r : DocumentRef.scan(texts)) {
      if (companyNames.containsKey(r.company()) && paths.add(r.path())) {
        refs.add(new DocumentRef(r.company(), r.document(), r.lang(), companyNames.get(r.company()), r.document()));
      }
    }
    return new ArrayList<>(refs);
  }
}
