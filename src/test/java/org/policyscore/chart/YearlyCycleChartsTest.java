package org.policyscore.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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
import org.policyscore.score.ScoreRow;
import org.policyscore.score.ScoresCsv;
import org.policyscore.study.Study;
import org.policyscore.study.StudyLoader;

/**
 * The yearly cycle: the 2022 report's published figures, then a 2024 scored here from answers of
 * which a person reviewed only some. The 2024 bars say "draft: n of m reviewed"; trends tell the
 * published point from the draft one and mark F3a for mobile, scored over 7 elements in 2022 and
 * over the catalogue's 5 in 2024; the heatmap names each answer in the study's service order.
 */
class YearlyCycleChartsTest {
  static final Answer[] CYCLE = {Answer.YES, Answer.PARTIAL, Answer.NO_DISCLOSURE_FOUND, Answer.NO, Answer.PARTIAL};

  @TempDir static Path root;
  static Workspace ws;
  static Catalog catalog;
  static Study study;
  static List<AnswerRow> answers;

  @BeforeAll
  static void cycle() throws Exception {
    catalog = CatalogLoader.load(Path.of("indicators", "rdr-2020.yaml"));
    ws = new Workspace(root);
    Files.createDirectories(root.resolve("policies"));
    Files.copy(Path.of("policies", "cambodia.yaml"), root.resolve("policies/cambodia.yaml"));
    Path y2022 = Files.createDirectories(ws.reportDir("cambodia", 2022));
    Files.copy(Path.of("reports/cambodia/2022/scores.csv"), y2022.resolve("scores.csv"));
    Files.copy(Path.of("reports/cambodia/2022/SOURCE.md"), y2022.resolve("SOURCE.md"));
    study = StudyLoader.load(root.resolve("policies/cambodia.yaml"), catalog);
    answers = new ArrayList<>();
    int k = 0;
    for (String company : List.of("metfone", "smart")) {
      for (String service : List.of("mobile", "broadband")) {
        for (String indicator : study.indicators()) {
          for (Element e : catalog.indicator(indicator).orElseThrow().elementsFor(CompanyType.TELECOM)) {
            if (!e.appliesToService(service)) {
              continue;
            }
            Answer suggested = company.equals("metfone") ? Answer.NO_DISCLOSURE_FOUND : CYCLE[k % CYCLE.length];
            // Smart's F1a wholly reviewed; elsewhere every third answer
            boolean reviewed = company.equals("smart") && indicator.equals("F1a") || k % 3 == 0;
            answers.add(new AnswerRow(company, Level.SERVICE, service, indicator, e.id(), Optional.of(suggested),
                "", "", "", reviewed ? suggested.csvName() : "", "", reviewed ? "researcher A" : ""));
            k++;
          }
        }
      }
    }
    Path y2024 = Files.createDirectories(ws.reportDir("cambodia", 2024));
    // answers.csv sorted as the tool writes it: broadband before mobile
    AtomicFile.write(y2024.resolve("answers.csv"), AnswersCsv.write(answers));
    List<ScoreRow> scores = new Aggregator(catalog).aggregate(new AnswerSet(AnswersCsv.read(y2024.resolve("answers.csv"),
        catalog), study.companyTypes()), study.mode(), study.indicators()).scores();
    AtomicFile.write(y2024.resolve("scores.csv"), ScoresCsv.write(scores));
  }

  /** Drawn once per style and language: the tests only read them. */
  static final Map<String, List<ScoreChart>> DRAWN = new java.util.HashMap<>();

  static List<ScoreChart> charts(ChartStyle style, ChartLanguage language) throws Exception {
    String key = style + " " + language;
    if (!DRAWN.containsKey(key)) {
      DRAWN.put(key, draw(style, language));
    }
    return DRAWN.get(key);
  }

  static List<ScoreChart> draw(ChartStyle style, ChartLanguage language) throws Exception {
    return StudyCharts.job(ws, "cambodia", 2024, catalog, StudyNames.of(study), ChartStudy.of(study), style, language,
        Set.of(ChartFormat.PNG), true).charts();
  }

  static ScoreChart named(List<ScoreChart> charts, String name) {
    return charts.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow(() -> new AssertionError(
        "no chart " + name + " among " + charts.stream().map(ScoreChart::name).toList()));
  }

  static List<AnswerRow> behind(String company, String service, String indicator) {
    return answers.stream().filter(a -> a.company().equals(company) && a.service().equals(service)
        && a.indicator().equals(indicator)).toList();
  }

  @Test
  void draftBarsSayHowManyOfTheirAnswersAPersonReviewed() throws Exception {
    ScoreChart smart = named(charts(ChartStyle.REPORT, ChartLanguage.EN), "company-smart");
    int drafts = 0;
    for (ChartSeries s : smart.series()) {
      String service = s.label().equals("Mobile") ? "mobile" : "broadband";
      for (String label : s.categories()) {
        String indicator = label.substring(0, label.indexOf(' '));
        List<AnswerRow> rows = behind("smart", service, indicator);
        long reviewed = rows.stream().filter(r -> !r.answer().isBlank()).count();
        String expected = reviewed == rows.size() ? "" : "draft: " + reviewed + " of " + rows.size() + " reviewed";
        assertThat(s.note(label)).as("%s %s", service, indicator).isEqualTo(expected);
        drafts += expected.isEmpty() ? 0 : 1;
      }
    }
    assertThat(drafts).isEqualTo(14); // every indicator but F1a, for both services
    assertThat(smart.series().get(0).note("F1a | Access to terms of service")).isEmpty();
    String svg = new String(ChartEncoder.svg(smart), StandardCharsets.UTF_8);
    assertThat(svg).contains("draft: not every answer reviewed").contains("stroke-dasharray");
  }

  @Test
  void trendsTellPublishedFromDraftAndMarkAChangeInElements() throws Exception {
    List<ScoreChart> charts = charts(ChartStyle.LIGHT, ChartLanguage.EN);
    TrendChart f3a = (TrendChart) named(charts, "trend-smart-f3a");
    assertThat(f3a.series()).extracting(ChartSeries::label).containsExactly("Mobile", "Fixed-line broadband");
    ChartSeries mobile = f3a.series().get(0);
    assertThat(mobile.categories()).containsExactly("2022", "2024");
    assertThat(mobile.values().get(0)).isEqualTo(21.43);
    assertThat(mobile.notes().get(0)).isEqualTo("published figure");
    List<AnswerRow> rows = behind("smart", "mobile", "F3a");
    assertThat(rows).hasSize(5);
    assertThat(mobile.notes().get(1)).isEqualTo("draft: " + rows.stream().filter(r -> !r.answer().isBlank()).count()
        + " of 5 reviewed");
    // 2022 scored F3a over 7 elements for mobile (SOURCE.md), 2024 over the catalogue's 5; broadband 7 both years
    assertThat(f3a.elementMarks()).isEqualTo(new TreeMap<>(Map.of(2024, List.of("Mobile: 7 → 5 elements"))));
    assertThat(((TrendChart) named(charts, "trend-smart-p1a")).elementMarks()).isEmpty();

    // every trend: the title whole on its lines, each line within the chart; the axis's six ticks
    for (ScoreChart c : charts.stream().filter(c -> c.name().startsWith("trend-")).toList()) {
      TrendChart t = (TrendChart) c;
      assertThat(String.join(" ", t.titleLines())).isEqualTo(t.title());
      for (String line : t.titleLines()) {
        assertThat(TextLines.width(line, t.fonts().title())).as(line).isLessThanOrEqualTo(t.width() - 64.0);
      }
      String svg = new String(ChartEncoder.svg(t), StandardCharsets.UTF_8);
      for (String tick : List.of("0", "20", "40", "60", "80", "100", "2022", "2024")) {
        assertThat(svg).as(c.name()).containsPattern(">" + tick + "</text>");
      }
    }
    TrendChart p10a = (TrendChart) named(charts, "trend-smart-p10a");
    assertThat(p10a.titleLines()).hasSizeGreaterThan(1);
  }

  @Test
  void coincidingLinesAreBothDrawnAndTellable() throws Exception {
    TrendChart metfone = (TrendChart) named(charts(ChartStyle.REPORT, ChartLanguage.EN), "trend-metfone-f10");
    assertThat(metfone.series()).hasSize(2);
    assertThat(metfone.series().get(0).values()).isEqualTo(metfone.series().get(1).values());
    String svg = new String(ChartEncoder.svg(metfone), StandardCharsets.UTF_8);
    // the line below is wider than the one above it, so both colours show where they meet
    assertThat(svg).contains("stroke=\"#3CC06A\" stroke-width=\"6.5\"").contains("stroke=\"#FFFFFF\" stroke-width=\"3\"");
  }

  @Test
  void heatmapNamesAnswersInTheStudysOrder() throws Exception {
    ElementHeatmap heatmap = (ElementHeatmap) named(charts(ChartStyle.LIGHT, ChartLanguage.EN), "answers-heatmap");
    assertThat(heatmap.columns()).containsExactly("Metfone · Mobile", "Metfone · Fixed-line broadband",
        "Smart Axiata · Mobile", "Smart Axiata · Fixed-line broadband");
    for (AnswerRow r : answers) {
      AnswerCell cell = heatmap.cell(r.company(), r.service(), r.element()).orElseThrow();
      assertThat(cell.answer()).as(r.toString()).isEqualTo(r.effectiveAnswer());
      assertThat(cell.reviewed()).as(r.toString()).isEqualTo(!r.answer().isBlank());
    }
    assertThat(heatmap.cell("smart", "mobile", "F3a.5").orElseThrow().excluded()).isTrue();
    assertThat(heatmap.cell("smart", "broadband", "F3a.5").orElseThrow().excluded()).isFalse();
    ChartSeries smartMobile = heatmap.series().get(2);
    assertThat(smartMobile.note("F3a.5")).isEqualTo("excluded");
    assertThat(smartMobile.notes()).contains("no", "no disclosure found?", "partial?", "yes");
  }

  /** Each kind of chart once, and the trends that show a mark, coinciding lines and a wrapped title. */
  static final Set<String> TO_LOOK_AT = Set.of("company-smart", "compare-indicators-mobile", "trend-smart-f3a",
      "trend-smart-p10a", "trend-metfone-f10", "answers-heatmap");

  @Test
  void writesEveryKindInBothStylesAndLanguagesForAPersonToLookAt() throws Exception {
    Path dir = Path.of("target", "chart-look", "cycle");
    int written = 0;
    for (ChartLanguage language : ChartLanguage.values()) {
      if (language == ChartLanguage.KM && !KhmerFontProbe.present()) {
        continue;
      }
      for (ChartStyle style : ChartStyle.values()) {
        for (ScoreChart c : charts(style, language)) {
          if (!TO_LOOK_AT.contains(c.name())) {
            continue;
          }
          String name = style.cliName() + "-" + FileNames.file(c.name(), language, ChartFormat.PNG);
          AtomicFile.write(dir.resolve(name), ChartEncoder.png(c));
          AtomicFile.write(dir.resolve(name.replace(".png", ".svg")), ChartEncoder.svg(c));
          written++;
        }
      }
    }
    assertThat(written).isGreaterThanOrEqualTo(2 * TO_LOOK_AT.size());
  }

  @Test
  void khmerChartsSayWhichNamesHaveNoTranslation() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(KhmerFontProbe.present(), "skipped: no Khmer font");
    StudyCharts.Result result = StudyCharts.draw(ws, "cambodia", java.util.OptionalInt.of(2024), catalog,
        StudyNames.of(study), ChartStudy.of(study), ChartStyle.LIGHT, ChartLanguage.KM, Set.of(ChartFormat.SVG));
    // the Cambodia study names everything in Khmer; the catalogue has Khmer titles for its indicators
    assertThat(result.untranslated()).isEmpty();
    assertThat(result.files()).allSatisfy(f -> assertThat(f.getFileName().toString()).endsWith(".km.svg"));
    StudyNames partial = new StudyNames("Cambodia", "", Map.of("smart", "Smart Axiata", "metfone", "Metfone"),
        Map.of("smart", "ស្មាត អាស៊ីអាតា"), Map.of("mobile", "Mobile", "broadband", "Fixed-line broadband"), Map.of());
    StudyCharts.Result mixed = StudyCharts.draw(ws, "cambodia", java.util.OptionalInt.of(2024), catalog, partial,
        ChartStudy.of(study), ChartStyle.LIGHT, ChartLanguage.KM, Set.of(ChartFormat.SVG));
    assertThat(mixed.untranslated()).containsExactly("country Cambodia: country_km in the study",
        "company metfone: name_km in the study", "service mobile: label_km in the study",
        "service broadband: label_km in the study");
    StudyCharts.Result english = StudyCharts.draw(ws, "cambodia", java.util.OptionalInt.of(2024), catalog,
        StudyNames.of(study), ChartStudy.of(study), ChartStyle.LIGHT, ChartLanguage.EN, Set.of(ChartFormat.SVG));
    assertThat(english.files()).extracting(f -> f.getFileName().toString()).contains("company-smart.svg")
        .noneMatch(n -> n.contains(".km."));
    assertThat(Files.exists(english.dir().resolve("company-smart.km.svg"))).as("the Khmer files stay").isTrue();
  }

  @Test
  void barsReadBackAsTheScoresOfTheYear() throws Exception {
    List<ScoreRow> scores = ScoresCsv.read(ws.reportDir("cambodia", 2024).resolve("scores.csv"));
    ScoreChart compare = named(charts(ChartStyle.LIGHT, ChartLanguage.EN), "compare-indicators-broadband");
    for (ScoreRow r : scores.stream().filter(r -> r.service().equals("broadband")).toList()) {
      ChartSeries s = compare.series().stream().filter(x -> x.label().equals(r.company().equals("smart")
          ? "Smart Axiata" : "Metfone")).findFirst().orElseThrow();
      String label = s.categories().stream().filter(c -> c.startsWith(r.id() + " |")).findFirst().orElseThrow();
      assertThat(s.value(label)).isCloseTo(r.score().orElse(Double.NaN), within(1e-9));
    }
  }
}
