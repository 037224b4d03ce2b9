package org.policyscore.catalog;

import java.util.Optional;

/**
 * A fact about a company's documents that answers an element outright, written in the
 * catalogue as {@code fact: primary-language} or {@code fact: easy-to-find}. Such elements are
 * about where and in which languages a document is published, which its text cannot show.
 */
public enum ElementFact {
  /** Whether the document exists in the primary language(s) of the home jurisdiction. */
  PRIMARY_LANGUAGE("primary-language"),
  /** Whether the document is easy to find: how many clicks it takes from the home page. */
  EASY_TO_FIND("easy-to-find");

  private final String yamlName;

  ElementFact(String yamlName) {
    this.yamlName = yamlName;
  }

  public String yamlName() {
    return yamlName;
  }

  public static Optional<ElementFact> parse(String text) {
    for (ElementFact f : values()) {
      if (f.yamlName.equals(text)) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
