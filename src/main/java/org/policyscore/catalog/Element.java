package org.policyscore.catalog;

import java.util.Optional;
import java.util.Set;

/**
 * One element of an indicator: a yes/partial/no question a researcher answers.
 *
 * @param excludedServices services the element does not apply to (RDR names: {@code mobile},
 *     {@code broadband}, {@code search}, ...)
 * @param reversed scored yes 0, partial 50, no 100 (F9.2 and F11.1 in RDR 2020)
 * @param fact for an element answered from facts about the documents rather than from their
 *     text (e.g. "available in the primary language"), which fact answers it
 * @param readByPerson for an element no sentence can show (e.g. whether a whole document is
 *     presented in an understandable manner), why a person has to answer it; such an element
 *     gets no suggestion, never "no disclosure found"
 */
public record Element(
    String id,
    String indicatorId,
    String question,
    Set<CompanyType> excludedCompanyTypes,
    Set<String> excludedServices,
    boolean reversed,
    Cues cues,
    Optional<ElementFact> fact,
    Optional<String> readByPerson) {

  public Element {
    excludedCompanyTypes = Set.copyOf(excludedCompanyTypes);
    excludedServices = Set.copyOf(excludedServices);
  }

  /** An element answered from the text of documents (no fact). */
  public Element(
      String id, String indicatorId, String question, Set<CompanyType> excludedCompanyTypes,
      Set<String> excludedServices, boolean reversed, Cues cues) {
    this(id, indicatorId, question, excludedCompanyTypes, excludedServices, reversed, cues,
        Optional.empty(), Optional.empty());
  }

  /** Whether the catalogue gives the element cues in a language, so its text can be searched. */
  public boolean cuedIn(String lang) {
    return !cues.forLanguage(lang).isEmpty();
  }

  public boolean appliesTo(CompanyType type) {
    return !excludedCompanyTypes.contains(type);
  }

  public boolean appliesToService(String service) {
    return !excludedServices.contains(service);
  }
}
