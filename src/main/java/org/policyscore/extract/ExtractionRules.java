package org.policyscore.extract;

import java.util.List;

/**
 * What a study declares for one document: CSS selectors for the part of the page that is the
 * policy ({@code select}) and parts inside it to drop ({@code remove}). Both may be empty;
 * the default chrome removal ({@link PageChrome}) applies either way.
 */
public record ExtractionRules(List<String> select, List<String> remove) {
  public static final ExtractionRules NONE = new ExtractionRules(List.of(), List.of());

  public ExtractionRules {
    select = List.copyOf(select);
    remove = List.copyOf(remove);
  }

  public static ExtractionRules select(String... selectors) {
    return new ExtractionRules(List.of(selectors), List.of());
  }
}
