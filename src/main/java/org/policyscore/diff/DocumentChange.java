package org.policyscore.diff;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One event in a document's history, as listed by {@code changes} and in the feed: a new text
 * version, either the first ever archived (no older version: nothing is compared) or a change
 * from the version before it.
 *
 * @param older the version before; empty when this is the first archived
 * @param newer the new version
 * @param touched the elements the change touches; empty for a first copy or with no catalogue
 * @param link where the change can be read (an HTML page); may be ""
 */
public record DocumentChange(
    DocumentRef doc, Optional<Citation> older, Citation newer,
    long added, long removed, long changed, long moved,
    List<TouchedElement> touched, String link) {

  public DocumentChange {
    touched = List.copyOf(touched);
  }

  public static DocumentChange of(DocumentRef doc, DiffResult diff, ElementsTouched touched, String link) {
    return new DocumentChange(doc, Optional.of(diff.before().citation()), diff.after().citation(),
        diff.added(), diff.removed(), diff.changed(), diff.moved(),
        touched == null ? List.of() : touched.elements(), link);
  }

  /** A document's first archived version: there is nothing before it to compare. */
  public static DocumentChange firstArchived(DocumentRef doc, Citation newer, String link) {
    return new DocumentChange(doc, Optional.empty(), newer, 0, 0, 0, 0, List.of(), link);
  }

  public boolean isFirst() {
    return older.isEmpty();
  }

  /** When the new version was first retrieved (the event's time). */
  public Instant when() {
    return newer.when();
  }

  /** {@code smart/privacy/km}. */
  public String path() {
    return doc.path();
  }

  public String counts() {
    return added + " added, " + removed + " removed, " + changed + " changed, " + moved + " moved";
  }

  /** "first archived" or "changed: 1 added, 0 removed, 2 changed, 0 moved". */
  public String what() {
    return isFirst() ? "first archived" : "changed: " + counts();
  }

  /** "P10a.1 (no disclosure found -> partial), P3a.1" or "none". */
  public String touchedSummary() {
    if (touched.isEmpty()) {
      return "none";
    }
    StringBuilder s = new StringBuilder();
    for (TouchedElement e : touched) {
      if (s.length() > 0) {
        s.append(", ");
      }
      s.append(e.elementId());
      if (e.answerChanged()) {
        s.append(" (").append(e.before()).append(" -> ").append(e.after()).append(')');
      }
    }
    return s.toString();
  }
}
