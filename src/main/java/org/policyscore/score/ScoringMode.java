package org.policyscore.score;

import java.util.Optional;

/** How a study turns element answers into scores (DESIGN.md "Scoring rules"); named as in study files and on the command line. */
public enum ScoringMode {
  /** RDR's 2020 Index: levels, services composite, scopes, families, categories, total. */
  RDR_INDEX("rdr-index"),
  /** The 2022 report's: one score per service and indicator, nothing combined. */
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
