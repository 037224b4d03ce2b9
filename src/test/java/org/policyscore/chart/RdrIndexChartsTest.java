package org.policyscore.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.policyscore.io.AtomicFile;
import org.policyscore.score.ScoreKind;
import org.policyscore.score.ScoreRow;

/** rdr-index mode: company-level scores (no service), with categories and a total. */
class RdrIndexChartsTest {
  static final ChartLabels LABELS = new ChartLabels(ChartLanguage.EN, "", Map.of("acme", "Acme Telecom",
      "globex", "Globex Mobile"), Map.of(), Map.of("G1", "Policy commitment", "F1a", "Access to terms of service",
      "P1a", "Access to privacy policies"));

  static List<ScoreRow> rows() {
    List<ScoreRow> rows = new ArrayList<>();
    Object[][] data = {
      {"acme", ScoreKind.INDICATOR, "G1", 41.67}, {"acme", ScoreKind.INDICATOR, "F1a", 75.0},
      {"acme", ScoreKind.INDICATOR, "P1a", Double.NaN}, {"acme", ScoreKind.CATEGORY, "G", 30.12},
      {"acme", ScoreKind.CATEGORY, "F", 22.5}, {"acme", ScoreKind.CATEGORY, "P", 35.0},
      {"acme", ScoreKind.TOTAL, "total", 29.87},
      {"globex", ScoreKind.INDICATOR, "G1", 8.33}, {"globex", ScoreKind.INDICATOR, "F1a", 50.0},
      {"globex", ScoreKind.INDICATOR, "P1a", 62.5}, {"globex", ScoreKind.CATEGORY, "G", 12.0},
      {"globex", ScoreKind.CATEGORY, "F", 18.25}, {"globex", ScoreKind.CATEGORY, "P", 27.4},
      {"globex", ScoreKind.TOTAL, "total", 20.11}};
    for (Object[] d : data) {
      double v = (Double) d[3];
      rows.add(new ScoreRow((String) d[0], "", (ScoreKind) d[1], (String) d[2],
          Double.isNaN(v) ? OptionalDouble.empty() : OptionalDouble.of(v)));
    }
    return rows;
  }

  @Test
  void categoriesAndTotalsAreComparedAcrossCompanies() throws Exception {
    List<ScoreChart> charts = ScoreCharts.build(rows(), List.of("G1", "F1a", "P1a"), LABELS, ChartStyle.LIGHT,
        ChartFonts.forLanguage(ChartLanguage.EN));
    assertThat(charts).extracting(ScoreChart::name)
        .containsExactly("company-acme", "company-globex", "compare-indicators", "compare-categories");
    ScoreChart categories = charts.get(3);
    assertThat(categories.series()).extracting(ChartSeries::label).containsExactly("Acme Telecom", "Globex Mobile");
    assertThat(categories.series().get(1).categories()).containsExactly("G", "F", "P", "Total");
    assertThat(categories.series().get(1).values()).containsExactly(12.0, 18.25, 27.4, 20.11);
    ScoreChart acme = charts.get(0);
    assertThat(acme.title()).isEqualTo("Acme Telecom");
    assertThat(acme.series().get(0).value("P1a | Access to privacy policies")).isNaN();
    for (ScoreChart c : charts) {
      AtomicFile.write(Path.of("target", "chart-look", "rdr-" + c.name() + ".png"), ChartEncoder.png(c));
    }
  }
}
