package org.policyscore.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An element a change touches, with the answer the tool would suggest from the document before
 * and after it, and why it is listed.
 *
 * @param question the element's question as the catalogue asks it ("" when unknown)
 * @param before the suggested answer before the change
 * @param after the suggested answer after it
 * @param evidence the changed sentences that are evidence for it, by language and kind of
 *     change; empty when only the answer differs
 * @param quotes at most one changed sentence before and one after, in the compared language
 *     when it has one, else in the translation's
 */
public record TouchedElement(
    String elementId, String question, String before, String after, List<Evidence> evidence, List<Quote> quotes) {

  /** What happened to a piece of evidence in one language. */
  public enum Change {
    ADDED("added"),
    REMOVED("removed"),
    REWORDED("reworded");

    private final String word;

    Change(String word) {
      this.word = word;
    }

    public String word() {
      return word;
    }
  }

  /** Evidence for the element changed in {@code lang}'s text. */
  public record Evidence(String lang, Change change) {}

  /**
   * A changed sentence that is evidence for the element.
   *
   * @param side {@code before} (the older text) or {@code after}
   */
  public record Quote(String side, String lang, String text) {}

  public TouchedElement {
    Objects.requireNonNull(question);
    evidence = List.copyOf(evidence);
    quotes = List.copyOf(quotes);
  }

  public boolean answerChanged() {
    return !before.equals(after);
  }

  /** Some of its evidence lies in text that was added, removed or reworded. */
  public boolean evidenceChanged() {
    return !evidence.isEmpty();
  }

  /** "evidence added (en, km); evidence removed (km)", or "answer differs". */
  public String why() {
    if (evidence.isEmpty()) {
      return "answer differs";
    }
    Map<Change, List<String>> byChange = new LinkedHashMap<>();
    for (Change c : Change.values()) {
      for (Evidence e : evidence) {
        if (e.change() == c && !byChange.computeIfAbsent(c, k -> new ArrayList<>()).contains(e.lang())) {
          byChange.get(c).add(e.lang());
        }
      }
    }
    List<String> parts = new ArrayList<>();
    byChange.forEach((c, langs) -> parts.add("evidence " + c.word() + " (" + String.join(", ", langs) + ")"));
    return String.join("; ", parts);
  }
}
