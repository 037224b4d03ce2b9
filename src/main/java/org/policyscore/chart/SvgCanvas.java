package org.policyscore.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a chart as SVG: shapes as {@code rect}, {@code line}, {@code circle} or {@code path},
 * text as {@code text} in the chart's font family, so the words can be selected, searched and
 * edited, and a chart is a few kilobytes. No timestamps or random ids: the same chart gives the
 * same bytes. Coordinates are rounded to two decimals.
 */
final class SvgCanvas implements Canvas {
  private final int width;
  private final int height;
  private final String family;
  private final StringBuilder body = new StringBuilder(16 * 1024);
  /** One CSS class per font used, in order of first use. */
  private final Map<String, String> fontClasses = new LinkedHashMap<>();

  /** @param family the CSS font-family list the text is drawn in (see {@link ChartFonts#cssFamily()}) */
  SvgCanvas(int width, int height, String family) {
    this.width = width;
    this.height = height;
    this.family = family;
  }

  @Override
  public void fill(Shape shape, Color colour, String tooltip) {
    String paint = " fill=\"" + hex(colour) + "\"" + opacity("fill-opacity", colour);
    element(shape, paint, tooltip);
  }

  @Override
  public void stroke(Shape shape, Color colour, double width, boolean dashed) {
    String paint = " fill=\"none\" stroke=\"" + hex(colour) + "\"" + opacity("stroke-opacity", colour)
        + " stroke-width=\"" + num(width) + "\""
        + (dashed ? " stroke-dasharray=\"" + num(4 * width) + " " + num(3 * width) + "\""
            : " stroke-linecap=\"round\" stroke-linejoin=\"round\"");
    element(shape, paint, "");
  }

  @Override
  public void text(String text, double x, double y, Font font, Color colour, Anchor anchor) {
    String css = "font-size:" + num(font.getSize2D()) + "px" + (font.isBold() ? ";font-weight:bold" : "")
        + (font.isItalic() ? ";font-style:italic" : "");
    String cls = fontClasses.computeIfAbsent(css, k -> "f" + fontClasses.size());
    body.append("<text class=\"").append(cls).append("\" x=\"").append(num(x)).append("\" y=\"").append(num(y))
        .append('"');
    if (anchor != Anchor.START) {
      body.append(" text-anchor=\"").append(anchor == Anchor.MIDDLE ? "middle" : "end").append('"');
    }
    if (!colour.equals(Color.BLACK)) {
      body.append(" fill=\"").append(hex(colour)).append('"').append(opacity("fill-opacity", colour));
    }
    body.append('>').append(xml(text)).append("</text>\n");
  }

  byte[] bytes() {
    StringBuilder out = new StringBuilder(body.length() + 512);
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"")
        .append(height).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\">\n")
        .append("<style>text{font-family:").append(xml(family)).append(";white-space:pre}");
    fontClasses.forEach((css, cls) -> out.append(" .").append(cls).append('{').append(css).append('}'));
    out.append("</style>\n").append(body).append("</svg>\n");
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  private void element(Shape shape, String paint, String tooltip) {
    String open;
    if (shape instanceof Rectangle2D r) {
      open = "<rect x=\"" + num(r.getX()) + "\" y=\"" + num(r.getY()) + "\" width=\"" + num(r.getWidth())
          + "\" height=\"" + num(r.getHeight()) + "\"";
    } else if (shape instanceof Line2D l) {
      open = "<line x1=\"" + num(l.getX1()) + "\" y1=\"" + num(l.getY1()) + "\" x2=\"" + num(l.getX2())
          + "\" y2=\"" + num(l.getY2()) + "\"";
    } else if (shape instanceof Ellipse2D e && e.getWidth() == e.getHeight()) {
      open = "<circle cx=\"" + num(e.getCenterX()) + "\" cy=\"" + num(e.getCenterY()) + "\" r=\""
          + num(e.getWidth() / 2) + "\"";
    } else {
      open = "<path d=\"" + path(shape) + "\"";
    }
    body.append(open).append(paint);
    if (tooltip.isEmpty()) {
      body.append("/>\n");
    } else {
      String tag = open.substring(1, open.indexOf(' '));
      body.append("><title>").append(xml(tooltip)).append("</title></").append(tag).append(">\n");
    }
  }

  private static String path(Shape shape) {
    StringBuilder d = new StringBuilder();
    double[] c = new double[6];
    for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
      int type = it.currentSegment(c);
      if (d.length() > 0) {
        d.append(' ');
      }
      switch (type) {
        case PathIterator.SEG_MOVETO -> d.append('M').append(num(c[0])).append(' ').append(num(c[1]));
        case PathIterator.SEG_LINETO -> d.append('L').append(num(c[0])).append(' ').append(num(c[1]));
        case PathIterator.SEG_QUADTO -> d.append('Q').append(num(c[0])).append(' ').append(num(c[1])).append(' ')
            .append(num(c[2])).append(' ').append(num(c[3]));
        case PathIterator.SEG_CUBICTO -> d.append('C').append(num(c[0])).append(' ').append(num(c[1])).append(' ')
            .append(num(c[2])).append(' ').append(num(c[3])).append(' ').append(num(c[4])).append(' ')
            .append(num(c[5]));
        default -> d.append('Z');
      }
    }
    return d.toString();
  }

  private static String hex(Color c) {
    return String.format("#%02X%02X%02X", c.getRed(), c.getGreen(), c.getBlue());
  }

  private static String opacity(String attribute, Color c) {
    return c.getAlpha() == 255 ? "" : " " + attribute + "=\"" + num(c.getAlpha() / 255.0) + "\"";
  }

  static String num(double v) {
    BigDecimal d = BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    return d.signum() == 0 ? "0" : d.toPlainString();
  }

  /** Escaped for XML text and attributes; characters XML 1.0 cannot hold are dropped. */
  static String xml(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    text.codePoints().forEach(cp -> {
      switch (cp) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        default -> {
          boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
              || (cp >= 0xE000 && cp <= 0xFFFD) || cp >= 0x10000;
          if (allowed) {
            out.appendCodePoint(cp);
          }
        }
      }
    });
    return out.toString();
  }
}
