package org.policyscore.diff;

/**
 * A unit of comparison: a heading or one sentence/clause of a policy.
 *
 * @param index position among the units of its text, from 0
 * @param heading a heading (Markdown {@code #}, or a short line with no closing punctuation)
 * @param text the unit's wording, without Markdown markup (heading marks, list bullets)
 * @param key its comparison key (see {@link Comparison#key})
 * @param start offset in the whole text where the unit as written (with markup) begins
 * @param end offset just past its last character
 * @param section the heading this unit stands under, or "" before the first heading
 */
public record Unit(
    int index, boolean heading, String text, String key, int start, int end, String section) {}
