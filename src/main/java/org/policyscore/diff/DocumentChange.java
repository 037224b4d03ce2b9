package org.policyscore.diff;

import java.time.Instant;
import java.util.List;

/**
 * One document's change between two versions, as listed by {@code changes} and in the feed.
 *
 * @param link where the full diff can be read (relative to the feed, or absolute); may be ""
 */
public record DocumentChange(
    String company, String document, String lang,
    Instant fromWhen, String fromSha256, Instant toWhen, String toSha256,
    long added, long removed, long changed, long moved,
    List<TouchedElement> touched, String link) {

  public DocumentChange {
    touched = List.copyOf(touched);
  }

  public static DocumentChange of(
      String company, String document, String lang, DiffResult diff, ElementsTouched touched, String link) {
    return new DocumentChange(company, document, lang,
        diff.before().when(), diff.before().sha256(), diff.after().when(), diff.after().sha256(),
        diff.added(), diff.removed(), diff.changed(), diff.moved(),
        touched == null ? List.of() : touched.elements(), link);
  }

  /** {@code smart/privacy/km}. */
  public String path() {
    return company + "/" + document + "/" + lang;
  }

  public String counts() {
    return added + " added, " + removed + " removed, " + changed + " changed, " + moved + " moved";
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
