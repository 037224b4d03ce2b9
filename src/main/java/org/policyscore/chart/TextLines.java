package org.policyscore.chart;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures and wraps label text. Line breaks come from ICU, which knows where Khmer (written
 * without spaces between words) may break. Measurement uses one fixed render context so a
 * chart lays out the same whether it is encoded to PNG or SVG.
 */
final class TextLines {
  static final FontRenderContext FRC = new FontRenderContext(null, true, true);

  private TextLines() {}

  static double width(String text, Font font) {
    return font.getStringBounds(text, FRC).getWidth();
  }

  static List<String> wrap(String text, Font font, double maxWidth) {
    List<String> lines = new ArrayList<>();
    BreakIterator breaks = BreakIterator.getLineInstance(ULocale.ROOT);
    breaks.setText(text);
    StringBuilder line = new StringBuilder();
    int start = breaks.first();
    for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
      String piece = text.substring(start, end);
      String candidate = line + piece;
      if (line.length() > 0 && width(candidate.stripTrailing(), font) > maxWidth) {
        lines.add(line.toString().stripTrailing());
        line.setLength(0);
        line.append(piece.stripLeading());
      } else {
        line.append(piece);
      }
    }
    if (line.length() > 0) {
      lines.add(line.toString().stripTrailing());
    }
    return lines;
  }
}
