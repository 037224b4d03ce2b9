package org.policyscore.evidence;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The tool's suggested answer to one element for one company, with the quotes it relied on.
 * No answer means the tool cannot tell and a person must (e.g. "easy to find" when the study
 * does not record how the document is reached).
 *
 * @param note why the tool suggests this, in a researcher's words
 */
public record Suggestion(
    String elementId, Optional<SuggestedAnswer> answer, List<EvidenceHit> quotes, String note) {

  /** How a quote is cited in the evidence column: "[privacy km 120-245] the sentence". */
  public static final Pattern CITATION =
      Pattern.compile("^\\[(\\S+) (\\S+) (\\d+)-(\\d+)\\] (.*)$", Pattern.MULTILINE);

  public Suggestion {
    quotes = List.copyOf(quotes);
  }

  /**
   * The evidence column: one line per quote, "[document lang start-end] quote", where start
   * and end are character offsets into that text version; then the note, if any.
   */
  public String evidence() {
    StringBuilder out = new StringBuilder();
    for (EvidenceHit h : quotes) {
      out.append(out.length() == 0 ? "" : "\n");
      out.append('[').append(h.documentId()).append(' ').append(h.lang()).append(' ')
          .append(h.start()).append('-').append(h.end()).append("] ")
          .append(h.quote()); // a sentence never spans a line break
    }
    if (!note.isEmpty()) {
      out.append(out.length() == 0 ? "" : "\n").append(note);
    }
    return out.toString();
  }

  /** The documents quoted, in order, comma-separated. */
  public String documents() {
    Set<String> out = new LinkedHashSet<>();
    quotes.forEach(h -> out.add(h.documentId()));
    return String.join(",", out);
  }

  /** The snapshots quoted (SHA-256 prefixes of 12 characters), comma-separated. */
  public String snapshots() {
    Set<String> out = new LinkedHashSet<>();
    quotes.forEach(h -> out.add(h.snapshotSha().substring(0, Math.min(12, h.snapshotSha().length()))));
    return String.join(",", out);
  }
}
