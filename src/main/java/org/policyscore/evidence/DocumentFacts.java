package org.policyscore.evidence;

import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;

/**
 * What is known about one of a company's documents, apart from its text: the facts that
 * answer mechanical elements outright.
 *
 * @param documentId the study's id of the document
 * @param kind its kind ({@code terms}, {@code privacy}, ...)
 * @param declaredNotFound the study declares that the company publishes no such document
 * @param versions the languages for which a text version exists, each with whether it passes
 *     the language check (a Khmer version that is really Khmer text, not broken glyphs)
 * @param clicksFromHome how many clicks the study records from the home page to the
 *     document, if it records the way at all
 */
public record DocumentFacts(
    String documentId,
    String kind,
    boolean declaredNotFound,
    Map<String, Boolean> versions,
    OptionalInt clicksFromHome) {

  public DocumentFacts {
    versions = Map.copyOf(versions);
  }

  /** Languages with a text version that passes the language check, sorted. */
  public Set<String> readableLanguages() {
    Set<String> out = new TreeSet<>();
    versions.forEach((lang, ok) -> {
      if (ok) {
        out.add(lang);
      }
    });
    return out;
  }
}
