package org.policyscore.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;

/** Draws a chart with Java2D, for PNG. Text is measured as {@link TextLines} measures it. */
final class Java2DCanvas implements Canvas {
  private final Graphics2D g;

  Java2DCanvas(Graphics2D g) {
    this.g = g;
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
  }

  @Override
  public void fill(Shape shape, Color colour, String tooltip) {
    g.setColor(colour);
    g.fill(shape);
  }

  @Override
  public void stroke(Shape shape, Color colour, double width, boolean dashed) {
    g.setColor(colour);
    float w = (float) width;
    g.setStroke(dashed
        ? new BasicStroke(w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10f, new float[] {4 * w, 3 * w}, 0f)
        : new BasicStroke(w, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.draw(shape);
  }

  @Override
  public void text(String text, double x, double y, Font font, Color colour, Anchor anchor) {
    double width = anchor == Anchor.START ? 0 : TextLines.width(text, font);
    double start = switch (anchor) {
      case START -> x;
      case MIDDLE -> x - width / 2;
      case END -> x - width;
    };
    g.setColor(colour);
    g.setFont(font);
    g.drawString(text, (float) start, (float) y);
  }
}
