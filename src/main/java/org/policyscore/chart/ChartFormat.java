package org.policyscore.chart;

import java.util.Locale;
import java.util.Optional;

/** The file formats charts are written in. */
public enum ChartFormat {
  PNG,
  SVG;

  public String extension() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<ChartFormat> parse(String text) {
    for (ChartFormat f : values()) {
      if (f.extension().equals(text.strip().toLowerCase(Locale.ROOT))) {
        return Optional.of(f);
      }
    }
    return Optional.empty();
  }
}
