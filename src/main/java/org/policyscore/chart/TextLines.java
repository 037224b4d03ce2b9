package org.policyscore.chart;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;
import org.policyscore.text.KhmerSegmenter;

/**
 * Measures and wraps label text. Line breaks come from {@link KhmerSegmenter#lineBreaks}: ICU's
 * rules, and for Khmer (written without spaces between words) only between words, never
 * inside a cluster. Measurement uses one fixed render context so a
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
    StringBuilder line = new StringBuilder();
    int start = 0;
    for (int end : KhmerSegmenter.lineBreaks(text)) {
      String piece = text.substring(start, end);
      start = end;
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
