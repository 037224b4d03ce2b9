package org.policyscore.extract;

/**
 * The text of one snapshot: normalised Markdown (headings, numbered clauses, paragraphs, list
 * items, tables as text) and the format it came from.
 */
public record ExtractedText(String markdown, SourceFormat format) {}
