package org.policyscore.chart;

import java.awt.Color;
import java.awt.Font;
import java.util.ArrayList;
import java.util.List;

/** A chart's legend: signs with their words, laid out in rows that wrap at the chart's width. */
final class Legend {
  /** One sign and what it means. */
  record Entry(Swatch swatch, Color colour, String label) {}

  private static final double SIGN = 16;
  private static final double GAP = 28;

  private final List<Entry> entries;
  private final Font font;
  private final List<List<Entry>> rows = new ArrayList<>();
  private final double rowHeight;

  Legend(List<Entry> entries, Font font, double maxWidth) {
    this.entries = List.copyOf(entries);
    this.font = font;
    this.rowHeight = Math.ceil(font.getLineMetrics("Ag", TextLines.FRC).getHeight()) + 8;
    List<Entry> row = new ArrayList<>();
    double x = 0;
    for (Entry e : entries) {
      double w = width(e);
      if (!row.isEmpty() && x + w > maxWidth) {
        rows.add(row);
        row = new ArrayList<>();
        x = 0;
      }
      row.add(e);
      x += w + GAP;
    }
    if (!row.isEmpty()) {
      rows.add(row);
    }
  }

  private double width(Entry e) {
    return SIGN + 8 + TextLines.width(e.label(), font);
  }

  double height() {
    return rows.size() * rowHeight;
  }

  boolean isEmpty() {
    return entries.isEmpty();
  }

  /** Paints the rows from {@code top}, starting each at {@code left}. */
  void paint(Canvas c, double left, double top, ChartStyle style) {
    double y = top;
    for (List<Entry> row : rows) {
      double x = left;
      double mid = y + rowHeight / 2;
      for (Entry e : row) {
        e.swatch().paint(c, x + SIGN / 2, mid - 1, e.swatch() == Swatch.LINE ? SIGN / 2 : SIGN, e.colour(), style);
        c.text(e.label(), x + SIGN + 8, mid + font.getSize2D() * 0.35, font, style.text(), Canvas.Anchor.START);
        x += width(e) + GAP;
      }
      y += rowHeight;
    }
  }
}
