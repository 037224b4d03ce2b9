package org.policyscore.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyscore.archive.DocumentKey;

class TextRebuildTest {

  private static SnapshotInput fixture(String timestamp, String name) {
    return new SnapshotInput(timestamp, "sha-" + name, "text/html", "", () -> Fixtures.bytes(name));
  }

  @Test
  void rebuildsEveryDocumentGoesOnPastFailuresAndComparesLanguages(@TempDir Path root) throws Exception {
    TextVersionStore store = new TextVersionStore(root);
    TextRebuild rebuild = new TextRebuild(new Extractor(), store);
    List<DocumentSource> docs = List.of(
        new DocumentSource(new DocumentKey("smartnas", "privacy", "en"), ExtractionRules.NONE,
            List.of(fixture("20260101T000000Z", "privacy-en.html"))),
        new DocumentSource(new DocumentKey("smartnas", "privacy", "km"), ExtractionRules.NONE,
            List.of(fixture("20260101T000000Z", "privacy-km.html"), fixture("20260102T000000Z", "privacy-km-zwsp.html"))),
        new DocumentSource(new DocumentKey("smartnas", "terms", "en"), ExtractionRules.select("#terms-body"),
            List.of(fixture("20260101T000000Z", "terms-en.html"))),
        new DocumentSource(new DocumentKey("metfone", "privacy", "en"), ExtractionRules.NONE, List.of()));

    TextRebuild.Summary summary = rebuild.run(docs);

    assertThat(summary.failedDocuments()).isEqualTo(2);
    assertThat(summary.outcomes()).extracting(o -> o.result().versions().size()).containsExactly(1, 1, 0, 0);
    assertThat(summary.outcomes().get(2).result().failures().get(0).problem())
        .isEqualTo("select '#terms-body' matches nothing on the page");
    assertThat(summary.outcomes().get(3).result().failures().get(0).problem()).startsWith("no snapshot in the archive");
    assertThat(store.timestamps(new DocumentKey("smartnas", "privacy", "km"))).containsExactly("20260101T000000Z");

    assertThat(summary.languages()).singleElement().satisfies(pair -> {
      assertThat(pair.document()).isEqualTo("privacy");
      assertThat(pair.result().onlyEn()).containsOnlyKeys("6");
      assertThat(pair.result().onlyKm()).isEmpty();
      assertThat(pair.result().findings()).containsExactly(
          "section 6 is in English only: 6. Changes to this notice", "English has 8 headings, Khmer 7");
    });
  }

  @Test
  void aDocumentWhoseSnapshotsAllFailKeepsItsVersions(@TempDir Path root) throws Exception {
    TextVersionStore store = new TextVersionStore(root);
    TextRebuild rebuild = new TextRebuild(new Extractor(), store);
    DocumentKey key = new DocumentKey("smartnas", "terms", "en");
    rebuild.run(List.of(new DocumentSource(key, ExtractionRules.NONE, List.of(fixture("20260101T000000Z", "terms-en.html")))));

    TextRebuild.Summary summary = rebuild.run(List.of(new DocumentSource(key, ExtractionRules.select("#gone"),
        List.of(fixture("20260101T000000Z", "terms-en.html")))));

    assertThat(summary.outcomes().get(0).kept()).isTrue();
    assertThat(store.timestamps(key)).containsExactly("20260101T000000Z");
  }

  @Test
  void termsInTwoLanguagesDifferInTheirClauses() {
    var result = org.policyscore.text.LanguageCheck.compare(Fixtures.text("terms-en.md"), Fixtures.text("terms-km.md"));

    assertThat(result.onlyEn()).containsOnlyKeys("2.2");
    assertThat(result.onlyKm()).isEmpty();
  }
}
