package org.policyscore.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policyscore.archive.DocumentKey;

/** Each bad input gives a clear error for that document, within the limits; nothing crashes. */
class BadInputTest {

  private final Extractor extractor = new Extractor();

  @Test
  void emptyPage() {
    assertThatThrownBy(() -> extractor.extract(new byte[0], "text/html", null, ExtractionRules.NONE))
        .isInstanceOf(ExtractionException.class).hasMessage("the snapshot is empty (0 bytes)");
    byte[] shell = "<html><body><div id=\"__next\"></div><script>load()</script></body></html>".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> extractor.extract(shell, "text/html", null, ExtractionRules.NONE))
        .hasMessageStartingWith("only 0 characters of text (fewer than 200): not a policy, or the page did not load");
  }

  @Test
  void fiftyMegabytePageIsRefusedBeforeParsing() {
    byte[] big = new byte[50 << 20];
    Arrays.fill(big, (byte) 'a');
    System.arraycopy("<html><body><p>".getBytes(StandardCharsets.US_ASCII), 0, big, 0, 15);
    long start = System.nanoTime();

    assertThatThrownBy(() -> extractor.extract(big, "text/html", null, ExtractionRules.NONE))
        .isInstanceOf(ExtractionException.class)
        .hasMessage("refused: the HTML page is 50.0 MB, over the limit of 16.0 MB");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void malformedHtmlIsReadAsBrowsersRecoverIt() throws Exception {
    String page = Fixtures.text("terms-en.html");
    // Unclosed elements, a stray end tag, an unquoted attribute and a page cut off mid-tag.
    String broken = page.replace("</p>", "").replace("</li>", "").replace("<h2>5.", "</div></span><h2 class=x y>5.")
        .substring(0, page.indexOf("Questions?") - 40) + "<p class=\"tr";

    String md = extractor.extract(broken.getBytes(StandardCharsets.UTF_8), "text/html", null, ExtractionRules.NONE).markdown();

    assertThat(md).startsWith("# Terms and Conditions of Mobile Service\n\nEffective from 1 March 2026.\n\n## 1. Definitions\n")
        .contains("3.2 We will notify affected customers", "## 5. Changes to these Terms")
        .doesNotContain("Take control", "cookies");
  }

  @Test
  void binaryGarbageServedAsHtmlIsNotAPolicy() {
    byte[] garbage = new byte[4096];
    new java.util.Random(7).nextBytes(garbage);
    garbage[0] = '<';

    assertThatThrownBy(() -> extractor.extract(garbage, "text/html", null, ExtractionRules.NONE))
        .isInstanceOf(ExtractionException.class).hasMessage("not an HTML page: it holds binary data");
  }

  @Test
  void truncatedPdf() {
    byte[] pdf = MiniPdf.of(List.of("Privacy Notice", "We keep call detail records for 12 months.".repeat(8)), false);
    byte[] truncated = Arrays.copyOf(pdf, pdf.length / 3);

    assertThatThrownBy(() -> extractor.extract(truncated, "application/pdf", null, ExtractionRules.NONE))
        .isInstanceOf(ExtractionException.class)
        .satisfies(e -> assertThat(e.getMessage()).matches("(could not be parsed: |only \\d+ characters).*"));
  }

  @Test
  void docxZipBombIsRefused() {
    byte[] bomb = MiniDocx.bomb(64L << 20);
    assertThat(bomb.length).isLessThan(1 << 20);
    long start = System.nanoTime();

    assertThatThrownBy(() -> extractor.extract(bomb, null, "https://www.smartnas.example/terms.docx", ExtractionRules.NONE))
        .isInstanceOf(ExtractionException.class)
        .hasMessage("refused: zip entry 'word/document.xml' unpacks more than 100 times its packed size (zip bomb?)");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
  }

  @Test
  void aParseThatRunsTooLongIsAbandoned() {
    Extractor impatient = new Extractor(ExtractionLimits.DEFAULT.withParseTimeout(Duration.ofNanos(1)));
    byte[] pdf = MiniPdf.of(List.of("Privacy Notice", "We keep call detail records for 12 months.".repeat(8)), false);

    assertThatThrownBy(() -> impatient.extract(pdf, "application/pdf", null, ExtractionRules.NONE))
        .isInstanceOf(ExtractionException.class).hasMessage("gave up after the parse timeout of 0 s");
  }

  @Test
  void theBatchGoesOnPastBadDocuments() {
    VersionBuilder builder = new VersionBuilder(extractor);
    DocumentKey key = new DocumentKey("smartnas", "terms", "en");
    List<SnapshotInput> snapshots = List.of(
        new SnapshotInput("20260101T000000Z", "aa", "text/html", "", () -> new byte[0]),
        new SnapshotInput("20260102T000000Z", "bb", "application/pdf", "", () -> Arrays.copyOf(MiniPdf.of(List.of("x"), false), 30)),
        new SnapshotInput("20260103T000000Z", "cc", "", "", () -> MiniDocx.bomb(32L << 20)),
        new SnapshotInput("20260104T000000Z", "dd", "text/html", "", () -> Fixtures.bytes("terms-en.html")),
        new SnapshotInput("20260105T000000Z", "ee", "text/html", "", () -> {
          throw new java.io.IOException("snapshot file missing");
        }));

    DocumentResult result = builder.build(key, ExtractionRules.NONE, snapshots);

    assertThat(result.versions()).extracting(TextVersion::timestamp).containsExactly("20260104T000000Z");
    assertThat(result.failures()).extracting(SnapshotFailure::sha256).containsExactly("aa", "bb", "cc", "ee");
    assertThat(result.failures().get(3).problem()).isEqualTo("could not read the snapshot: snapshot file missing");
    assertThat(result.failed()).as("the newest snapshot gave no text").isTrue();
  }
}
