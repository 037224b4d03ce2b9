package org.policyscore.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.policyscore.catalog.Indicator;
import org.policyscore.score.ScoreKind;
import org.policyscore.score.ScoreRow;

/**
 * Year-over-year trends: for each company and indicator scored in at least two years, one
 * line per service across the years. Nothing is drawn from a single year.
 */
public final class TrendCharts {
  private TrendCharts() {}

  public static List<ScoreChart> build(SortedMap<Integer, List<ScoreRow>> byYear, List<String> catalogueOrder,
      ChartLabels labels, ChartStyle style, ChartFonts fonts) {
    List<ScoreChart> charts = new ArrayList<>();
    if (byYear.size() < 2) {
      return charts;
    }
    List<ScoreRow> all = byYear.values().stream().flatMap(List::stream).toList();
    ScoreTable union = new ScoreTable(all, catalogueOrder);
    Map<Integer, ScoreTable> tables = new java.util.TreeMap<>();
    byYear.forEach((year, rows) -> tables.put(year, new ScoreTable(rows, catalogueOrder)));
    for (String company : union.companies()) {
      for (String indicator : union.indicators()) {
        XYChart chart = null;
        for (String service : union.services()) {
          List<Double> years = new ArrayList<>();
          List<Double> values = new ArrayList<>();
          tables.forEach((year, t) -> {
            double v = t.score(company, service, ScoreKind.INDICATOR, indicator);
            if (!Double.isNaN(v)) {
              years.add(year.doubleValue());
              values.add(v);
            }
          });
          if (years.size() < 2) {
            continue;
          }
          if (chart == null) {
            chart = chart(labels.company(company) + " · " + labels.indicator(indicator), style, fonts, union.services(),
                List.copyOf(tables.keySet()));
          }
          XYSeries s = chart.addSeries(labels.service(service), years, values);
          s.setMarker(SeriesMarkers.CIRCLE);
          s.setLineColor(Palette.services(union.services(), style).get(service));
          s.setMarkerColor(Palette.services(union.services(), style).get(service));
        }
        if (chart != null) {
          charts.add(new XChartScoreChart("trend-" + FileNames.slug(company) + "-" + FileNames.slug(indicator), chart,
              readBack(chart)));
        }
      }
    }
    return charts;
  }

  private static XYChart chart(String title, ChartStyle style, ChartFonts fonts, List<String> services,
      List<Integer> years) {
    XYChart chart = new XYChart(1200, 600);
    chart.setTitle(title);
    XChartLook.apply(chart.getStyler(), style, fonts);
    chart.getStyler().setYAxisMin(0.0);
    chart.getStyler().setYAxisMax(100.0);
    chart.getStyler().setYAxisDecimalPattern("0");
    chart.getStyler().setXAxisMin(years.get(0).doubleValue());
    chart.getStyler().setXAxisMax(years.get(years.size() - 1).doubleValue());
    chart.getStyler().setXAxisDecimalPattern("0");
    chart.getStyler().setXAxisMaxLabelCount(years.size());
    chart.getStyler().setMarkerSize(10);
    chart.getStyler().setSeriesColors(XChartLook.colours(Palette.services(services, style).values()));
    return chart;
  }

  private static List<ChartSeries> readBack(XYChart chart) {
    List<ChartSeries> series = new ArrayList<>();
    for (XYSeries s : chart.getSeriesMap().values()) {
      List<String> years = new ArrayList<>();
      List<Double> values = new ArrayList<>();
      for (double x : s.getXData()) {
        years.add(Integer.toString((int) x));
      }
      for (double y : s.getYData()) {
        values.add(y);
      }
      series.add(new ChartSeries(s.getName(), years, values));
    }
    return series;
  }

  /** Indicator ids in catalogue order, for the {@code catalogueOrder} parameters. */
  public static List<String> order(List<Indicator> indicators) {
    return indicators.stream().map(Indicator::id).toList();
  }
}
