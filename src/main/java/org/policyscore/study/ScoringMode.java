package org.policyscore.study;

import java.util.Optional;

/** How a study turns element answers into scores (see DESIGN.md "Scoring rules"). */
public enum ScoringMode {
  /** RDR's own arithmetic: services composite, families, categories, total. */
  RDR_INDEX("rdr-index"),
  /** The 2022 report's way: each service scored on its own, indicator level only. */
  PER_SERVICE("per-service");

  private final String yamlName;

  ScoringMode(String yamlName) {
    this.yamlName = yamlName;
  }

  public String yamlName() {
    return yamlName;
  }

  public static Optional<ScoringMode> parse(String text) {
    for (ScoringMode m : values()) {
      if (m.yamlName.equalsIgnoreCase(text.strip())) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
