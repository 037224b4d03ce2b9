package org.policyscore.report;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.policyscore.catalog.Catalog;
import org.policyscore.catalog.CatalogLoader;
import org.policyscore.catalog.Indicator;
import org.policyscore.chart.ChartFonts;
import org.policyscore.chart.ChartLabels;
import org.policyscore.chart.ChartLanguage;
import org.policyscore.chart.ChartStyle;
import org.policyscore.chart.ScoreChart;
import org.policyscore.chart.ScoreCharts;
import org.policyscore.score.ScoreRow;

/** The shipped 2022 baseline's charts, for report tests. */
final class ReportCharts {
  private ReportCharts() {}

  static List<ScoreRow> baselineScores() throws Exception {
    return org.policyscore.chart.Baseline.scores();
  }

  static List<ScoreChart> baseline() throws Exception {
    Catalog catalog = CatalogLoader.load(Path.of("indicators", "rdr-2020.yaml"));
    ChartLabels labels = ChartLabels.of(catalog, ChartLanguage.EN, "Cambodia",
        Map.of("metfone", "Metfone", "smart", "Smart Axiata"), Map.of());
    return ScoreCharts.build(baselineScores(), catalog.indicators().stream().map(Indicator::id).toList(), labels,
        ChartStyle.LIGHT, ChartFonts.forLanguage(ChartLanguage.EN));
  }
}
