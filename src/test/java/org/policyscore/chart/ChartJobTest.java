package org.policyscore.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyscore.catalog.CatalogLoader;
import org.policyscore.catalog.Catalog;

class ChartJobTest {
  @TempDir Path tmp;

  ChartJob job(Set<ChartFormat> formats) throws Exception {
    Catalog catalog = CatalogLoader.load(Path.of("indicators", "rdr-2020.yaml"));
    ChartLabels labels = ChartLabels.of(catalog, ChartLanguage.EN, "Cambodia",
        Map.of("metfone", "Metfone", "smart", "Smart Axiata"), Map.of());
    TreeMap<Integer, YearScores> years = new TreeMap<>();
    years.put(2022, YearScores.of(2022, Baseline.scores()));
    return new ChartJob(2022, years, List.of(), TrendCharts.order(catalog.indicators()), labels, ChartStudy.none(),
        ChartStyle.REPORT, formats);
  }

  @Test
  void writesEachChartInEachFormatAsked() throws Exception {
    List<Path> written = job(Set.of(ChartFormat.PNG, ChartFormat.SVG)).writeTo(tmp);
    assertThat(written).extracting(p -> p.getFileName().toString()).containsExactly(
        "company-metfone.png", "company-metfone.svg", "company-smart.png", "company-smart.svg",
        "compare-indicators-mobile.png", "compare-indicators-mobile.svg",
        "compare-indicators-broadband.png", "compare-indicators-broadband.svg");
    assertThat(job(Set.of(ChartFormat.SVG)).writeTo(tmp.resolve("svg-only"))).allMatch(p -> p.toString().endsWith(".svg"));
  }

  @Test
  void twoRunsOnTheSameScoresWriteByteIdenticalFiles() throws Exception {
    List<Path> first = job(Set.of(ChartFormat.PNG, ChartFormat.SVG)).writeTo(tmp.resolve("a"));
    List<Path> second = job(Set.of(ChartFormat.PNG, ChartFormat.SVG)).writeTo(tmp.resolve("b"));
    assertThat(second).hasSameSizeAs(first);
    for (int i = 0; i < first.size(); i++) {
      assertThat(Files.readAllBytes(second.get(i))).as(first.get(i).getFileName().toString())
          .isEqualTo(Files.readAllBytes(first.get(i)));
    }
    String svg = Files.readString(first.get(1));
    assertThat(svg).doesNotContainPattern("20\\d\\d-\\d\\d-\\d\\d"); // no timestamp inside
  }
}
