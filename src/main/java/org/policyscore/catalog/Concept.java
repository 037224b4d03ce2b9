package org.policyscore.catalog;

import java.util.List;

/**
 * A named class of words for one idea ("authority": government, police, regulator, ...), in
 * English and Khmer, that cues share: an alternative written {@code @authority} in a cue stands
 * for all of its words in the cue's language. Keeping a synonym in one place lets it reach
 * every element that uses the idea.
 */
public record Concept(String name, List<String> en, List<String> km) {
  public Concept {
    en = List.copyOf(en);
    km = List.copyOf(km);
  }

  /** Whether a cue alternative refers to a concept rather than being a phrase. */
  public static boolean isReference(String alternative) {
    return alternative.startsWith("@");
  }

  public List<String> forLanguage(String lang) {
    return switch (lang) {
      case "en" -> en;
      case "km" -> km;
      default -> List.of();
    };
  }
}
