package org.policyscore.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlExtractionTest {

  private final Extractor extractor = new Extractor();

  @Test
  void khmerWithAndWithoutZeroWidthSpacesGivesTheSameText() throws Exception {
    assertThat(Fixtures.text("privacy-km-zwsp.html")).contains("\u200B");

    String plain = extractor.extract(Fixtures.bytes("privacy-km.html"), "text/html", null, ExtractionRules.NONE).markdown();
    String hinted = extractor.extract(Fixtures.bytes("privacy-km-zwsp.html"), "text/html", null, ExtractionRules.NONE).markdown();

    assertThat(hinted).isEqualTo(plain).isEqualTo(Fixtures.text("privacy-km.md"));
  }

  @Test
  void declaredSelectKeepsOnlyThePolicyAndRemoveDropsInsideIt() throws Exception {
    ExtractionRules rules = new ExtractionRules(List.of("article.policy-content"), List.of("p.updated"));

    String md = extractor.extract(Fixtures.bytes("privacy-en.html"), "text/html", null, rules).markdown();

    assertThat(md).isEqualTo(Fixtures.text("privacy-en.md").replace("Last updated: 1 January 2026\n\n", ""));
  }

  @Test
  void aSelectThatMatchesNothingIsAnErrorNamingTheSelector() {
    ExtractionRules rules = ExtractionRules.select("#policy-body");

    assertThatThrownBy(() -> extractor.extract(Fixtures.bytes("terms-en.html"), "text/html", null, rules))
        .isInstanceOf(ExtractionException.class)
        .hasMessage("select '#policy-body' matches nothing on the page")
        .satisfies(e -> assertThat(((ExtractionException) e).selector()).contains("#policy-body"));
  }

  @Test
  void aRemoveThatMatchesNothingIsAWarningAndABadSelectorAnError() throws Exception {
    ExtractedText text = extractor.extract(Fixtures.bytes("terms-en.html"), "text/html", null,
        new ExtractionRules(List.of(), List.of(".promo-box")));
    assertThat(text.warnings()).containsExactly("remove '.promo-box' matches nothing on the page");
    assertThat(text.markdown()).isEqualTo(Fixtures.text("terms-en.md"));
    assertThatThrownBy(() -> extractor.extract(Fixtures.bytes("terms-en.html"), "text/html", null,
        ExtractionRules.select("div[[")))
        .isInstanceOf(ExtractionException.class)
        .hasMessageStartingWith("select 'div[[' is not a valid CSS selector");
  }

  @Test
  void aSelectThatMatchesTooLittleTextIsAnError() {
    assertThatThrownBy(() -> extractor.extract(Fixtures.bytes("terms-en.html"), "text/html", null,
        ExtractionRules.select("h1")))
        .isInstanceOf(ExtractionException.class)
        .hasMessageStartingWith("only 34 characters of text inside select 'h1' (fewer than 200)");
  }

  @Test
  void aChangeInPageChromeGivesTheSameText() throws Exception {
    String page = Fixtures.text("terms-en.html");
    String restyled = page
        .replace("Take control with SmartNas!", "New: SmartNas app 3.0 with eSIM!")
        .replace("All rights reserved.", "All rights reserved. Licence 0042/2026.")
        .replace("We use cookies", "We and our partners use cookies")
        .replace("\"buildId\":\"a1b2c3\"", "\"buildId\":\"zz99\"")
        .replace("<h2>", "<h2 class=\"title-v2\">")
        .replace("<strong>1888</strong>", "<b>1888</b>");

    assertThat(restyled).isNotEqualTo(page);
    assertThat(extractor.extract(restyled.getBytes(StandardCharsets.UTF_8), "text/html", null, ExtractionRules.NONE).markdown())
        .isEqualTo(Fixtures.text("terms-en.md"));
  }

  @Test
  void bannersWithHashedClassNamesAreStillRemoved() throws Exception {
    String page = Fixtures.text("privacy-en.html")
        .replace("class=\"app-download-banner\" data-testid=\"smart-banner\"", "class=\"css-1q2w3e\"")
        .replace(".app-download-banner{", ".css-1q2w3e{")
        .replace("id=\"cookie-consent\" class=\"cookie-banner\" role=\"dialog\" aria-label=\"Cookie notice\"",
            "class=\"CookieConsent_root__a1B2\"");
    assertThat(page).doesNotContain("app-download-banner", "cookie-banner");

    String md = extractor.extract(page.getBytes(StandardCharsets.UTF_8), "text/html", null, ExtractionRules.NONE).markdown();

    assertThat(md).isEqualTo(Fixtures.text("privacy-en.md"));
  }

  @Test
  void aPageWrappedInOneFormKeepsItsPolicyButSearchFormsGo() throws Exception {
    String page = Fixtures.text("terms-en.html")
        .replace("<div id=\"__next\">", "<form id=\"aspnetForm\" method=\"post\"><div id=\"__next\">")
        .replace("<main>", "<main><form class=\"search\"><label>Search our site</label><input name=\"q\"></form>")
        .replace("</body>", "</form></body>");

    String md = extractor.extract(page.getBytes(StandardCharsets.UTF_8), "text/html", null, ExtractionRules.NONE).markdown();

    assertThat(md).isEqualTo(Fixtures.text("terms-en.md"));
  }

  @Test
  void aPolicyParagraphAboutTheAppIsKept() throws Exception {
    String page = Fixtures.text("privacy-en.html").replace("<h2>2. How we use your information</h2>",
        "<h2>2. How we use your information</h2><p>If you download the app, see <a href=\"/app-privacy\">its notice</a>.</p>");

    String md = extractor.extract(page.getBytes(StandardCharsets.UTF_8), "text/html", null, ExtractionRules.NONE).markdown();

    assertThat(md).contains("## 2. How we use your information\n\nIf you download the app, see its notice.\n");
  }

  @Test
  void detectsTheCharsetOfPagesWithoutADeclaration() throws Exception {
    String body = "<html><body><h1>Privacy “Notice”</h1><p>" + "We collect your name, and your number – for billing. ".repeat(6)
        + "</p></body></html>";
    Charset cp1252 = Charset.forName("windows-1252");

    String fromLegacy = extractor.extract(body.getBytes(cp1252), "text/html", null, ExtractionRules.NONE).markdown();
    String fromUtf8 = extractor.extract(body.getBytes(StandardCharsets.UTF_8), null, null, ExtractionRules.NONE).markdown();
    String declared = extractor.extract(body.getBytes(cp1252), "text/html; charset=windows-1252", null, ExtractionRules.NONE).markdown();

    assertThat(fromLegacy).startsWith("# Privacy “Notice”\n").contains("number – for").isEqualTo(fromUtf8).isEqualTo(declared);
  }

  @Test
  void sameBytesGiveTheSameText() throws Exception {
    byte[] page = Fixtures.bytes("privacy-km.html");

    assertThat(extractor.extract(page, "text/html", null, ExtractionRules.NONE))
        .isEqualTo(extractor.extract(page.clone(), "text/html", null, ExtractionRules.NONE));
  }
}
