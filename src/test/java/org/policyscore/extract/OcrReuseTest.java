package org.policyscore.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyscore.archive.DocumentKey;

/**
 * {@code run} does not read a scan by OCR again when its text version says the same engine read
 * those very bytes; anything else is read again. The snapshots here count how often their bytes
 * are loaded: a snapshot that is read is loaded, one whose earlier reading stands is not.
 */
class OcrReuseTest {
  @TempDir Path dir;

  private final Extractor extractor = new Extractor(ExtractionLimits.DEFAULT.withMinTextChars(40));
  private final DocumentKey key = new DocumentKey("smart", "privacy", "km");

  private static SnapshotInput snapshot(String sha, byte[] bytes, AtomicInteger loads) {
    return new SnapshotInput("20260110T000000Z", sha, "application/pdf", "https://www.smartnas.example/privacy.pdf",
        () -> {
          loads.incrementAndGet();
          return bytes;
        });
  }

  /** A version of {@code text} made from the snapshot {@code sha} by OCR with {@code ocr}. */
  private TextVersion version(String sha, String text, String extractorVersion, OcrInfo ocr) {
    VersionMetadata read = VersionBuilder.metadata(key, snapshot(sha, new byte[0], new AtomicInteger()),
        new ExtractedText(text, SourceFormat.PDF, List.of(), java.util.Optional.ofNullable(ocr)));
    VersionMetadata m = new VersionMetadata(read.snapshots(), read.format(), extractorVersion, read.textSha256(),
        read.paragraphScripts(), read.flags(), read.statedDates(), read.ocr());
    return new TextVersion(key, "20260110T000000Z", text, m);
  }

  @Test
  void aScanReadByTheEngineInstalledNowIsNotReadAgain() throws Exception {
    assumeTrue(PdfReader.ocrMissing().isEmpty(), "skipped: OCR is not installed here ("
        + PdfReader.ocrMissing().orElse("") + "); .ci/install-ocr installs it");
    byte[] scan = ScanOcrTest.imageOnlyPdf(ScanOcrTest.scanTop());
    VersionBuilder builder = new VersionBuilder(extractor);
    AtomicInteger loads = new AtomicInteger();

    DocumentResult first = builder.build(key, ExtractionRules.NONE, List.of(snapshot("a1", scan, loads)));
    DocumentResult again = builder.build(key, ExtractionRules.NONE, List.of(snapshot("a1", scan, loads)),
        first.versions());

    assertThat(first.versions().get(0).metadata().ocr()).isPresent();
    assertThat(loads).hasValue(1);
    assertThat(again.versions()).isEqualTo(first.versions());
    assertThat(again.failures()).isEmpty();
  }

  @Test
  void anythingElseIsReadAgain() throws Exception {
    // what the bytes are does not matter here, only whether they are loaded: plain text is quick
    byte[] scan = "The company collects customers' personal information to provide its services.".repeat(2)
        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    String text = "ក្រុមហ៊ុនប្រមូលព័ត៌មានផ្ទាល់ខ្លួនរបស់អតិថិជន ដើម្បីផ្តល់សេវាទូរស័ព្ទ។ ".repeat(3);
    OcrInfo byAnOldEngine = new OcrInfo("tesseract 0.1.0", OcrEngine.LANGUAGES, List.of(1), 90.0, 30);
    OcrInfo byTheEngineNow = new OcrInfo(OcrEngine.availability().description(), OcrEngine.LANGUAGES, List.of(1), 90, 30);
    List<TextVersion> earlierReadings = List.of(
        version("old-engine", text, Extractor.VERSION, byAnOldEngine),
        version("old-extractor", text, "1", byTheEngineNow),
        version("no-ocr", text, Extractor.VERSION, null));
    VersionBuilder builder = new VersionBuilder(extractor);

    for (String sha : List.of("old-engine", "old-extractor", "no-ocr", "another-snapshot")) {
      AtomicInteger loads = new AtomicInteger();
      builder.build(key, ExtractionRules.NONE, List.of(snapshot(sha, scan, loads)), earlierReadings);
      assertThat(loads).as(sha).hasValue(1);
    }
  }

  @Test
  void extractReadsEverySnapshotAgainAndRunKeepsTheScansItMay() throws Exception {
    assumeTrue(PdfReader.ocrMissing().isEmpty(), "skipped: OCR is not installed here");
    byte[] scan = ScanOcrTest.imageOnlyPdf(ScanOcrTest.scanTop());
    TextVersionStore store = new TextVersionStore(dir.resolve("text"));
    AtomicInteger loads = new AtomicInteger();
    DocumentSource doc = new DocumentSource(key, ExtractionRules.NONE, List.of(snapshot("a1", scan, loads)),
        java.util.Optional.empty());

    new TextRebuild(extractor, store).run(List.of(doc));
    new TextRebuild(extractor, store, true).run(List.of(doc));
    assertThat(loads).as("run, after extract").hasValue(1);
    new TextRebuild(extractor, store).run(List.of(doc));
    assertThat(loads).as("extract again").hasValue(2);
    assertThat(store.versions(key)).hasSize(1);
  }
}
