package org.policyscore.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.policyscore.catalog.Catalog;
import org.policyscore.catalog.CatalogLoader;
import org.policyscore.score.ScoreBasis;
import org.policyscore.score.ScoreKind;
import org.policyscore.score.ScoreRow;

/**
 * Issue 12's marking of drafts on the company chart, as the chart reads scores.csv's {@code
 * reviewed} record: draft bars, "incomplete" (never N/A), and the chart's summary note.
 */
class DraftChartTest {
  private static HorizontalBarChart chart(List<ScoreRow> rows) throws Exception {
    Catalog catalog = CatalogLoader.load(Path.of("indicators", "rdr-2020.yaml"));
    ChartLabels labels = ChartLabels.of(catalog, ChartLanguage.EN, "Cambodia", Map.of("smart", "Smart Axiata"), Map.of());
    return (HorizontalBarChart) ScoreCharts.build(rows, TrendCharts.order(catalog.indicators()), labels,
        ChartStyle.LIGHT, ChartFonts.forLanguage(ChartLanguage.EN)).stream()
        .filter(c -> c.name().equals("company-smart")).findFirst().orElseThrow();
  }

  @Test
  void draftAndIncompleteScoresAreMarkedAndNoted() throws Exception {
    HorizontalBarChart c = chart(List.of(
        new ScoreRow("smart", "mobile", ScoreKind.INDICATOR, "F1a", OptionalDouble.of(50), new ScoreBasis(1, 3, true)),
        new ScoreRow("smart", "mobile", ScoreKind.INDICATOR, "F3a", OptionalDouble.empty(), new ScoreBasis(0, 5, false)),
        new ScoreRow("smart", "mobile", ScoreKind.INDICATOR, "P1a", OptionalDouble.of(100), new ScoreBasis(3, 3, true))));
    assertThat(c.bars().get(0).marks()).containsExactly("draft", "incomplete", "");
    assertThat(c.note()).isEqualTo("draft: 4 of 11 reviewed");
    assertThat(c.series().get(0).notes()).containsExactly("draft: 1 of 3 reviewed", "incomplete: 0 of 5 reviewed", "");
    String svg = new String(ChartEncoder.svg(c), StandardCharsets.UTF_8);
    assertThat(svg).contains(">draft: 4 of 11 reviewed</text>").contains(">incomplete: 0 of 5 reviewed</text>")
        .doesNotContain(">N/A<");
    assertThat(ChartEncoder.png(c)).isNotEmpty();
  }

  @Test
  void publishedAndFullyReviewedScoresAreNotMarked() throws Exception {
    HorizontalBarChart published = chart(List.of(new ScoreRow("smart", "mobile", ScoreKind.INDICATOR, "F1a", OptionalDouble.of(83.33))));
    assertThat(published.bars().get(0).marks()).containsExactly("");
    assertThat(published.note()).isEmpty();
    HorizontalBarChart reviewed = chart(List.of(
        new ScoreRow("smart", "mobile", ScoreKind.INDICATOR, "F1a", OptionalDouble.of(50), new ScoreBasis(3, 3, true))));
    assertThat(reviewed.note()).isEmpty();
    assertThat(reviewed.bars().get(0).marks()).containsExactly("");
  }
}
