package org.policyscore.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.policyscore.score.ScoreKind;
import org.policyscore.score.ScoreRow;

/**
 * The charts drawn from one year's scores: one per company in the report's style (a bar for
 * each service the company has, and only those), a comparison of the companies that have a
 * service, indicator by indicator (per service in per-service mode), and, in rdr-index mode, a
 * comparison of category scores and totals.
 */
public final class ScoreCharts {
  private ScoreCharts() {}

  /**
   * @param catalogueOrder indicator ids in catalogue order, to sort the bars as RDR does
   */
  public static List<ScoreChart> build(YearScores year, List<String> catalogueOrder, ChartLabels labels,
      ChartStudy study, ChartStyle style, ChartFonts fonts) throws MissingFontException {
    ScoreTable table = new ScoreTable(year.rows(), catalogueOrder, study);
    checkFonts(table, labels, fonts);
    List<ScoreChart> charts = new ArrayList<>();
    Map<String, Color> serviceColours = Palette.services(table.services(), study, style);
    for (String company : table.companies()) {
      if (!table.servicesOf(company).isEmpty()) {
        charts.add(company(year, table, company, labels, serviceColours, style, fonts));
      }
    }
    Map<String, Color> companyColours = Palette.companies(table.companies());
    for (String service : table.services()) {
      // a comparison needs two companies; one company's bars are its own chart already
      if (table.companiesWith(service).size() > 1) {
        charts.add(comparison(year, table, service, labels, companyColours, style, fonts));
      }
    }
    if (year.rows().stream().anyMatch(r -> r.kind() == ScoreKind.CATEGORY || r.kind() == ScoreKind.TOTAL)) {
      charts.add(categories(year, table, labels, companyColours, style, fonts));
    }
    return charts;
  }

  /**
   * Scores with nothing known behind them and no study: services' roles read from their ids and
   * the labels given.
   */
  public static List<ScoreChart> build(List<ScoreRow> rows, List<String> catalogueOrder, ChartLabels labels,
      ChartStyle style, ChartFonts fonts) throws MissingFontException {
    return build(YearScores.of(0, rows), catalogueOrder, labels, ChartStudy.inferred(labels.serviceNames()), style,
        fonts);
  }

  private static void checkFonts(ScoreTable table, ChartLabels labels, ChartFonts fonts) throws MissingFontException {
    List<String> texts = new ArrayList<>();
    table.companies().forEach(c -> texts.add(labels.companyTitle(c)));
    table.services().forEach(s -> texts.add(labels.service(s)));
    table.indicators().forEach(i -> texts.add(labels.indicator(i)));
    ChartWords w = labels.words();
    texts.addAll(List.of(w.draftNote(1, 2), w.incompleteNote(1, 2), w.draftLegend(), w.notApplicable(),
        w.categoriesAndTotal()));
    fonts.checkCanDraw(texts);
  }

  /** The report's chart: "Company | Country", one bar for each of its services for each indicator. */
  static HorizontalBarChart company(YearScores year, ScoreTable table, String company, ChartLabels labels,
      Map<String, Color> colours, ChartStyle style, ChartFonts fonts) {
    List<String> services = table.servicesOf(company);
    List<String> indicators = table.indicators().stream()
        .filter(id -> services.stream().anyMatch(s -> table.has(company, s, ScoreKind.INDICATOR, id))).toList();
    List<HorizontalBarChart.Bars> bars = new ArrayList<>();
    for (String service : services) {
      bars.add(bars(year, table, company, service, ScoreKind.INDICATOR, indicators, labels.service(service),
          colours.get(service)));
    }
    return new HorizontalBarChart("company-" + FileNames.slug(company), labels.companyTitle(company),
        indicators.stream().map(labels::indicator).toList(), bars, style, fonts, labels.words());
  }

  static ScoreChart comparison(YearScores year, ScoreTable table, String service, ChartLabels labels,
      Map<String, Color> colours, ChartStyle style, ChartFonts fonts) {
    List<String> companies = table.companiesWith(service);
    List<String> indicators = table.indicators().stream()
        .filter(id -> companies.stream().anyMatch(c -> table.has(c, service, ScoreKind.INDICATOR, id))).toList();
    List<HorizontalBarChart.Bars> bars = new ArrayList<>();
    for (String company : companies) {
      bars.add(bars(year, table, company, service, ScoreKind.INDICATOR, indicators, labels.company(company),
          colours.get(company)));
    }
    String title = withCountry(service.isEmpty() ? labels.words().indicators() : labels.service(service), labels);
    String name = service.isEmpty() ? "compare-indicators" : "compare-indicators-" + FileNames.slug(service);
    return new HorizontalBarChart(name, title, indicators.stream().map(labels::indicator).toList(), bars, style,
        fonts, labels.words());
  }

  static ScoreChart categories(YearScores year, ScoreTable table, ChartLabels labels, Map<String, Color> colours,
      ChartStyle style, ChartFonts fonts) {
    List<String> ids = List.of("G", "F", "P", "total");
    List<String> shown = new ArrayList<>();
    for (String id : ids) {
      shown.add(id.equals("total") ? labels.words().total() : labels.indicator(id));
    }
    List<HorizontalBarChart.Bars> bars = new ArrayList<>();
    for (String company : table.companies()) {
      List<Double> values = new ArrayList<>();
      List<ScoreSource> sources = new ArrayList<>();
      for (String id : ids) {
        ScoreKind kind = id.equals("total") ? ScoreKind.TOTAL : ScoreKind.CATEGORY;
        values.add(table.score(company, "", kind, id));
        sources.add(year.source(new ScoreRef(company, "", kind, id)));
      }
      bars.add(new HorizontalBarChart.Bars(labels.company(company), colours.get(company), values, sources));
    }
    return new HorizontalBarChart("compare-categories", withCountry(labels.words().categoriesAndTotal(), labels),
        shown, bars, style, fonts, labels.words());
  }

  private static HorizontalBarChart.Bars bars(YearScores year, ScoreTable table, String company, String service,
      ScoreKind kind, List<String> ids, String label, Color colour) {
    List<Double> values = new ArrayList<>();
    List<ScoreSource> sources = new ArrayList<>();
    for (String id : ids) {
      values.add(table.score(company, service, kind, id));
      sources.add(year.source(new ScoreRef(company, service, kind, id)));
    }
    return new HorizontalBarChart.Bars(label, colour, values, sources);
  }

  private static String withCountry(String title, ChartLabels labels) {
    return labels.country().isBlank() ? title : title + " | " + labels.country();
  }
}
