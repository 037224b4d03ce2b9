package org.policyscore.chart;

import java.util.Locale;
import java.util.Optional;

/** The language of a chart's titles and labels. */
public enum ChartLanguage {
  EN,
  KM;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ChartLanguage> parse(String text) {
    for (ChartLanguage l : values()) {
      if (l.code().equals(text.strip().toLowerCase(Locale.ROOT))) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }
}
