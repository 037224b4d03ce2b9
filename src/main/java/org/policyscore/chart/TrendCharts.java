package org.policyscore.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.policyscore.catalog.Indicator;
import org.policyscore.score.ScoreKind;
import org.policyscore.score.ScoreRow;

/**
 * Year-over-year trends: for each company and indicator scored in at least two years, one
 * line per service across the years. Nothing is drawn from a single year; an N/A year is a gap;
 * an incomplete year (an element with no answer) says "incomplete" there.
 */
public final class TrendCharts {
  private TrendCharts() {}

  public static List<ScoreChart> build(SortedMap<Integer, YearScores> byYear, List<String> catalogueOrder,
      ChartLabels labels, ChartStudy study, ChartStyle style, ChartFonts fonts) throws MissingFontException {
    List<ScoreChart> charts = new ArrayList<>();
    if (byYear.size() < 2) {
      return charts;
    }
    List<ScoreRow> all = byYear.values().stream().flatMap(y -> y.rows().stream()).toList();
    ScoreTable union = new ScoreTable(all, catalogueOrder, study);
    Map<Integer, ScoreTable> tables = new TreeMap<>();
    byYear.forEach((year, y) -> tables.put(year, new ScoreTable(y.rows(), catalogueOrder, study)));
    Map<String, Color> colours = Palette.services(union.services(), study, style);
    List<Integer> years = List.copyOf(byYear.keySet());
    for (String company : union.companies()) {
      for (String indicator : union.indicators()) {
        List<TrendChart.Line> lines = new ArrayList<>();
        SortedMap<Integer, List<String>> marks = new TreeMap<>();
        for (String service : union.servicesOf(company)) {
          TreeMap<Integer, Double> values = new TreeMap<>();
          Map<Integer, ScoreSource> sources = new HashMap<>();
          ScoreRef ref = ScoreRef.indicator(company, service, indicator);
          TreeSet<Integer> incomplete = new TreeSet<>();
          tables.forEach((year, t) -> {
            double v = t.score(company, service, ScoreKind.INDICATOR, indicator);
            ScoreSource source = byYear.get(year).source(ref);
            if (!Double.isNaN(v)) {
              values.put(year, v);
              sources.put(year, source);
            } else if (t.has(company, service, ScoreKind.INDICATOR, indicator) && source.incomplete()) {
              // no value yet, but not N/A either: the chart says so at that year
              incomplete.add(year);
              sources.put(year, source);
            }
          });
          if (values.isEmpty() || values.size() + incomplete.size() < 2) {
            continue; // a line needs a value and a second year (one may say "incomplete")
          }
          lines.add(new TrendChart.Line(labels.service(service), colours.get(service), values, sources, incomplete));
          markElementChanges(values, sources, labels.service(service), labels.words(), marks);
        }
        if (!lines.isEmpty()) {
          List<String> texts = new ArrayList<>(List.of(labels.company(company) + " · " + labels.indicator(indicator)));
          lines.forEach(l -> texts.add(l.label()));
          marks.values().forEach(texts::addAll);
          texts.addAll(List.of(labels.words().published(), labels.words().reviewed(), labels.words().draftLegend(),
              labels.words().incomplete(), labels.words().unrecorded(), labels.words().elementsLegend()));
          fonts.checkCanDraw(texts.stream().map(t -> t.replace('\u0000', ' ')).toList());
          charts.add(new TrendChart("trend-" + FileNames.slug(company) + "-" + FileNames.slug(indicator),
              labels.company(company) + " · " + labels.indicator(indicator), years, lines,
              withoutRepeats(marks, lines.size()), style, fonts, labels.words()));
        }
      }
    }
    return charts;
  }

  /** Where a score stands on another number of elements than the service's previous score. */
  private static void markElementChanges(SortedMap<Integer, Double> values, Map<Integer, ScoreSource> sources,
      String service, ChartWords words, SortedMap<Integer, List<String>> marks) {
    OptionalInt before = OptionalInt.empty();
    for (int year : values.keySet()) {
      OptionalInt now = sources.get(year).elements();
      if (before.isPresent() && now.isPresent() && before.getAsInt() != now.getAsInt()) {
        marks.computeIfAbsent(year, y -> new ArrayList<>())
            .add(service + "\u0000" + words.elementsChanged(before.getAsInt(), now.getAsInt()));
      }
      if (now.isPresent()) {
        before = now;
      }
    }
  }

  /** "Mobile: 7 → 5 elements" per service, or just "7 → 5 elements" when every line changed alike. */
  private static SortedMap<Integer, List<String>> withoutRepeats(SortedMap<Integer, List<String>> marks, int lines) {
    SortedMap<Integer, List<String>> out = new TreeMap<>();
    marks.forEach((year, notes) -> {
      List<String> changes = notes.stream().map(n -> n.substring(n.indexOf('\u0000') + 1)).distinct().toList();
      if (changes.size() == 1 && (notes.size() == lines || lines == 1)) {
        out.put(year, changes);
      } else {
        out.put(year, notes.stream().map(n -> n.replace("\u0000", ": ")).toList());
      }
    });
    return out;
  }

  /** Indicator ids in catalogue order, for the {@code catalogueOrder} parameters. */
  public static List<String> order(List<Indicator> indicators) {
    return indicators.stream().map(Indicator::id).toList();
  }
}
