package org.policyscore.chart;

import java.awt.Graphics2D;
import java.util.List;
import org.knowm.xchart.internal.chartpart.Chart;

/** An XChart chart with its file name and the series read back from it. */
record XChartScoreChart(String name, Chart<?, ?> chart, List<ChartSeries> series) implements ScoreChart {

  @Override
  public String title() {
    return chart.getTitle();
  }

  @Override
  public int width() {
    return chart.getWidth();
  }

  @Override
  public int height() {
    return chart.getHeight();
  }

  @Override
  public void paint(Graphics2D g) {
    chart.paint(g, chart.getWidth(), chart.getHeight());
  }
}
