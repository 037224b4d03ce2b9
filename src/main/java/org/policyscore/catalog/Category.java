package org.policyscore.catalog;

import java.util.Optional;

/** RDR's three categories. */
public enum Category {
  G("Governance"),
  F("Freedom of Expression"),
  P("Privacy");

  private final String title;

  Category(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }

  public static Optional<Category> parse(String text) {
    for (Category c : values()) {
      if (c.name().equalsIgnoreCase(text.strip())) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
