package org.policyscore.extract;

import java.util.List;

/** What {@link ShapedTextStripper} reads from a PDF: pages of paragraphs of lines. */
final class PdfLayout {
  private PdfLayout() {}

  /**
   * One line of text as drawn, word gaps marked with {@link ShapedTextStripper#GAP}.
   *
   * @param size the largest font size on the line, in points (0 when unknown, as from OCR)
   * @param y where its first character sits, from the top of the page, in points
   * @param x where it starts, from the left of the page
   * @param end where it ends, from the left of the page
   */
  record Line(String text, float size, float y, float x, float end) {
    Line(String text) {
      this(text, 0, Float.NaN, Float.NaN, Float.NaN);
    }
  }

  record Paragraph(List<Line> lines) {
    Paragraph {
      lines = List.copyOf(lines);
    }
  }

  /**
   * @param number 1-based page number
   * @param visible characters other than white space in its text layer
   * @param unmapped of those, characters the PDF gives no meaning for (U+FFFD, private use,
   *     control characters): a font with a broken or missing map
   */
  record Page(int number, List<Paragraph> paragraphs, int visible, int unmapped) {
    Page {
      paragraphs = List.copyOf(paragraphs);
    }
  }
}
