package org.policyscore.evidence;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.Collections;
import java.util.TreeSet;

/**
 * What is known about one of a company's documents, apart from its text: the facts that
 * answer mechanical elements outright, and which of its text versions can be read at all.
 *
 * @param documentId the study's id of the document
 * @param kind its kind ({@code terms}, {@code privacy}, ...)
 * @param declaredNotFound the study declares that the company publishes no such document
 * @param damage the languages for which a text version exists, each with the damage flags
 *     extraction raised on it (e.g. {@code khmer-legacy-font}); none means the text is what
 *     the page says, in its language
 * @param clicksFromHome how many clicks the study records from the home page to the
 *     document, if it records the way at all
 */
public record DocumentFacts(
    String documentId,
    String kind,
    boolean declaredNotFound,
    Map<String, List<String>> damage,
    OptionalInt clicksFromHome) {

  public DocumentFacts {
    Map<String, List<String>> copy = new TreeMap<>();
    damage.forEach((lang, flags) -> copy.put(lang, List.copyOf(flags)));
    damage = Collections.unmodifiableMap(copy);
  }

  /** Languages with a text version, sorted. */
  public Set<String> languages() {
    return damage.keySet();
  }

  /** Languages with a text version that passes the damage check, sorted. */
  public Set<String> readableLanguages() {
    Set<String> out = new TreeSet<>();
    damage.forEach((lang, flags) -> {
      if (flags.isEmpty()) {
        out.add(lang);
      }
    });
    return out;
  }

  /** Languages whose text version fails the damage check, with its flags, sorted. */
  public Map<String, List<String>> damagedLanguages() {
    Map<String, List<String>> out = new TreeMap<>();
    damage.forEach((lang, flags) -> {
      if (!flags.isEmpty()) {
        out.put(lang, flags);
      }
    });
    return out;
  }
}
