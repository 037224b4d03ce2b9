package org.policyscore.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyscore.Workspace;
import org.policyscore.catalog.Catalog;
import org.policyscore.catalog.CatalogLoader;
import org.policyscore.catalog.CompanyType;
import org.policyscore.catalog.Element;
import org.policyscore.io.AtomicFile;
import org.policyscore.score.Aggregator;
import org.policyscore.score.Answer;
import org.policyscore.score.AnswerRow;
import org.policyscore.score.AnswerSet;
import org.policyscore.score.AnswersCsv;
import org.policyscore.score.Level;
import org.policyscore.score.ScoreKind;
import org.policyscore.score.ScoreRow;
import org.policyscore.score.ScoresCsv;
import org.policyscore.study.Study;
import org.policyscore.study.StudyLoader;

/**
 * Charts read what scores.csv records about review (its {@code reviewed} column and {@code
 * incomplete}), as {@code score} writes it, and nothing else: a stale review counts as not
 * reviewed, an unanswered element makes a score incomplete (drawn as such, never N/A), a row for
 * every service fills the services without an answer of their own, and a computed scores.csv
 * without the column says "review not recorded" rather than being recounted from answers.csv.
 */
class ReviewRecordChartsTest {
  @TempDir static Path root;
  static Workspace ws;
  static Catalog catalog;
  static Study study;
  static List<ScoreRow> scores2024;

  @BeforeAll
  static void years() throws Exception {
    catalog = CatalogLoader.load(Path.of("indicators", "rdr-2020.yaml"));
    ws = new Workspace(root);
    Files.createDirectories(root.resolve("policies"));
    Files.copy(Path.of("policies", "cambodia.yaml"), root.resolve("policies/cambodia.yaml"));
    study = StudyLoader.load(root.resolve("policies/cambodia.yaml"), catalog);
    Path y2022 = Files.createDirectories(ws.reportDir("cambodia", 2022));
    Files.copy(Path.of("reports/cambodia/2022/scores.csv"), y2022.resolve("scores.csv"));
    Files.copy(Path.of("reports/cambodia/2022/SOURCE.md"), y2022.resolve("SOURCE.md"));

    // 2023: computed before scores.csv had its reviewed column (answers.csv beside it, every answer a person's)
    List<AnswerRow> all = answers(false);
    Path y2023 = Files.createDirectories(ws.reportDir("cambodia", 2023));
    AtomicFile.write(y2023.resolve("answers.csv"), AnswersCsv.write(all));
    List<ScoreRow> old = aggregate(y2023).stream().map(r -> r.incomplete() ? r
        : new ScoreRow(r.company(), r.service(), r.kind(), r.id(), r.score())).toList();
    AtomicFile.write(y2023.resolve("scores.csv"), ScoresCsv.write(old));
    assertThat(Files.readAllLines(y2023.resolve("scores.csv")).get(0)).isEqualTo("company,service,kind,id,score");

    Path y2024 = Files.createDirectories(ws.reportDir("cambodia", 2024));
    AtomicFile.write(y2024.resolve("answers.csv"), AnswersCsv.write(answers(true)));
    scores2024 = aggregate(y2024);
    AtomicFile.write(y2024.resolve("scores.csv"), ScoresCsv.write(scores2024));
  }

  /**
   * Every element answered and reviewed by a person; in 2024 Smart's first F1a element for
   * mobile is a stale review, its first P1a element for mobile has neither answer nor
   * suggestion, and Metfone answers F3a once for both services ({@code *}).
   */
  static List<AnswerRow> answers(boolean year2024) {
    List<AnswerRow> rows = new ArrayList<>();
    Answer[] cycle = {Answer.YES, Answer.PARTIAL, Answer.NO};
    int k = 0;
    for (String company : List.of("metfone", "smart")) {
      for (String service : List.of("mobile", "broadband")) {
        for (String indicator : study.indicators()) {
          List<Element> elements = catalog.indicator(indicator).orElseThrow().elementsFor(CompanyType.TELECOM)
              .stream().filter(e -> e.appliesToService(service)).toList();
          for (int i = 0; i < elements.size(); i++) {
            Answer a = cycle[k++ % cycle.length];
            String id = elements.get(i).id();
            boolean first = i == 0 && company.equals("smart") && service.equals("mobile");
            if (year2024 && first && indicator.equals("P1a")) {
              rows.add(new AnswerRow(company, Level.SERVICE, service, indicator, id, Optional.empty(),
                  "", "", "", "", "", ""));
            } else if (year2024 && first && indicator.equals("F1a")) {
              rows.add(new AnswerRow(company, Level.SERVICE, service, indicator, id, Optional.of(a), "", "", "",
                  "terms en 20240105T080000Z", "new text version: terms en 20240601T080000Z (was 20240105T080000Z)",
                  a.csvName(), "", "researcher A"));
            } else if (year2024 && company.equals("metfone") && indicator.equals("F3a")) {
              // the tool's suggestion per service; the person answers once for every service, below
              rows.add(AnswerRow.suggestion(company, Level.SERVICE, service, indicator, id, a, "", "", ""));
            } else {
              rows.add(new AnswerRow(company, Level.SERVICE, service, indicator, id, Optional.of(a), "", "", "",
                  a.csvName(), "", "researcher A"));
            }
          }
        }
      }
    }
    if (year2024) {
      for (Element e : catalog.indicator("F3a").orElseThrow().elementsFor(CompanyType.TELECOM)) {
        rows.add(new AnswerRow("metfone", Level.SERVICE, "*", "F3a", e.id(), Optional.empty(), "", "", "",
            "partial", "same policy for both", "researcher B"));
      }
    }
    return rows;
  }

  static List<ScoreRow> aggregate(Path yearDir) throws Exception {
    return new Aggregator(catalog).aggregate(new AnswerSet(AnswersCsv.read(yearDir.resolve("answers.csv"), catalog),
        study.companyTypes()), study.mode(), study.indicators()).scores();
  }

  static List<ScoreChart> charts(ChartStyle style) throws Exception {
    return StudyCharts.job(ws, "cambodia", 2024, catalog, StudyNames.of(study), ChartStudy.of(study), style,
        ChartLanguage.EN, Set.of(ChartFormat.SVG), true).charts();
  }

  static ScoreChart named(List<ScoreChart> charts, String name) {
    return charts.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }

  static ScoreRow score(String company, String service, String id) {
    return scores2024.stream().filter(r -> r.company().equals(company) && r.service().equals(service)
        && r.kind() == ScoreKind.INDICATOR && r.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void barsShowScoresCsvsReviewRecord() throws Exception {
    HorizontalBarChart smart = (HorizontalBarChart) named(charts(ChartStyle.LIGHT), "company-smart");
    ScoreRow f1a = score("smart", "mobile", "F1a");
    // the stale review is not counted as reviewed
    assertThat(f1a.basis().reviewed()).isEqualTo(f1a.basis().elements() - 1);
    ChartSeries mobile = smart.series().get(0);
    assertThat(mobile.label()).isEqualTo("Mobile");
    assertThat(mobile.note("F1a | Access to terms of service")).isEqualTo("draft: " + f1a.basis().reviewed()
        + " of " + f1a.basis().elements() + " reviewed");
    ScoreRow p1a = score("smart", "mobile", "P1a");
    assertThat(p1a.incomplete()).isTrue();
    assertThat(mobile.value("P1a | Access to privacy policies")).isNaN();
    assertThat(mobile.note("P1a | Access to privacy policies")).isEqualTo("incomplete: " + p1a.basis().reviewed()
        + " of " + p1a.basis().elements() + " reviewed");
    assertThat(smart.bars().get(0).marks()).containsOnly("", HorizontalBarChart.Bars.DRAFT,
        HorizontalBarChart.Bars.INCOMPLETE).contains(HorizontalBarChart.Bars.INCOMPLETE);
    assertThat(smart.bars().get(1).marks()).containsOnly("");
    assertThat(smart.note()).isEqualTo("draft: " + (f1a.basis().reviewed() + p1a.basis().reviewed()
        + otherReviewed("smart")) + " of " + (f1a.basis().elements() + p1a.basis().elements()
        + otherElements("smart")) + " reviewed");
    String svg = new String(ChartEncoder.svg(smart), StandardCharsets.UTF_8);
    assertThat(svg).contains(">incomplete: ").doesNotContain(">N/A<");

    HorizontalBarChart metfone = (HorizontalBarChart) named(charts(ChartStyle.REPORT), "company-metfone");
    assertThat(metfone.note()).isEmpty();
    assertThat(metfone.bars()).allSatisfy(b -> assertThat(b.marks()).containsOnly(""));
  }

  private static int otherReviewed(String company) {
    return scores2024.stream().filter(r -> r.company().equals(company) && r.kind() == ScoreKind.INDICATOR
        && !(r.service().equals("mobile") && (r.id().equals("F1a") || r.id().equals("P1a"))))
        .mapToInt(r -> r.basis().reviewed()).sum();
  }

  private static int otherElements(String company) {
    return scores2024.stream().filter(r -> r.company().equals(company) && r.kind() == ScoreKind.INDICATOR
        && !(r.service().equals("mobile") && (r.id().equals("F1a") || r.id().equals("P1a"))))
        .mapToInt(r -> r.basis().elements()).sum();
  }

  @Test
  void trendsSayIncompleteAndReviewNotRecorded() throws Exception {
    TrendChart p1a = (TrendChart) named(charts(ChartStyle.LIGHT), "trend-smart-p1a");
    ChartSeries mobile = p1a.series().get(0);
    assertThat(mobile.categories()).containsExactly("2022", "2023", "2024");
    assertThat(mobile.value("2024")).isNaN();
    assertThat(mobile.note("2022")).isEqualTo("published figure");
    // 2023's scores.csv has no reviewed column: its answers.csv is not recounted
    assertThat(mobile.note("2023")).isEqualTo("review not recorded");
    assertThat(mobile.note("2024")).startsWith("incomplete: ");
    String svg = new String(ChartEncoder.svg(p1a), StandardCharsets.UTF_8);
    assertThat(svg).contains(">Mobile: incomplete</text>");
    ChartSeries broadband = p1a.series().get(1);
    assertThat(broadband.note("2024")).isEqualTo("every answer reviewed");
  }

  @Test
  void heatmapCountsStaleReviewsAsSuggestionsAndSpreadsSharedAnswers() throws Exception {
    ElementHeatmap heatmap = (ElementHeatmap) named(charts(ChartStyle.LIGHT), "answers-heatmap");
    assertThat(heatmap.cell("smart", "mobile", "F1a.1").orElseThrow().reviewed()).isFalse();
    assertThat(heatmap.cell("smart", "mobile", "F1a.2").orElseThrow().reviewed()).isTrue();
    assertThat(heatmap.cell("smart", "mobile", "P1a.1").orElseThrow().answer()).isEmpty();
    for (String service : List.of("mobile", "broadband")) {
      AnswerCell f3a1 = heatmap.cell("metfone", service, "F3a.1").orElseThrow();
      assertThat(f3a1.answer()).hasValue(Answer.PARTIAL);
      assertThat(f3a1.reviewed()).isTrue();
    }
    assertThat(heatmap.columns()).doesNotContain("Metfone · *");
  }
}
