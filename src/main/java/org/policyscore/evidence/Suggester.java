package org.policyscore.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.policyscore.catalog.Element;
import org.policyscore.catalog.ElementFact;
import org.policyscore.catalog.Indicator;
import org.policyscore.text.DamageReport;

/**
 * Suggests an answer to each element from the evidence found and the facts about a company's
 * documents. Retrieval is not a verdict: text evidence only ever suggests {@code partial}
 * (a person decides whether it is a full "yes"), and no evidence suggests {@code no
 * disclosure found} only when the element's cues really searched a readable text of the
 * right documents. Only elements about where and in which languages documents are published
 * are answered outright, from facts. Otherwise there is no suggestion, and the note says why:
 * no such document declared, no text yet, a text that fails the damage check, an element the
 * catalogue leaves to a person or gives no cues in the text's language.
 */
public final class Suggester {
  /** How many quotes a suggestion carries at most. */
  public static final int MAX_QUOTES = 3;
  /** RDR: "easy to find" is on the home page or one or two clicks away from it. */
  public static final int EASY_CLICKS = 2;

  /** Best first: the most specific sentence, then document order. */
  static final Comparator<EvidenceHit> BEST_FIRST = Comparator.comparingInt(EvidenceHit::weight).reversed()
      .thenComparing(EvidenceHit::documentId)
      .thenComparing(EvidenceHit::lang)
      .thenComparingInt(EvidenceHit::start);

  private final List<String> primaryLanguages;

  /** @param primaryLanguages the primary language(s) of the home jurisdiction, e.g. [km] */
  public Suggester(List<String> primaryLanguages) {
    this.primaryLanguages = List.copyOf(primaryLanguages);
  }

  /**
   * @param documents all of the company's documents; those whose kind counts for the
   *     indicator (the catalogue's {@code documents}) are used, all of them if it names none
   * @param hits evidence found in the company's documents, any element
   */
  public Suggestion suggest(
      Indicator indicator, Element element, List<DocumentFacts> documents, List<EvidenceHit> hits) {
    List<DocumentFacts> relevant = documents.stream()
        .filter(d -> indicator.documents().isEmpty() || indicator.documents().contains(d.kind()))
        .toList();
    String kinds = indicator.documents().isEmpty() ? "" : String.join(" or ", indicator.documents()) + " ";
    if (relevant.isEmpty()) {
      // nobody looked: that is not a finding
      return none(element, "not suggested: the study declares no " + kinds
          + "document for this company; declare it (with not_found: true once you have looked and found none)");
    }
    List<DocumentFacts> found = relevant.stream().filter(d -> !d.declaredNotFound()).toList();
    if (found.isEmpty()) {
      return answer(element, SuggestedAnswer.NO_DISCLOSURE_FOUND, List.of(), "the study declares the " + kinds + "document not found");
    }
    if (element.readByPerson().isPresent()) {
      return none(element, "read by a person: " + element.readByPerson().get());
    }
    if (element.fact().orElse(null) == ElementFact.EASY_TO_FIND) {
      return easyToFind(element, found);
    }
    if (found.stream().allMatch(d -> d.languages().isEmpty())) {
      // not read is not "not disclosed": say what is missing instead of guessing
      return none(element, "not suggested: no text version of the " + kinds + "document yet; run fetch and extract");
    }
    if (element.fact().isPresent()) {
      return primaryLanguage(element, found);
    }
    return fromText(element, found, hits);
  }

  private Suggestion fromText(Element element, List<DocumentFacts> found, List<EvidenceHit> hits) {
    Set<String> searched = new TreeSet<>(); // "document lang"
    List<String> unread = new ArrayList<>();
    List<String> uncued = new ArrayList<>();
    for (DocumentFacts d : found) {
      for (Map.Entry<String, List<String>> v : d.damage().entrySet()) {
        String name = d.documentId() + " " + v.getKey();
        if (!v.getValue().isEmpty()) {
          unread.add(name + " (fails the damage check: " + new DamageReport(v.getValue()).reason() + ")");
        } else if (!element.cuedIn(v.getKey())) {
          uncued.add(name);
        } else {
          searched.add(name);
        }
      }
    }
    String notRead = (unread.isEmpty() ? "" : "; not read: " + String.join(", ", unread))
        + (uncued.isEmpty() ? "" : "; no cues in the language of: " + String.join(", ", uncued));
    if (searched.isEmpty()) {
      return none(element, "not suggested: no readable text was searched" + notRead);
    }
    List<EvidenceHit> quotes = hits.stream()
        .filter(h -> h.elementId().equals(element.id()) && searched.contains(h.documentId() + " " + h.lang()))
        .sorted(BEST_FIRST)
        .toList();
    if (quotes.isEmpty()) {
      return answer(element, SuggestedAnswer.NO_DISCLOSURE_FOUND, List.of(),
          "no sentence matched in " + String.join(", ", searched) + notRead);
    }
    String note = (quotes.size() > MAX_QUOTES
        ? quotes.size() + " sentences matched; the " + MAX_QUOTES + " most specific are quoted" : "") + notRead;
    return answer(element, SuggestedAnswer.PARTIAL, quotes.subList(0, Math.min(MAX_QUOTES, quotes.size())),
        note.startsWith("; ") ? note.substring(2) : note);
  }

  private Suggestion primaryLanguage(Element element, List<DocumentFacts> found) {
    Set<String> readable = new TreeSet<>();
    Set<String> broken = new TreeSet<>();
    for (DocumentFacts d : found) {
      readable.addAll(d.readableLanguages());
      broken.addAll(d.damagedLanguages().keySet());
    }
    broken.removeAll(readable);
    List<String> missing = primaryLanguages.stream().filter(l -> !readable.contains(l)).toList();
    String note = "versions: " + (readable.isEmpty() ? "none" : String.join(", ", readable))
        + (broken.isEmpty() ? "" : "; failing the damage check: " + String.join(", ", broken))
        + "; primary: " + String.join(", ", primaryLanguages);
    SuggestedAnswer answer = missing.isEmpty() ? SuggestedAnswer.YES
        : missing.size() < primaryLanguages.size() ? SuggestedAnswer.PARTIAL
        : SuggestedAnswer.NO;
    return answer(element, answer, List.of(), note);
  }

  private Suggestion easyToFind(Element element, List<DocumentFacts> found) {
    OptionalInt clicks = found.stream()
        .filter(d -> d.clicksFromHome().isPresent())
        .mapToInt(d -> d.clicksFromHome().getAsInt())
        .min();
    if (clicks.isEmpty()) {
      return none(element, "not suggested: the study does not record how the document is reached from the home page");
    }
    int n = clicks.getAsInt();
    String note = n == 0 ? "on the home page" : n + (n == 1 ? " click" : " clicks") + " from the home page";
    return answer(element, n <= EASY_CLICKS ? SuggestedAnswer.YES : SuggestedAnswer.PARTIAL, List.of(), note);
  }

  private static Suggestion none(Element element, String why) {
    return new Suggestion(element.id(), Optional.empty(), List.of(), why);
  }

  private static Suggestion answer(Element element, SuggestedAnswer answer, List<EvidenceHit> quotes, String note) {
    return new Suggestion(element.id(), Optional.of(answer), quotes, note);
  }
}
