package org.policyscore.score;

import java.util.Locale;
import java.util.Optional;

/** What a row of scores.csv is the score of. */
public enum ScoreKind {
  INDICATOR,
  FAMILY,
  CATEGORY,
  TOTAL;

  public String csvName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ScoreKind> parse(String text) {
    for (ScoreKind k : values()) {
      if (k.csvName().equals(text.strip().toLowerCase(Locale.ROOT))) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
