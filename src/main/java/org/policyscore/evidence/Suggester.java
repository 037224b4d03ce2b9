package org.policyscore.evidence;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.policyscore.catalog.Element;
import org.policyscore.catalog.ElementFact;
import org.policyscore.catalog.Indicator;

/**
 * Suggests an answer to each element from the evidence found and the facts about a company's
 * documents. Retrieval is not a verdict: text evidence only ever suggests {@code partial}
 * (a person decides whether it is a full "yes"), and no evidence suggests {@code no
 * disclosure found}. Only elements about where and in which languages documents are published
 * are answered outright, from facts.
 */
public final class Suggester {
  /** How many quotes a suggestion carries at most. */
  public static final int MAX_QUOTES = 3;
  /** RDR: "easy to find" is on the home page or one or two clicks away from it. */
  public static final int EASY_CLICKS = 2;

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
    String kinds = indicator.documents().isEmpty() ? "document" : String.join(" or ", indicator.documents());
    if (relevant.isEmpty()) {
      return answer(element, SuggestedAnswer.NO_DISCLOSURE_FOUND, List.of(), "no " + kinds + " document is declared for this company");
    }
    List<DocumentFacts> found = relevant.stream().filter(d -> !d.declaredNotFound()).toList();
    if (found.isEmpty()) {
      return answer(element, SuggestedAnswer.NO_DISCLOSURE_FOUND, List.of(), "the study declares the " + kinds + " document not found");
    }
    if (element.fact().orElse(null) == ElementFact.EASY_TO_FIND) {
      return easyToFind(element, found);
    }
    if (found.stream().allMatch(d -> d.versions().isEmpty())) {
      // not read is not "not disclosed": say what is missing instead of guessing
      return new Suggestion(element.id(), Optional.empty(), List.of(),
          "not suggested: no text version of the " + kinds + " document yet; run fetch and extract");
    }
    if (element.fact().isPresent()) {
      return primaryLanguage(element, found);
    }
    Set<String> ids = new TreeSet<>();
    found.forEach(d -> ids.add(d.documentId()));
    List<EvidenceHit> quotes = hits.stream()
        .filter(h -> h.elementId().equals(element.id()) && ids.contains(h.documentId()))
        .sorted(Comparator.comparingInt(EvidenceHit::cueCount).reversed()
            .thenComparing(EvidenceHit::documentId)
            .thenComparing(EvidenceHit::lang)
            .thenComparingInt(EvidenceHit::start))
        .toList();
    if (quotes.isEmpty()) {
      return answer(element, SuggestedAnswer.NO_DISCLOSURE_FOUND, List.of(), "");
    }
    String note = quotes.size() > MAX_QUOTES
        ? quotes.size() + " sentences matched; the " + MAX_QUOTES + " best are quoted" : "";
    return answer(element, SuggestedAnswer.PARTIAL, quotes.subList(0, Math.min(MAX_QUOTES, quotes.size())), note);
  }

  private Suggestion primaryLanguage(Element element, List<DocumentFacts> found) {
    Set<String> readable = new TreeSet<>();
    Set<String> broken = new TreeSet<>();
    for (DocumentFacts d : found) {
      readable.addAll(d.readableLanguages());
      d.versions().forEach((lang, ok) -> {
        if (!ok) {
          broken.add(lang);
        }
      });
    }
    broken.removeAll(readable);
    List<String> missing = primaryLanguages.stream().filter(l -> !readable.contains(l)).toList();
    String note = "versions: " + (readable.isEmpty() ? "none" : String.join(", ", readable))
        + (broken.isEmpty() ? "" : "; failing the language check: " + String.join(", ", broken))
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
      return new Suggestion(element.id(), Optional.empty(), List.of(),
          "not suggested: the study does not record how the document is reached from the home page");
    }
    int n = clicks.getAsInt();
    String note = n == 0 ? "on the home page" : n + (n == 1 ? " click" : " clicks") + " from the home page";
    return answer(element, n <= EASY_CLICKS ? SuggestedAnswer.YES : SuggestedAnswer.PARTIAL, List.of(), note);
  }

  private static Suggestion answer(Element element, SuggestedAnswer answer, List<EvidenceHit> quotes, String note) {
    return new Suggestion(element.id(), Optional.of(answer), quotes, note);
  }
}
