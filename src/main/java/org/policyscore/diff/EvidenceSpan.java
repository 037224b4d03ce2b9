package org.policyscore.diff;

/** Where a text supports an element: characters {@code [start, end)} of the whole text. */
public record EvidenceSpan(String elementId, int start, int end) {}
