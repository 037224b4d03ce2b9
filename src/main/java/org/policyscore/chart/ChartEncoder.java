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
   * Deflate level of PNGs. Measured on the 2022 report's charts (docs/performance.md): with the
   * "up" filter, level 4 writes them in 43% of the CPU time ImageIO took, at the same size
   * (466 KB against 472 KB for four charts); level 1 takes 24% but makes them 30-60% larger,
   * and levels 6-9 save 2-4% more for up to 4 times the time.
   */
  static final int PNG_COMPRESSION = 4;

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
