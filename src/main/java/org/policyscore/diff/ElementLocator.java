package org.policyscore.diff;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Finds the indicator elements a text version speaks to. The diff uses it to say which elements
 * a change touches; {@link EvidenceElementLocator} answers with the scoring pipeline's evidence
 * finder.
 */
public interface ElementLocator {
  /** A name for the reader, e.g. the catalogue id. */
  String name();

  /**
   * Evidence and suggested answers for one text in {@code lang} ({@code en} or {@code km}). May
   * be called from two threads at once (the two versions of a diff are read together).
   */
  ElementFindings locate(String text, String lang);

  /**
   * The elements one sentence speaks to on its own: what a changed sentence of a diff is
   * evidence for, whatever the sentences around it say.
   */
  default Set<String> elementsIn(String sentence, String lang) {
    Set<String> ids = new LinkedHashSet<>();
    locate(sentence, lang).hits().forEach(h -> ids.add(h.elementId()));
    return ids;
  }

  /** Where the element stands in the catalogue, for listing in its order; unknown ones last. */
  default int position(String elementId) {
    return Integer.MAX_VALUE;
  }

  /** The element's question as the catalogue asks it, for the reader; "" when unknown. */
  default String question(String elementId) {
    return "";
  }
}
