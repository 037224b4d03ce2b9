package org.policyscore.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;

/**
 * What a chart draws on: filled and outlined shapes and text. Charts paint themselves here once;
 * {@link Java2DCanvas} turns that into pixels (PNG), {@link SvgCanvas} into SVG whose text stays
 * text (selectable, searchable, small).
 */
interface Canvas {
  /** Where a text's x coordinate is: at its start, middle or end. */
  enum Anchor { START, MIDDLE, END }

  /**
   * Fills a shape.
   *
   * @param tooltip what the shape stands for (e.g. "Mobile · F1a: 83.33"), kept in SVG as the
   *     shape's title so a reader or a script can check it; empty for decoration
   */
  void fill(Shape shape, Color colour, String tooltip);

  default void fill(Shape shape, Color colour) {
    fill(shape, colour, "");
  }

  /** Outlines a shape (a line, a polyline, a rectangle) with a solid or dashed stroke. */
  void stroke(Shape shape, Color colour, double width, boolean dashed);

  /** One line of text, its baseline at {@code y}. */
  void text(String text, double x, double y, Font font, Color colour, Anchor anchor);
}
