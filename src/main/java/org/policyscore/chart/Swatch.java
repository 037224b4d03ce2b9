package org.policyscore.chart;

import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * The small drawn signs charts and their legends share: a bar's box (solid, or pale and dashed
 * for a draft), a trend line, and the point markers that tell published, reviewed, draft and
 * unrecorded scores apart.
 */
enum Swatch {
  BOX, DRAFT_BOX, EMPTY_BOX, LINE, SQUARE, CIRCLE, RING, DIAMOND, DASHED_RULE;

  /** How opaque a draft bar's fill is: pale beside a reviewed bar of the same colour. */
  static final int DRAFT_ALPHA = 90;

  /** Draws this sign centred at (x, y), about {@code size} across. */
  void paint(Canvas c, double x, double y, double size, Color colour, ChartStyle style) {
    double h = size / 2;
    switch (this) {
      case BOX -> {
        c.fill(new Rectangle2D.Double(x - h, y - h, size, size), colour);
        outlineIfInvisible(c, new Rectangle2D.Double(x - h, y - h, size, size), colour, style);
      }
      case DRAFT_BOX -> draftBar(c, new Rectangle2D.Double(x - h, y - h, size, size), colour, style, "");
      case EMPTY_BOX -> c.stroke(new Rectangle2D.Double(x - h, y - h, size, size), colour, 1, true);
      case LINE -> c.stroke(new Line2D.Double(x - size, y, x + size, y), colour, 3, false);
      case SQUARE -> {
        c.fill(new Rectangle2D.Double(x - h, y - h, size, size), colour);
        c.stroke(new Rectangle2D.Double(x - h, y - h, size, size), style.background(), 1, false);
      }
      case CIRCLE -> {
        c.fill(new Ellipse2D.Double(x - h, y - h, size, size), colour);
        c.stroke(new Ellipse2D.Double(x - h, y - h, size, size), style.background(), 1, false);
      }
      case RING -> {
        c.fill(new Ellipse2D.Double(x - h, y - h, size, size), style.background());
        c.stroke(new Ellipse2D.Double(x - h + 1.25, y - h + 1.25, size - 2.5, size - 2.5), colour, 2.5, false);
      }
      case DIAMOND -> {
        Path2D.Double d = new Path2D.Double();
        d.moveTo(x, y - h - 1);
        d.lineTo(x + h + 1, y);
        d.lineTo(x, y + h + 1);
        d.lineTo(x - h - 1, y);
        d.closePath();
        c.fill(d, colour);
      }
      case DASHED_RULE -> c.stroke(new Line2D.Double(x, y - h, x, y + h), colour, 1.5, true);
    }
  }

  /**
   * A draft's bar: a pale fill of the service's colour inside a dashed outline of it, on the
   * background so grid lines do not show through.
   */
  static void draftBar(Canvas c, Rectangle2D r, Color colour, ChartStyle style, String tooltip) {
    c.fill(r, style.background());
    c.fill(r, new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), DRAFT_ALPHA), tooltip);
    if (r.getWidth() < 3) {
      return; // a zero: its value and note say it, an outline would be a stray tick
    }
    c.stroke(new Rectangle2D.Double(r.getX() + 0.75, r.getY() + 0.75, Math.max(0, r.getWidth() - 1.5),
        r.getHeight() - 1.5), colour, 1.5, true);
  }

  /** A white bar on white paper, or a bar the colour of the background, gets an outline. */
  static void outlineIfInvisible(Canvas c, Rectangle2D r, Color colour, ChartStyle style) {
    if (colour.equals(style.background()) || distance(colour, style.background()) < 40) {
      c.stroke(r, style.text(), 1, false);
    }
  }

  private static double distance(Color a, Color b) {
    return Math.abs(a.getRed() - b.getRed()) + Math.abs(a.getGreen() - b.getGreen())
        + Math.abs(a.getBlue() - b.getBlue());
  }
}
