package org.policyscore.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.policyscore.score.ScoreKind;
import org.policyscore.score.ScoreRow;

/**
 * The charts drawn from one year's scores: one per company in the report's style, a
 * comparison of companies per indicator (per service in per-service mode), and, in rdr-index
 * mode, a comparison of category scores and totals.
 */
public final class ScoreCharts {
  private ScoreCharts() {}

  /**
   * @param catalogueOrder indicator ids in catalogue order, to sort the bars as RDR does
   */
  public static List<ScoreChart> build(List<ScoreRow> rows, List<String> catalogueOrder, ChartLabels labels,
      ChartStyle style, ChartFonts fonts) throws MissingFontException {
    ScoreTable table = new ScoreTable(rows, catalogueOrder);
    checkFonts(table, labels, fonts);
    List<ScoreChart> charts = new ArrayList<>();
    for (String company : table.companies()) {
      if (!table.indicators().isEmpty()) {
        charts.add(company(table, company, labels, style, fonts));
      }
    }
    if (table.companies().size() > 1 || table.services().size() > 1) {
      for (String service : table.services()) {
        charts.add(comparison(table, service, labels, style, fonts));
      }
    }
    if (rows.stream().anyMatch(r -> r.kind() == ScoreKind.CATEGORY || r.kind() == ScoreKind.TOTAL)) {
      charts.add(categories(table, labels, style, fonts));
    }
    return charts;
  }

  private static void checkFonts(ScoreTable table, ChartLabels labels, ChartFonts fonts) throws MissingFontException {
    List<String> texts = new ArrayList<>();
    table.companies().forEach(c -> texts.add(labels.companyTitle(c)));
    table.services().forEach(s -> texts.add(labels.service(s)));
    table.indicators().forEach(i -> texts.add(labels.indicator(i)));
    fonts.checkCanDraw(texts);
  }

  /** The report's chart: "Company | Country", one bar per service for each indicator. */
  static HorizontalBarChart company(ScoreTable table, String company, ChartLabels labels, ChartStyle style,
      ChartFonts fonts) {
    List<String> categories = table.indicators().stream().map(labels::indicator).toList();
    Map<String, Color> colours = Palette.services(table.services(), style);
    List<HorizontalBarChart.Bars> bars = new ArrayList<>();
    org.policyscore.score.ScoreBasis basis = new org.policyscore.score.ScoreBasis(0, 0, true);
    for (String service : table.services()) {
      List<Double> values = table.indicators().stream()
          .map(id -> table.score(company, service, ScoreKind.INDICATOR, id)).toList();
      List<String> marks = new ArrayList<>();
      for (String id : table.indicators()) {
        var row = table.row(company, service, ScoreKind.INDICATOR, id);
        marks.add(row.map(r -> r.incomplete() ? HorizontalBarChart.Bars.INCOMPLETE
            : r.draft() ? HorizontalBarChart.Bars.DRAFT : "").orElse(""));
        if (row.isPresent()) {
          basis = basis.plus(row.get().basis());
        }
      }
      bars.add(new HorizontalBarChart.Bars(labels.service(service), colours.get(service), values, marks));
    }
    // issue 12's minimal marking of drafts (issue 17 draws them in full): a note, hatched bars
    String note = basis.draft()
        ? "draft: " + basis.reviewed() + " of " + basis.elements() + " reviewed (hatched bars are drafts)" : "";
    return new HorizontalBarChart("company-" + FileNames.slug(company), labels.companyTitle(company), categories,
        bars, style, fonts, note);
  }

  static ScoreChart comparison(ScoreTable table, String service, ChartLabels labels, ChartStyle style,
      ChartFonts fonts) {
    String title = withCountry(service.isEmpty() ? "Indicators" : labels.service(service), labels);
    CategoryChart chart = categoryChart(title, style, fonts, table.companies());
    for (String company : table.companies()) {
      List<Double> values = table.indicators().stream()
          .map(id -> table.score(company, service, ScoreKind.INDICATOR, id)).toList();
      chart.addSeries(labels.company(company), table.indicators(), nullForNaN(values));
    }
    String name = service.isEmpty() ? "compare-indicators" : "compare-indicators-" + FileNames.slug(service);
    return new XChartScoreChart(name, chart, readBack(chart));
  }

  static ScoreChart categories(ScoreTable table, ChartLabels labels, ChartStyle style, ChartFonts fonts) {
    List<String> ids = List.of("G", "F", "P", "total");
    List<String> shown = List.of("G", "F", "P", "Total");
    CategoryChart chart = categoryChart(withCountry("Categories and total", labels), style, fonts,
        table.companies());
    for (String company : table.companies()) {
      List<Double> values = new ArrayList<>();
      for (String id : ids) {
        ScoreKind kind = id.equals("total") ? ScoreKind.TOTAL : ScoreKind.CATEGORY;
        values.add(table.score(company, "", kind, id));
      }
      chart.addSeries(labels.company(company), shown, nullForNaN(values));
    }
    return new XChartScoreChart("compare-categories", chart, readBack(chart));
  }

  private static String withCountry(String title, ChartLabels labels) {
    return labels.country().isBlank() ? title : title + " | " + labels.country();
  }

  private static CategoryChart categoryChart(String title, ChartStyle style, ChartFonts fonts, List<String> companies) {
    CategoryChart chart = new CategoryChart(1200, 640);
    chart.setTitle(title);
    XChartLook.apply(chart.getStyler(), style, fonts);
    chart.getStyler().setSeriesColors(XChartLook.colours(Palette.companies(companies).values()));
    chart.getStyler().setYAxisMin(0.0);
    chart.getStyler().setYAxisMax(100.0);
    chart.getStyler().setYAxisDecimalPattern("0.##");
    chart.getStyler().setLabelsVisible(true);
    chart.getStyler().setLabelsFont(fonts.small());
    // On white, text dark or light by the bar's colour reads on every company's colour and on
    // the paper where a zero bar has no height. On the dark style a zero's label stands on the
    // background, so the text stays the style's light colour.
    chart.getStyler().setLabelsFontColorAutomaticEnabled(style == ChartStyle.LIGHT);
    chart.getStyler().setLabelsFontColor(style.text());
    chart.getStyler().setLabelsFontColorAutomaticDark(new java.awt.Color(0x22, 0x22, 0x22));
    chart.getStyler().setLabelsFontColorAutomaticLight(java.awt.Color.WHITE);
    chart.getStyler().setLabelsPosition(1.0);
    chart.getStyler().setAvailableSpaceFill(0.7);
    chart.getStyler().setOverlapped(false);
    return chart;
  }

  private static List<Double> nullForNaN(List<Double> values) {
    List<Double> out = new ArrayList<>();
    for (Double v : values) {
      out.add(v == null || Double.isNaN(v) ? null : v);
    }
    return out;
  }

  static List<ChartSeries> readBack(CategoryChart chart) {
    List<ChartSeries> series = new ArrayList<>();
    for (CategorySeries s : chart.getSeriesMap().values()) {
      List<String> categories = s.getXData().stream().map(String::valueOf).toList();
      List<Double> values = s.getYData().stream().map(n -> n == null ? Double.NaN : n.doubleValue()).toList();
      series.add(new ChartSeries(s.getName(), categories, values));
    }
    return series;
  }
}
