package org.policyscore.extract;

import java.util.List;

/**
 * The text of one snapshot: normalised Markdown (headings, numbered clauses, paragraphs, list
 * items, tables as text), the format it came from, and warnings that did not stop extraction
 * (a declared {@code remove} selector that matched nothing: the page may have changed).
 */
public record ExtractedText(String markdown, SourceFormat format, List<String> warnings) {
  public ExtractedText {
    warnings = List.copyOf(warnings);
  }
}
