package org.policyscore.diff;

/**
 * An element a change touches, with its suggested answer in each version.
 *
 * @param evidenceChanged some of its evidence lies in text that was added, removed or reworded
 * @param quoteBefore the first changed older sentence holding its evidence, or ""
 * @param quoteAfter the first changed newer sentence holding its evidence, or ""
 */
public record TouchedElement(
    String elementId, String before, String after, boolean evidenceChanged,
    String quoteBefore, String quoteAfter) {

  public boolean answerChanged() {
    return !before.equals(after);
  }
}
