package org.policyscore.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalDouble;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.policyscore.score.Agreement;
import org.policyscore.score.ScoreBasis;
import org.policyscore.score.ScoreKind;
import org.policyscore.score.ScoreRow;

class HtmlReportTest {
  static final List<ScoreRow> SCORES = List.of(
      new ScoreRow("metfone", "mobile", ScoreKind.INDICATOR, "F1a", OptionalDouble.of(0)),
      new ScoreRow("smart", "mobile", ScoreKind.INDICATOR, "F1a", OptionalDouble.of(83.333333)),
      new ScoreRow("smart", "mobile", ScoreKind.INDICATOR, "F3a", OptionalDouble.empty()));

  static Document render() {
    return Jsoup.parse(HtmlReport.render(ReportFixtures.cambodia(SCORES, List.of(
        new ReportInput.Chart("Smart Axiata | Cambodia", new byte[] {(byte) 0x89, 'P', 'N', 'G'})))));
  }

  @Test
  void policyTextIsEscapedNeverMarkup() {
    Document doc = render();
    assertThat(doc.select("script")).isEmpty();
    assertThat(doc.select("b:containsOwn(not)")).isEmpty(); // a comment's <b> stays text
    assertThat(doc.select("blockquote").eachText()).contains(ReportFixtures.HOSTILE_QUOTE);
    assertThat(doc.title()).isEqualTo("Cambodia telecoms 2022");
    for (Element e : doc.getAllElements()) {
      e.attributes().forEach(a -> assertThat(a.getKey()).doesNotStartWith("on"));
    }
    // a javascript: snapshot link is shown as text, not made a link
    assertThat(doc.select("a[href]").eachAttr("href")).noneMatch(h -> h.toLowerCase().startsWith("javascript"));
    assertThat(doc.text()).contains("<b>not</b> published");
  }

  @Test
  void scoresTableHasTwoDecimalsAndNaForNotApplicable() {
    Document doc = render();
    Element table = doc.selectFirst("table.scores");
    assertThat(table.select("thead th").eachText())
        .containsExactly("Indicator", "Metfone · Mobile", "Smart Axiata · Mobile");
    assertThat(table.select("tbody tr").get(0).select("td").eachText()).containsExactly("0.00", "83.33");
    assertThat(table.select("tbody tr").get(1).select("th").text())
        .isEqualTo("F3a | Process for terms of service enforcement");
    assertThat(table.select("tbody tr").get(1).select("td").stream().map(Element::text))
        .containsExactly("", "N/A");
  }

  @Test
  void answersShowReviewQuotesAndSnapshotLinks() {
    Document doc = render();
    assertThat(doc.select(".summary").text()).contains("2 reviewed by a person").contains("2 not yet reviewed");
    Element km = doc.selectFirst("blockquote[lang=km]");
    assertThat(km).isNotNull();
    assertThat(doc.select("a[href]").eachAttr("href"))
        .contains("../../../policies/archive/smart/terms/km/20211115T000000Z.html");
    assertThat(doc.select("table.documents td").eachText()).contains("not found: no terms of service published");
    assertThat(doc.select("img").attr("src")).startsWith("data:image/png;base64,");
    assertThat(doc.select("link, [src^=http], [href^=http]:not(a)")).isEmpty(); // nothing fetched
  }

  @Test
  void theSameInputGivesTheSameBytes() {
    assertThat(render().outerHtml()).isEqualTo(render().outerHtml());
    var input = ReportFixtures.cambodia(SCORES, List.of());
    assertThat(HtmlReport.render(input)).isEqualTo(HtmlReport.render(input));
  }

  @Test
  void draftScoresSayDraftWithTheirReviewedShareAndIncompleteOnesHaveNoNumber() {
    List<ScoreRow> scores = List.of(
        new ScoreRow("smart", "mobile", ScoreKind.INDICATOR, "F1a", OptionalDouble.of(50), new ScoreBasis(1, 3, true)),
        new ScoreRow("smart", "broadband", ScoreKind.INDICATOR, "F1a", OptionalDouble.of(100), new ScoreBasis(3, 3, true)),
        new ScoreRow("smart", "mobile", ScoreKind.INDICATOR, "F3a", OptionalDouble.empty(), new ScoreBasis(2, 7, false)),
        new ScoreRow("smart", "broadband", ScoreKind.INDICATOR, "F3a", OptionalDouble.of(25), new ScoreBasis(7, 7, true)));
    Document doc = Jsoup.parse(HtmlReport.render(ReportFixtures.cambodia(scores, List.of())));
    assertThat(doc.title()).isEqualTo("Cambodia telecoms 2022 (draft)");
    assertThat(doc.select("h1 .badge").text()).isEqualTo("draft");
    assertThat(doc.select(".draft-banner").text()).startsWith("Draft.");
    Element table = doc.selectFirst("table.scores");
    assertThat(table.select("thead th").eachText()).containsExactly("Indicator", "Smart Axiata · Mobile",
        "Smart Axiata · Fixed-line broadband", "Reviewed");
    assertThat(table.select("tbody tr").get(0).select("td").eachText())
        .containsExactly("50.00 draft 1/3", "100.00", "4/6 (67%)");
    assertThat(table.select("tbody tr").get(1).select("td").eachText())
        .containsExactly("incomplete draft 2/7", "25.00", "9/14 (64%)");
    assertThat(table.select("td.incomplete").text()).doesNotContain("N/A");
  }

  @Test
  void whenEveryAnswerIsReviewedNothingSaysDraft() {
    List<ScoreRow> scores = List.of(
        new ScoreRow("smart", "mobile", ScoreKind.INDICATOR, "F1a", OptionalDouble.of(50), new ScoreBasis(3, 3, true)));
    Document doc = Jsoup.parse(HtmlReport.render(ReportFixtures.cambodia(scores, List.of())));
    assertThat(doc.title()).isEqualTo("Cambodia telecoms 2022");
    assertThat(doc.select(".badge, .draft-banner, .draft-mark, td.draft")).isEmpty();
    assertThat(doc.selectFirst("table.scores").select("tbody td").eachText()).containsExactly("50.00", "all 3");
  }

  @Test
  void staleReviewsAreListedAndKappaIsShownWhereTwoReviewsExist() {
    ReportInput base = ReportFixtures.cambodia(SCORES, List.of());
    List<ReportInput.Answer> answers = new java.util.ArrayList<>(base.answers());
    ReportInput.Answer a = answers.get(0);
    answers.set(0, new ReportInput.Answer(a.company(), a.level(), a.service(), a.indicator(), a.element(), a.question(),
        a.answer(), a.suggested(), true, "Dara", "", a.quotes(),
        "new text version: terms en 20260601T080000Z (was 20260105T080000Z)\nquote gone: terms en: <b>old</b> clause"));
    Agreement.Kappa f1a = new Agreement.Kappa("F1a", 5, 4, OptionalDouble.of(14.0 / 19));
    ReportInput input = new ReportInput(base.studyId(), base.studyName(), base.country(), base.year(), base.method(),
        base.attributions(), base.companyNames(), base.serviceNames(), base.indicatorTitles(), base.scores(), answers,
        base.documents(), base.charts(), base.toolVersion(),
        List.of(new ReportInput.ReviewAgreement("dara.csv", "sokha.csv", List.of(f1a),
            new Agreement.Kappa("overall", 10, 7, OptionalDouble.of(0.6)), 3)));
    Document doc = Jsoup.parse(HtmlReport.render(input));
    Element stale = doc.selectFirst("#stale table");
    assertThat(stale.select("tbody tr")).hasSize(1);
    assertThat(stale.text()).contains("F1a.1", "Smart Axiata", "yes (Dara)", "new text version: terms en", "<b>old</b> clause");
    assertThat(doc.select(".summary").text()).contains("1 reviewed, to look at again").contains("1 reviewed by a person");
    Element agreement = doc.selectFirst("#agreement table");
    assertThat(agreement.select("tbody tr").get(0).select("td").eachText()).containsExactly("5", "4", "80.0%", "0.74");
    assertThat(agreement.select("tbody tr").get(1).text()).isEqualTo("Overall 10 7 70.0% 0.60");
    assertThat(doc.select("#agreement h3").text()).isEqualTo("dara.csv and sokha.csv");
  }
}
