package org.policyscore.chart;

import java.awt.Color;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;

/** Applies a {@link ChartStyle} and {@link ChartFonts} to an XChart styler. */
final class XChartLook {
  private XChartLook() {}

  static void apply(AxesChartStyler s, ChartStyle style, ChartFonts fonts) {
    s.setChartBackgroundColor(style.background());
    s.setPlotBackgroundColor(style.background());
    s.setPlotBorderVisible(false);
    s.setChartFontColor(style.text());
    s.setChartTitleFont(fonts.title());
    s.setChartTitleBoxVisible(false);
    s.setChartPadding(24);
    s.setLegendFont(fonts.small());
    s.setLegendBackgroundColor(style.background());
    s.setLegendBorderColor(style.background());
    s.setLegendPosition(Styler.LegendPosition.OutsideS);
    s.setLegendLayout(Styler.LegendLayout.Horizontal);
    s.setAxisTickLabelsFont(fonts.label());
    s.setAxisTickLabelsColor(style.text());
    s.setAxisTitleFont(fonts.small());
    s.setAxisTitlesVisible(false);
    s.setAxisTickMarksColor(style.grid());
    s.setPlotGridLinesColor(style.grid());
    s.setPlotGridVerticalLinesVisible(false);
    s.setToolTipsEnabled(false);
    s.setAntiAlias(true);
  }

  static Color[] colours(java.util.Collection<Color> colours) {
    return colours.toArray(new Color[0]);
  }
}
