package org.policyscore.extract;

import java.util.List;
import java.util.Locale;

/**
 * How a text (or part of it) was read by OCR rather than from a text layer: the text version
 * records it, and it stays flagged for a person to check against the original.
 *
 * @param engine the OCR program and its version, e.g. "tesseract 5.3.0"
 * @param languages the language data used, e.g. "khm+eng"
 * @param pages the PDF pages read by OCR (1-based), or {@code [1]} for an image
 * @param meanConfidence the engine's mean word confidence, 0-100, weighted by word length
 * @param words how many words it read
 */
public record OcrInfo(String engine, String languages, List<Integer> pages, double meanConfidence, int words) {
  public OcrInfo {
    pages = List.copyOf(pages);
  }

  /** For people: "pages 1-3 read by OCR (tesseract 5.3.0, khm+eng), mean word confidence 87%". */
  public String describe() {
    String which = pages.size() == 1 ? "page " + pages.get(0) : "pages " + ranges();
    return String.format(Locale.ROOT, "%s read by OCR (%s, %s), mean word confidence %.0f%%: check quotes against the original",
        which, engine, languages, meanConfidence);
  }

  private String ranges() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < pages.size(); ) {
      int j = i;
      while (j + 1 < pages.size() && pages.get(j + 1) == pages.get(j) + 1) {
        j++;
      }
      sb.append(sb.length() == 0 ? "" : ", ").append(pages.get(i));
      if (j > i) {
        sb.append('-').append(pages.get(j));
      }
      i = j + 1;
    }
    return sb.toString();
  }
}
