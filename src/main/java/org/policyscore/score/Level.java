package org.policyscore.score;

import java.util.Locale;
import java.util.Optional;

/**
 * Where in a company an element is answered: the group (parent company), the operating
 * company, or one of its services. RDR scores each level separately before combining them.
 */
public enum Level {
  GROUP,
  OPCOM,
  SERVICE;

  public String csvName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Level> parse(String text) {
    String t = text.strip().toLowerCase(Locale.ROOT);
    for (Level l : values()) {
      if (l.csvName().equals(t)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }
}
