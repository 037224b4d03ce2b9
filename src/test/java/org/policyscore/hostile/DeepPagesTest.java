package org.policyscore.hostile;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyscore.extract.ExtractedText;
import org.policyscore.extract.ExtractionException;
import org.policyscore.extract.ExtractionLimits;
import org.policyscore.extract.ExtractionRules;
import org.policyscore.extract.Extractor;
import org.policyscore.testing.CliRun;

/**
 * Pages nested far deeper than any real one: the text is still read (the walks keep no call
 * stack), every step is bounded, and a page that cannot be read is that document's error while
 * the rest of the batch goes on (exit 3, the summary naming it).
 */
class DeepPagesTest {
  @TempDir Path dir;

  private static String text(byte[] page) throws ExtractionException {
    ExtractedText t = new Extractor().extract(page, "text/html; charset=utf-8", "https://www.acme.example/p", ExtractionRules.NONE);
    return t.markdown();
  }

  @Test
  void fiveThousandNestedDivsGiveThePolicyText() throws Exception {
    byte[] page = HostileWorkspace.nested(5_000, "<div>", "</div>");
    assertThat(page.length).isBetween(50_000, 60_000);
    assertThat(text(page)).isEqualTo("# Privacy Notice\n\n" + HostileWorkspace.POLICY + "\n");
  }

  @Test
  void aMillionNestedDivsGiveThePolicyText() throws Exception {
    byte[] page = HostileWorkspace.nested(1_000_000, "<div>", "</div>");
    assertThat(page.length).isGreaterThan(11_000_000); // under the 16 MB limit
    assertThat(text(page)).isEqualTo("# Privacy Notice\n\n" + HostileWorkspace.POLICY + "\n");
  }

  @Test
  void deepListsQuotesTablesAndBannersStayBoundedAndReadable() throws Exception {
    // Each shape once made a recursive walk or an ancestor/descendant question per element.
    String[][] shapes = {
      {"<ul><li>", "</li></ul>"}, {"<blockquote>", "</blockquote>"}, {"<table><tr><td>", "</td></tr></table>"},
      {"<span>", "</span>"}, {"<header>", "</header>"}, {"<section class=menu>", "</section>"},
      {"<div><a href=/app>Download the app</a>", "</div>"}, {"<ol type=i start=3><li>clause", "</li></ol>"}
    };
    for (String[] shape : shapes) {
      byte[] page = HostileWorkspace.nested(20_000, shape[0], shape[1]);
      String md;
      try {
        md = text(page);
      } catch (ExtractionException e) {
        // header and menu wrappers are page chrome: the policy inside them is dropped with them
        assertThat(shape[0]).as(e.getMessage()).matches("<header>|<section class=menu>");
        assertThat(e.getMessage()).contains("characters of text");
        continue;
      }
      assertThat(md).as(shape[0]).contains(HostileWorkspace.POLICY);
      // Lists are indented at most 8 levels and quotes nested at most 8: output grows with the
      // page, not with the square of its depth.
      assertThat(md.length()).as(shape[0]).isLessThan(40 * 20_000 + 1_000);
      assertThat(md).as(shape[0]).doesNotContain("                  - ").doesNotContain("> > > > > > > > > >");
    }
  }

  @Test
  void aPageWithMoreTagsThanAnyPolicyIsRefusedBeforeParsing() {
    byte[] page = ("<html><body>" + "<b>".repeat(2_000_001) + "</body></html>").getBytes(UTF_8);
    assertThatThrownBy(() -> text(page)).isInstanceOf(ExtractionException.class)
        .hasMessage("refused: the HTML page has more than 2,000,000 tags; no policy page has that many");
  }

  @Test
  void theTimeLimitCoversTheWholeExtractionNotOnlyTheParse() {
    Extractor impatient = new Extractor(ExtractionLimits.DEFAULT.withParseTimeout(Duration.ofMillis(1)));
    byte[] page = HostileWorkspace.nested(200_000, "<div>", "</div>");
    assertThatThrownBy(() -> impatient.extract(page, "text/html", null, ExtractionRules.NONE))
        .isInstanceOf(ExtractionException.class).hasMessageStartingWith("gave up after the parse timeout");
  }

  @Test
  void oneUnreadablePageIsThatDocumentsErrorAndTheBatchGoesOn() throws Exception {
    HostileWorkspace ws = new HostileWorkspace(dir);
    HostileWorkspace.requireOk(ws.importPage("privacy", "deep.html", HostileWorkspace.nested(5_000, "<div>", "</div>"),
        "2026-01-10"));
    byte[] tooManyTags = ("<html><body>" + "<i>".repeat(2_100_000) + "</body></html>").getBytes(UTF_8);
    HostileWorkspace.requireOk(ws.importPage("terms", "tags.html", tooManyTags, "2026-01-10"));

    CliRun extract = ws.cli("extract", "acme");

    assertThat(extract.exitCode()).as(extract.out() + extract.err()).isEqualTo(3);
    assertThat(extract.out())
        .containsPattern("acme/privacy/en +1 snapshot\\(s\\) -> 1 version\\(s\\)")
        .containsPattern("acme/terms/en +no text")
        .contains("error: snapshot 20260110T000000Z: refused: the HTML page has more than 2,000,000 tags")
        .contains("2 document(s): 1 text version(s)").contains("1 failed");
    assertThat(extract.err()).doesNotContain("Exception").doesNotContain("\tat ");
    Path text = dir.resolve("policies/text/acme/privacy/en/20260110T000000Z.md");
    assertThat(Files.readString(text)).contains(HostileWorkspace.POLICY);
  }

  @Test
  void runWritesItsReportWhenOneDocumentCannotBeRead() throws Exception {
    HostileWorkspace ws = new HostileWorkspace(dir);
    HostileWorkspace.requireOk(ws.importPage("privacy", "deep.html",
        HostileWorkspace.nested(1_000_000, "<div>", "</div>"), "2026-01-10"));
    HostileWorkspace.requireOk(ws.importPage("terms", "binary.html", new byte[] {'<', 'p', '>', 0, 1, 2, 3}, "2026-01-10"));

    CliRun run = ws.cli("run", "acme", "--offline", "--year", "2026");

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(3);
    assertThat(run.out()).contains("acme/terms/en").contains("not an HTML page: it holds binary data")
        .contains("report: reports/acme/2026/report.html");
    assertThat(dir.resolve("reports/acme/2026/report.html")).exists();
    assertThat(dir.resolve("policies/text/acme/privacy/en/20260110T000000Z.md")).content().contains(HostileWorkspace.POLICY);
  }

  @Test
  void diffOfTwoDeepSavedCopiesWorks() throws Exception {
    Path older = dir.resolve("older.html");
    Path newer = dir.resolve("newer.html");
    Files.write(older, HostileWorkspace.nested(5_000, "<div>", "</div>"));
    Files.write(newer, new String(HostileWorkspace.nested(5_000, "<div>", "</div>"), UTF_8)
        .replace("twelve months", "six months").getBytes(UTF_8));

    CliRun diff = CliRun.of("--workspace", dir.toString(), "diff", older.toString(), newer.toString());

    assertThat(diff.exitCode()).as(diff.err()).isZero();
    assertThat(diff.out()).contains("six").contains("twelve");
  }
}
