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
  private final String note;
  private final double maxWidth;
  private final List<List<Entry>> rows = new ArrayList<>();
  private final double rowHeight;
  /** The row the note is on (may be one past the entries' rows); -1 without a note. */
  private final int noteRow;

  Legend(List<Entry> entries, Font font, double maxWidth) {
    this(entries, font, maxWidth, "");
  }

  /**
   * @param note words after the entries, at the right end of the last row (or on a row of its
   *     own when it does not fit there), e.g. "draft: 12 of 40 reviewed"; empty for none
   */
  Legend(List<Entry> entries, Font font, double maxWidth, String note) {
    this.entries = List.copyOf(entries);
    this.font = font;
    this.note = note;
    this.maxWidth = maxWidth;
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
    double noteWidth = note.isEmpty() ? 0 : TextLines.width(note, font);
    this.noteRow = note.isEmpty() ? -1 : !rows.isEmpty() && x + noteWidth <= maxWidth ? rows.size() - 1 : rows.size();
  }

  private double width(Entry e) {
    return SIGN + 8 + TextLines.width(e.label(), font);
  }

  double height() {
    return Math.max(rows.size(), noteRow + 1) * rowHeight;
  }

  boolean isEmpty() {
    return entries.isEmpty() && note.isEmpty();
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
    if (noteRow >= 0) {
      double mid = top + noteRow * rowHeight + rowHeight / 2;
      c.text(note, left + maxWidth, mid + font.getSize2D() * 0.35, font, style.text(), Canvas.Anchor.END);
    }
  }
}
