package org.policyscore.catalog;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An indicator catalogue, e.g. RDR 2020: its indicators in RDR order, with lookups that
 * accept both canonical ({@code F3a.1}) and zero-padded ({@code F03a.01}) ids. Immutable.
 */
public final class Catalog {
  private final String id;
  private final String title;
  private final String attribution;
  private final List<Indicator> indicators;
  private final Map<String, Concept> concepts = new LinkedHashMap<>();
  private final Map<String, Indicator> indicatorsById = new HashMap<>();
  private final Map<String, Element> elementsById = new HashMap<>();

  /**
   * @param attribution the credit line the data's licence asks for, shown wherever scores are
   */
  public Catalog(String id, String title, String attribution, List<Indicator> indicators) {
    this(id, title, attribution, List.of(), indicators);
  }

  /** @param concepts the word classes the cues refer to as {@code @name} */
  public Catalog(
      String id, String title, String attribution, List<Concept> concepts, List<Indicator> indicators) {
    for (Concept c : concepts) {
      this.concepts.put(c.name(), c);
    }
    this.id = id;
    this.title = title;
    this.attribution = attribution;
    this.indicators = List.copyOf(indicators);
    for (Indicator i : this.indicators) {
      indicatorsById.put(i.id(), i);
      for (Element e : i.elements()) {
        elementsById.put(e.id(), e);
      }
    }
  }

  public String id() {
    return id;
  }

  /** The shared word classes of the cues, in file order. */
  public List<Concept> concepts() {
    return List.copyOf(concepts.values());
  }

  public Optional<Concept> concept(String name) {
    return Optional.ofNullable(concepts.get(name));
  }

  public String title() {
    return title;
  }

  public String attribution() {
    return attribution;
  }

  /** All indicators, families included, in catalogue order. */
  public List<Indicator> indicators() {
    return indicators;
  }

  public Optional<Indicator> indicator(String anyId) {
    Indicator direct = indicatorsById.get(anyId);
    if (direct != null) {
      return Optional.of(direct);
    }
    return CanonicalId.indicator(anyId).map(indicatorsById::get);
  }

  public Optional<Element> element(String anyId) {
    Element direct = elementsById.get(anyId);
    if (direct != null) {
      return Optional.of(direct);
    }
    return CanonicalId.element(anyId).map(elementsById::get);
  }

  /**
   * Indicators that stand at family level: families and indicators with no parent. Category
   * scores and the total are means over these.
   */
  public List<Indicator> familyLevel() {
    return indicators.stream().filter(i -> i.parent().isEmpty()).toList();
  }

  public List<Indicator> subIndicators(String familyId) {
    return indicators.stream()
        .filter(i -> i.parent().isPresent() && i.parent().get().equals(familyId))
        .toList();
  }

  /** Indicators that carry elements (not families). */
  public List<Indicator> scored() {
    return indicators.stream().filter(i -> !i.family()).toList();
  }

  /** All elements, in catalogue order. */
  public List<Element> elements() {
    return indicators.stream().flatMap(i -> i.elements().stream()).toList();
  }

  public int elementCount() {
    return elementsById.size();
  }
}
