package org.policyscore.extract;

import java.util.List;
import java.util.Optional;

/**
 * The text of one snapshot: normalised Markdown (headings, numbered clauses, paragraphs, list
 * items, tables as text), the format it came from, warnings that did not stop extraction
 * (a declared {@code remove} selector that matched nothing; pages of a scan that could not be
 * read), and, when some of it was read by OCR, how.
 */
public record ExtractedText(String markdown, SourceFormat format, List<String> warnings, Optional<OcrInfo> ocr) {
  public ExtractedText {
    warnings = List.copyOf(warnings);
  }

  public ExtractedText(String markdown, SourceFormat format, List<String> warnings) {
    this(markdown, format, warnings, Optional.empty());
  }
}
