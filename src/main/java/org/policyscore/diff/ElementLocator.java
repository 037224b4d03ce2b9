package org.policyscore.diff;

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
}
