package org.policyscore.catalog;

import java.util.List;

/**
 * The evidence cues of one element, by language: phrases, or regular expressions written
 * between slashes ({@code /pattern/}). See {@link CuePattern} for how a cue is compiled.
 */
public record Cues(List<String> en, List<String> km) {
  public static final Cues NONE = new Cues(List.of(), List.of());

  public Cues {
    en = List.copyOf(en);
    km = List.copyOf(km);
  }

  public boolean isEmpty() {
    return en.isEmpty() && km.isEmpty();
  }

  public List<String> forLanguage(String lang) {
    return switch (lang) {
      case "en" -> en;
      case "km" -> km;
      default -> List.of();
    };
  }
}
