package org.policyscore.catalog;

import java.util.Locale;
import java.util.Optional;

/**
 * Which levels an indicator's score is taken from (RDR 2020 methodology): the company only
 * (group and operating company), the full company (group, opcom and the services), or the
 * services only.
 */
public enum ScoringScope {
  COMPANY,
  FULL,
  SERVICES;

  public String yamlName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ScoringScope> parse(String text) {
    for (ScoringScope s : values()) {
      if (s.yamlName().equals(text.strip().toLowerCase(Locale.ROOT))) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }
}
