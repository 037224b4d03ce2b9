package org.policyscore.diff;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.policyscore.text.StatedDate;

/**
 * How one side of a diff is cited. For a study's document, the copy is named by the SHA-256 of
 * the archived bytes (the snapshot) with the dates the archive vouches for; the hash of the
 * extracted text version is shown too, labelled as such. For a saved file or a URL outside any
 * archive, the hash is the file's (or the page's) and says so. A date the policy states about
 * itself is shown beside them as the company's claim.
 *
 * @param hashOf what {@code sha256} is the hash of
 * @param sha256 SHA-256 of {@code hashOf}, lower-case hex
 * @param when the date the side is ordered by: the version's first retrieval, the file's
 *     modification time, the page's Last-Modified header or fetch time, or a given date
 * @param whenMeans what {@code when} is, in words: "first retrieved", "file modified"...
 * @param copies for a text version: the archived copies that gave exactly this text, oldest
 *     first (usually one); empty otherwise
 * @param version the text version's id (its file name, e.g. {@code 20260301T090000Z}), or ""
 * @param stated the dates the text states about itself, in text order
 */
public record Citation(
    HashOf hashOf, String sha256, Instant when, String whenMeans, List<Copy> copies, String version,
    List<StatedDate> stated) {

  /** What a side's hash is the hash of. */
  public enum HashOf {
    /** A text version extracted from archived copies. */
    TEXT_VERSION("text version SHA-256"),
    /** A file as saved on disk. */
    FILE("file SHA-256"),
    /** A page's bytes as a URL returned them. */
    PAGE("page SHA-256"),
    /** The text as given (in UTF-8), with no file or archive behind it. */
    TEXT("text SHA-256");

    private final String label;

    HashOf(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public Citation {
    Objects.requireNonNull(hashOf);
    Objects.requireNonNull(sha256);
    Objects.requireNonNull(when);
    Objects.requireNonNull(whenMeans);
    Objects.requireNonNull(version);
    copies = List.copyOf(copies);
    stated = List.copyOf(stated);
  }

  /** The copy the version is named after (its first), if it came from the archive. */
  public Optional<Copy> firstCopy() {
    return copies.isEmpty() ? Optional.empty() : Optional.of(copies.get(0));
  }

  /** The last time the archive saw this text unchanged: the latest "last seen" of its copies. */
  public Optional<Instant> lastSeen() {
    return copies.stream().map(Copy::lastSeen).max(Comparator.naturalOrder());
  }

  /** Whether the side is an archived text version with at least one copy. */
  public boolean archived() {
    return !copies.isEmpty();
  }

  /**
   * What a reader needs to cite this side, one line each: label, value (a hash, a date...) and
   * a note. Every renderer shows the same lines, so text, Markdown, HTML and the feed agree.
   */
  public List<Line> lines() {
    List<Line> out = new ArrayList<>();
    if (hashOf == HashOf.TEXT_VERSION) {
      if (copies.isEmpty()) {
        out.add(new Line("copy", "", "no archived copy is recorded for this text version"));
      }
      for (Copy c : copies) {
        out.add(new Line("copy SHA-256", c.sha256(), c.dates() + " (" + c.origin() + ")"));
      }
      out.add(new Line(hashOf.label(), sha256, "text version " + version + " (extracted text, not the copy)"));
    } else {
      out.add(new Line(hashOf.label(), sha256, whenMeans + " " + when));
    }
    for (StatedDate d : stated) {
      out.add(new Line("the policy's own date", d.kind().label() + " " + d.date(),
          "\u201C" + d.asWritten() + "\u201D: the company's claim, not checked"));
    }
    return out;
  }

  /**
   * One line of a citation.
   *
   * @param value a hash or a date; "" when the line is a note only
   */
  public record Line(String label, String value, String note) {
    /** Whether the value is a hash (shown in a code font, never shortened). */
    public boolean isHash() {
      return value.matches("[0-9a-f]{64}");
    }
  }

  /**
   * When the change became visible, as the archive can vouch for it: after the older text was
   * last seen and by the time the newer was first retrieved. Empty unless both are archived.
   */
  public static Optional<String> changedBetween(Citation older, Citation newer) {
    if (!older.archived() || !newer.archived()
        || older.lastSeen().orElseThrow().isAfter(newer.firstCopy().orElseThrow().firstRetrieved())) {
      return Optional.empty(); // e.g. a page that flips between two texts: no single moment to name
    }
    return Optional.of("changed on the web between " + older.lastSeen().orElseThrow()
        + " (older text last seen) and " + newer.firstCopy().orElseThrow().firstRetrieved()
        + " (newer text first retrieved)");
  }
}
