package org.policyscore.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapSeries;

/**
 * Answers by company at a glance: elements down, companies (and services) across, each cell
 * coloured by its points. N/A cells are left empty. A light-to-dark blue ramp reads the same
 * to colour-blind readers.
 */
public final class ElementHeatmap {
  private static final Color[] RAMP = {new Color(0xF1, 0xEE, 0xF6), new Color(0x74, 0xA9, 0xCF),
    new Color(0x2B, 0x8C, 0xBE)};

  private ElementHeatmap() {}

  public static ScoreChart build(List<AnswerCell> cells, ChartLabels labels, ChartStyle style, ChartFonts fonts) {
    Map<String, String> columns = new LinkedHashMap<>();
    LinkedHashSet<String> elements = new LinkedHashSet<>();
    List<String> companyOrder = cells.stream().map(AnswerCell::company).distinct().toList();
    List<AnswerCell> byCompany = new ArrayList<>(cells);
    byCompany.sort(java.util.Comparator.comparingInt(c -> companyOrder.indexOf(c.company())));
    for (AnswerCell c : byCompany) {
      columns.putIfAbsent(c.company() + "\u0000" + c.service(), c.service().isEmpty() ? labels.company(c.company())
          : labels.company(c.company()) + " · " + labels.service(c.service()));
      elements.add(c.element());
    }
    List<String> columnKeys = List.copyOf(columns.keySet());
    // XChart draws the first row at the bottom; elements read top-down in catalogue order
    List<String> rows = new ArrayList<>(elements);
    java.util.Collections.reverse(rows);
    List<Number[]> heat = new ArrayList<>();
    for (AnswerCell c : cells) {
      if (c.points().isPresent()) {
        heat.add(new Number[] {columnKeys.indexOf(c.company() + "\u0000" + c.service()),
          rows.indexOf(c.element()), c.points().getAsDouble()});
      }
    }
    int height = Math.max(440, 220 + rows.size() * 26);
    HeatMapChart chart = new HeatMapChart(1200, height, org.knowm.xchart.style.Styler.ChartTheme.XChart);
    chart.setTitle(labels.country().isBlank() ? "Answers" : "Answers | " + labels.country());
    XChartLook.apply(chart.getStyler(), style, fonts);
    chart.getStyler().setRangeColors(RAMP);
    chart.getStyler().setMin(0);
    chart.getStyler().setMax(100);
    chart.getStyler().setShowValue(true);
    chart.getStyler().setValueFont(fonts.small());
    chart.getStyler().setHeatMapValueDecimalPattern("0");
    chart.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideE);
    chart.getStyler().setXAxisLabelRotation(columns.size() > 3 ? 20 : 0);
    chart.getStyler().setAxisTickLabelsFont(fonts.small());
    chart.addSeries("points", List.copyOf(columns.values()), rows, heat);
    return new XChartScoreChart("answers-heatmap", chart, readBack(chart.getHeatMapSeries()));
  }

  /** One series per column (company and service), its categories the elements. */
  private static List<ChartSeries> readBack(HeatMapSeries s) {
    List<ChartSeries> series = new ArrayList<>();
    List<String> rows = s.getYData().stream().map(String::valueOf).toList();
    List<String> topDown = new ArrayList<>(rows);
    java.util.Collections.reverse(topDown);
    for (int x = 0; x < s.getXData().size(); x++) {
      List<Double> values = new ArrayList<>();
      for (int y = 0; y < rows.size(); y++) {
        values.add(Double.NaN);
      }
      for (Number[] cell : s.getHeatData()) {
        if (cell[0].intValue() == x) {
          values.set(rows.size() - 1 - cell[1].intValue(), cell[2].doubleValue());
        }
      }
      series.add(new ChartSeries(String.valueOf(s.getXData().get(x)), topDown, values));
    }
    return series;
  }
}
