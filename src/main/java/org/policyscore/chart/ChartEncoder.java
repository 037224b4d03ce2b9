package org.policyscore.chart;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/** Encodes a chart as PNG (at twice its size, sharp on slides and retina screens) or SVG. */
public final class ChartEncoder {
  /** PNGs are drawn at this multiple of the chart's logical size. */
  public static final int PNG_SCALE = 2;

  /**
   * Deflate level of PNGs: the fastest. On the 2022 report's charts (docs/performance.md) the
   * "up" filter and level 1 write a PNG in about a fifth of the time ImageIO took, a third
   * larger; level 4 would make files a little smaller than ImageIO's, at twice level 1's time.
   */
  static final int PNG_COMPRESSION = 1;

  private ChartEncoder() {}

  public static byte[] png(ScoreChart chart) throws IOException {
    BufferedImage image = new BufferedImage(chart.width() * PNG_SCALE, chart.height() * PNG_SCALE,
        BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.scale(PNG_SCALE, PNG_SCALE);
      chart.paint(new Java2DCanvas(g));
    } finally {
      g.dispose();
    }
    return PngWriter.write(image, PNG_COMPRESSION);
  }

  /** SVG with its text as text, no timestamp and no random ids: the same chart gives the same bytes. */
  public static byte[] svg(ScoreChart chart) {
    SvgCanvas canvas = new SvgCanvas(chart.width(), chart.height(), chart.fonts().cssFamily());
    chart.paint(canvas);
    return canvas.bytes();
  }
}
