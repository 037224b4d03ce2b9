package org.policyscore.chart;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.policyscore.catalog.Catalog;
import org.policyscore.catalog.CatalogLoader;

/**
 * What drawing the 2022 Cambodia charts costs, per chart and format, and how big the files are.
 * Prints figures; asserts nothing on time. Run with
 * {@code mvn -B -Pbenchmark verify -Dtest=ChartBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class ChartBenchmark {
  @Test
  void drawAndEncodeTheBaselineCharts() throws Exception {
    Catalog catalog = CatalogLoader.load(Path.of("indicators", "rdr-2020.yaml"));
    ChartLabels labels = ChartLabels.of(catalog, ChartLanguage.EN, "Cambodia",
        Map.of("metfone", "Metfone", "smart", "Smart Axiata"), Map.of());
    List<String> order = TrendCharts.order(catalog.indicators());
    ChartFonts fonts = ChartFonts.forLanguage(ChartLanguage.EN);
    int rounds = 20;
    for (int warm = 0; warm < 3; warm++) {
      for (ScoreChart c : ScoreCharts.build(Baseline.scores(), order, labels, ChartStyle.REPORT, fonts)) {
        ChartEncoder.svg(c);
        ChartEncoder.png(c);
      }
    }
    long build = 0;
    long svg = 0;
    long png = 0;
    long svgBytes = 0;
    long pngBytes = 0;
    int charts = 0;
    for (int r = 0; r < rounds; r++) {
      long t0 = System.nanoTime();
      List<ScoreChart> built = ScoreCharts.build(Baseline.scores(), order, labels, ChartStyle.REPORT, fonts);
      build += System.nanoTime() - t0;
      for (ScoreChart c : built) {
        long t1 = System.nanoTime();
        svgBytes += ChartEncoder.svg(c).length;
        long t2 = System.nanoTime();
        pngBytes += ChartEncoder.png(c).length;
        png += System.nanoTime() - t2;
        svg += t2 - t1;
        charts++;
      }
    }
    System.out.printf("charts: %d charts x %d rounds; build %.1f ms/round; SVG %.1f ms and %.1f KB per chart;"
        + " PNG %.1f ms and %.1f KB per chart%n", charts / rounds, rounds, build / 1e6 / rounds, svg / 1e6 / charts,
        svgBytes / 1024.0 / charts, png / 1e6 / charts, pngBytes / 1024.0 / charts);
  }
}
