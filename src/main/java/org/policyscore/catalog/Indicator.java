package org.policyscore.catalog;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An RDR indicator. Either a family (a parent such as {@code F1} that has sub-indicators and
 * no elements of its own) or an indicator with elements, which may belong to a family
 * ({@code parent}, e.g. {@code F1a} in {@code F1}).
 *
 * @param titleKm the Khmer title, where the project has written one
 * @param scope how its score is drawn from levels; null for a family
 * @param documents the kinds of document (as a study names them: {@code terms},
 *     {@code privacy}, ...) in which evidence for this indicator is looked for; empty for a
 *     family
 */
public record Indicator(
    String id,
    Category category,
    Optional<String> parent,
    boolean family,
    String title,
    Optional<String> titleKm,
    String description,
    String guidance,
    ScoringScope scope,
    Set<CompanyType> excludedCompanyTypes,
    List<Element> elements,
    List<String> documents) {

  public Indicator {
    excludedCompanyTypes = Set.copyOf(excludedCompanyTypes);
    elements = List.copyOf(elements);
    documents = List.copyOf(documents);
  }

  /** An indicator for which no document kinds are declared. */
  public Indicator(
      String id, Category category, Optional<String> parent, boolean family, String title,
      Optional<String> titleKm, String description, String guidance, ScoringScope scope,
      Set<CompanyType> excludedCompanyTypes, List<Element> elements) {
    this(id, category, parent, family, title, titleKm, description, guidance, scope,
        excludedCompanyTypes, elements, List.of());
  }

  public boolean appliesTo(CompanyType type) {
    return !excludedCompanyTypes.contains(type);
  }

  /** The elements that apply to a company of this type. */
  public List<Element> elementsFor(CompanyType type) {
    return elements.stream().filter(e -> e.appliesTo(type)).toList();
  }

  /** "F1a | Access to terms of service", the label RDR-style charts use. */
  public String label() {
    return id + " | " + title;
  }
}
