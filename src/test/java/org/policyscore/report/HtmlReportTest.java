package org.policyscore.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalDouble;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
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
}
