package org.policyscore.chart;

import java.util.List;

/**
 * A chart ready to encode: a file name (without extension), a title, its size in logical
 * pixels, the series it draws, and how to paint it.
 */
public interface ScoreChart {
  /** File name without extension or language, e.g. {@code company-smart}. */
  String name();

  String title();

  int width();

  int height();

  /** The data as the chart holds it, for checking a chart against the scores it came from. */
  List<ChartSeries> series();

  /** The fonts the chart is laid out with. */
  ChartFonts fonts();

  /** Paints the whole chart at logical size. */
  void paint(Canvas canvas);
}
