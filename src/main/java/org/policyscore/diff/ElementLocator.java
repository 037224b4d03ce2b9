package org.policyscore.diff;

/**
 * Finds the indicator elements a text version speaks to. The diff uses it to say which elements
 * a change touches; the evidence finder of the scoring pipeline is the full implementation, and
 * {@link CueElementLocator} a plain one that matches the catalogue's cues.
 */
public interface ElementLocator {
  /** A name for the reader, e.g. the catalogue id. */
  String name();

  /** Evidence and suggested answers for one text in {@code lang} ({@code en} or {@code km}). */
  ElementFindings locate(String text, String lang);
}
