package org.policyscore.diff;

/** Where a text supports an element: characters {@code [start, end)} of the whole text. */
public record EvidenceHit(String elementId, int start, int end) {}
