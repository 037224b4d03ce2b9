package org.policyscore.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policyscore.catalog.Catalog;
import org.policyscore.catalog.CatalogLoader;
import org.policyscore.catalog.Indicator;
import org.policyscore.io.AtomicFile;
import org.policyscore.score.ScoreRow;
import org.policyscore.testing.SharedData;

/** The two 2022 Cambodia charts, regenerated from the shipped scores. */
class BaselineChartsTest {
  static final Map<String, String> COMPANIES = Map.of("metfone", "Metfone", "smart", "Smart Axiata");
  static final Map<String, String> REPORT_NAMES = Map.of("Metfone", "metfone", "Smart Axiata", "smart");
  static Catalog catalog;
  static List<ScoreRow> rows;

  @BeforeAll
  static void load() throws Exception {
    catalog = CatalogLoader.load(Path.of("indicators", "rdr-2020.yaml"));
    rows = Baseline.scores();
  }

  static List<ScoreChart> charts(ChartStyle style) throws MissingFontException {
    ChartLabels labels = ChartLabels.of(catalog, ChartLanguage.EN, "Cambodia", COMPANIES, Map.of());
    List<String> order = catalog.indicators().stream().map(Indicator::id).toList();
    return ScoreCharts.build(rows, order, labels, style, ChartFonts.forLanguage(ChartLanguage.EN));
  }

  static ScoreChart named(List<ScoreChart> charts, String name) {
    return charts.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void eachBarOfTheTwoCompanyChartsIsThePublishedNumber() throws Exception {
    Path published = SharedData.lookingGlass2022().resolve("cambodia-scores.csv");
    List<String> lines = Files.readAllLines(published, StandardCharsets.UTF_8);
    List<ScoreChart> charts = charts(ChartStyle.REPORT);
    int checked = 0;
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",", -1); // company,country,service,indicator,title,score (no quoted fields)
      ScoreChart chart = named(charts, "company-" + REPORT_NAMES.get(f[0]));
      assertThat(chart.title()).isEqualTo(f[0] + " | " + f[1]);
      String service = f[2].equals("mobile") ? "Mobile" : "Fixed-line broadband";
      ChartSeries series = chart.series().stream().filter(s -> s.label().equals(service)).findFirst().orElseThrow();
      String label = f[3] + " | " + f[4];
      assertThat(series.categories()).contains(label);
      assertThat(series.value(label)).as(line).isCloseTo(Double.parseDouble(f[5]), within(1e-9));
      checked++;
    }
    assertThat(checked).isEqualTo(32);
  }

  @Test
  void theShippedBaselineIsInTheFormTheToolWrites() throws Exception {
    String shipped = Files.readString(Baseline.SCORES, StandardCharsets.UTF_8);
    assertThat(org.policyscore.score.ScoresCsv.write(rows)).isEqualTo(shipped);
    assertThat(rows).hasSize(32);
  }

  @Test
  void companyChartsHaveTheReportsShape() throws Exception {
    ScoreChart smart = named(charts(ChartStyle.REPORT), "company-smart");
    assertThat(smart.series()).extracting(ChartSeries::label).containsExactly("Mobile", "Fixed-line broadband");
    assertThat(smart.series().get(0).categories()).containsExactly(
        "F1a | Access to terms of service",
        "F3a | Process for terms of service enforcement",
        "F9 | Network management",
        "F10 | Network shutdown",
        "P1a | Access to privacy policies",
        "P10a | Process for responding to government demands for user information",
        "P11a | Data about government demands for user information",
        "P12 | User notification about third-party requests for user information");
  }

  @Test
  void mobileComesFirstWhateverOrderTheRowsAreIn() throws Exception {
    List<ScoreRow> sorted = rows.stream().sorted(java.util.Comparator.comparing(ScoreRow::company)
        .thenComparing(ScoreRow::service)).toList();
    ChartLabels labels = ChartLabels.of(catalog, ChartLanguage.EN, "Cambodia", COMPANIES, Map.of());
    List<ScoreChart> charts = ScoreCharts.build(sorted, List.of(), labels, ChartStyle.LIGHT,
        ChartFonts.forLanguage(ChartLanguage.EN));
    assertThat(named(charts, "company-metfone").series()).extracting(ChartSeries::label)
        .containsExactly("Mobile", "Fixed-line broadband");
  }

  @Test
  void writesTheChartsForAPersonToLookAt() throws Exception {
    Path dir = Path.of("target", "chart-look");
    for (ChartStyle style : ChartStyle.values()) {
      for (ScoreChart chart : charts(style)) {
        byte[] png = ChartEncoder.png(chart);
        assertThat(png).startsWith(0x89, 'P', 'N', 'G');
        AtomicFile.write(dir.resolve(style.cliName() + "-" + chart.name() + ".png"), png);
        AtomicFile.write(dir.resolve(style.cliName() + "-" + chart.name() + ".svg"), ChartEncoder.svg(chart));
      }
    }
  }

  @Test
  void theSameScoresGiveByteIdenticalSvg() throws Exception {
    List<ScoreChart> first = charts(ChartStyle.LIGHT);
    List<ScoreChart> second = charts(ChartStyle.LIGHT);
    assertThat(first).hasSameSizeAs(second);
    for (int i = 0; i < first.size(); i++) {
      assertThat(ChartEncoder.svg(second.get(i))).isEqualTo(ChartEncoder.svg(first.get(i)));
      assertThat(ChartEncoder.png(second.get(i))).isEqualTo(ChartEncoder.png(first.get(i)));
    }
  }
}
