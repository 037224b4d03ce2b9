package org.policyscore.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.policyscore.io.AtomicFile;
import org.policyscore.score.Answer;
import org.policyscore.score.ScoreKind;
import org.policyscore.score.ScoreRow;

class TrendAndHeatmapTest {
  static final ChartLabels LABELS = new ChartLabels(ChartLanguage.EN, "Cambodia",
      Map.of("smart", "Smart Axiata", "metfone", "Metfone"), Map.of(),
      Map.of("F1a", "Access to terms of service", "P1a", "Access to privacy policies",
          "P10a", "Process for responding to government demands for user information"));

  static ScoreRow row(String company, String service, String id, double score) {
    return new ScoreRow(company, service, ScoreKind.INDICATOR, id, OptionalDouble.of(score));
  }

  static ChartFonts fonts() throws MissingFontException {
    return ChartFonts.forLanguage(ChartLanguage.EN);
  }

  @Test
  void trendsNeedTwoYearsAndFollowEachServiceAcrossThem() throws Exception {
    TreeMap<Integer, YearScores> years = new TreeMap<>();
    years.put(2022, YearScores.of(2022, List.of(row("smart", "mobile", "F1a", 83.33),
        row("smart", "broadband", "F1a", 83.33))));
    assertThat(TrendCharts.build(years, List.of("F1a"), LABELS, ChartStudy.none(), ChartStyle.LIGHT, fonts()))
        .isEmpty();

    years.put(2023, YearScores.of(2023, List.of(row("smart", "mobile", "F1a", 91.67),
        row("smart", "broadband", "F1a", 83.33))));
    years.put(2024, YearScores.of(2024, List.of(row("smart", "mobile", "F1a", 100),
        new ScoreRow("smart", "broadband", ScoreKind.INDICATOR, "F1a", OptionalDouble.empty()))));
    List<ScoreChart> charts = TrendCharts.build(years, List.of("F1a"), LABELS, ChartStudy.none(), ChartStyle.LIGHT,
        fonts());
    assertThat(charts).extracting(ScoreChart::name).containsExactly("trend-smart-f1a");
    ScoreChart trend = charts.get(0);
    assertThat(trend.title()).isEqualTo("Smart Axiata · F1a | Access to terms of service");
    assertThat(trend.series()).extracting(ChartSeries::label).containsExactly("Mobile", "Fixed-line broadband");
    assertThat(trend.series().get(0).categories()).containsExactly("2022", "2023", "2024");
    assertThat(trend.series().get(0).values()).containsExactly(83.33, 91.67, 100.0);
    // an N/A year leaves a gap rather than a zero
    assertThat(trend.series().get(1).categories()).containsExactly("2022", "2023");
    AtomicFile.write(Path.of("target", "chart-look", "light-" + trend.name() + ".png"), ChartEncoder.png(trend));
  }

  @Test
  void heatmapNamesEveryAnswerAndTellsReviewedFromSuggested() throws Exception {
    List<AnswerCell> cells = new ArrayList<>();
    String[] elements = {"F1a.1", "F1a.2", "F1a.3", "F1a.4", "P1a.1", "P1a.2", "P1a.3"};
    Answer[] metfone = {Answer.NO, Answer.NO_DISCLOSURE_FOUND, Answer.NO, Answer.NO_DISCLOSURE_FOUND,
      Answer.PARTIAL, Answer.PARTIAL, Answer.PARTIAL};
    for (String service : new String[] {"mobile", "broadband"}) {
      for (int e = 0; e < elements.length; e++) {
        cells.add(new AnswerCell("metfone", service, elements[e], Optional.of(metfone[e]), e % 2 == 0, false));
        cells.add(e == 2 && service.equals("broadband") ? AnswerCell.excluded("smart", service, elements[e])
            : new AnswerCell("smart", service, elements[e],
                Optional.of(e == 6 ? Answer.NOT_APPLICABLE : Answer.YES), true, false));
      }
    }
    ElementHeatmap heatmap = ElementHeatmap.build(cells, LABELS, ChartStyle.LIGHT, fonts());
    assertThat(heatmap.series()).extracting(ChartSeries::label).containsExactly(
        "Metfone · Mobile", "Metfone · Fixed-line broadband", "Smart Axiata · Mobile", "Smart Axiata · Fixed-line broadband");
    ChartSeries smartBroadband = heatmap.series().get(3);
    assertThat(smartBroadband.value("F1a.1")).isEqualTo(100.0);
    assertThat(smartBroadband.note("F1a.3")).isEqualTo("excluded");
    assertThat(smartBroadband.note("P1a.3")).isEqualTo("N/A");
    ChartSeries metfoneMobile = heatmap.series().get(0);
    assertThat(metfoneMobile.note("F1a.1")).isEqualTo("no");
    assertThat(metfoneMobile.note("F1a.2")).isEqualTo("no disclosure found?");
    assertThat(metfoneMobile.value("F1a.2")).isEqualTo(0.0);
    AtomicFile.write(Path.of("target", "chart-look", "light-" + heatmap.name() + ".png"), ChartEncoder.png(heatmap));
    assertThat(ChartEncoder.svg(heatmap)).isEqualTo(ChartEncoder.svg(
        ElementHeatmap.build(cells, LABELS, ChartStyle.LIGHT, fonts())));
  }
}
