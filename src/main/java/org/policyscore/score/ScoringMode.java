package org.policyscore.score;

import java.util.Optional;

/** How element answers become scores. */
public enum ScoringMode {
  /** RDR's 2020 Index: levels, services composite, scopes, families, categories, total. */
  RDR_INDEX("rdr-index"),
  /** The 2022 report's: one score per service and indicator, nothing combined. */
  PER_SERVICE("per-service");

  private final String cliName;

  ScoringMode(String cliName) {
    this.cliName = cliName;
  }

  public String cliName() {
    return cliName;
  }

  public static Optional<ScoringMode> parse(String text) {
    for (ScoringMode m : values()) {
      if (m.cliName.equalsIgnoreCase(text.strip())) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }
}
