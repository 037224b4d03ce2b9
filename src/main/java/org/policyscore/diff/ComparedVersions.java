package org.policyscore.diff;

/**
 * Two versions compared: what changed, and the elements the change touches. The evidence is
 * looked for in both versions while their texts are compared, so on two cores the whole takes
 * about as long as its longest part.
 *
 * @param touched null when no catalogue with cues for the language was given
 */
public record ComparedVersions(DiffResult diff, ElementsTouched touched) {

  /** @param locator what finds the elements touched, or null for none */
  public static ComparedVersions of(TextSide before, TextSide after, ElementLocator locator) {
    ElementsTouched.Pending elements = locator == null ? null : ElementsTouched.start(before, after, locator);
    DiffResult diff = PolicyDiff.compare(before, after);
    return new ComparedVersions(diff, elements == null ? null : elements.finish(diff));
  }
}
