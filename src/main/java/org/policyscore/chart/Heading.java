package org.policyscore.chart;

import java.awt.Font;
import java.util.List;

/** A chart's title, wrapped to the chart's width rather than clipped. */
final class Heading {
  private final List<String> lines;
  private final Font font;
  private final double lineHeight;

  Heading(String title, Font font, double maxWidth) {
    this.lines = TextLines.wrap(title, font, maxWidth);
    this.font = font;
    this.lineHeight = Math.ceil(font.getLineMetrics("Ag", TextLines.FRC).getHeight());
  }

  double height() {
    return lines.size() * lineHeight;
  }

  List<String> lines() {
    return lines;
  }

  /** Paints the lines, the first one's top at {@code top}. */
  void paint(Canvas c, double left, double top, ChartStyle style) {
    double ascent = font.getLineMetrics("Ag", TextLines.FRC).getAscent();
    for (int i = 0; i < lines.size(); i++) {
      c.text(lines.get(i), left, top + i * lineHeight + ascent, font, style.text(), Canvas.Anchor.START);
    }
  }
}
