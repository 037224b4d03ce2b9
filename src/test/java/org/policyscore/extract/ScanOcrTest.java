package org.policyscore.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyscore.archive.DocumentKey;
import org.policyscore.text.DamageFlag;

/**
 * Scans: a page image, and a PDF that is only images, are read by OCR (Tesseract, khm+eng), and
 * the text version records it and stays flagged for a person to check. To keep the suite quick
 * the scan is the top part of page 1 of the Khmer privacy notice (the benchmark reads every
 * page). Where Tesseract or pdftoppm is missing these tests are skipped, and the last test
 * shows what the tool then says.
 */
class ScanOcrTest {
  @TempDir Path dir;

  private final Extractor extractor = new Extractor(ExtractionLimits.DEFAULT.withMinTextChars(40));

  @AfterEach
  void restorePath() {
    ExternalCommand.searchPath = System.getenv("PATH");
    OcrEngine.forget();
  }

  private static void requireOcr() {
    assumeTrue(PdfReader.ocrMissing().isEmpty(), "skipped: " + PdfReader.ocrMissing().orElse("")
        + "; install tesseract-ocr, tesseract-ocr-khm, tesseract-ocr-eng and poppler-utils (.ci/install-ocr)");
  }

  /** The top third of the scanned page: the title, the date and section 1. */
  static byte[] scanTop() throws Exception {
    BufferedImage page = ImageIO.read(new ByteArrayInputStream(PublishedCorpus.bytes("scan/privacy-km.png")));
    BufferedImage top = page.getSubimage(0, 0, page.getWidth(), page.getHeight() / 3);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(top, "png", out);
    return out.toByteArray();
  }

  /** A PDF with the image on its page and no text at all, as a scanner makes. */
  static byte[] imageOnlyPdf(byte[] png) throws Exception {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    try (PDDocument doc = new PDDocument()) {
      float width = PDRectangle.A4.getWidth();
      float height = width * image.getHeight() / image.getWidth();
      PDPage page = new PDPage(new PDRectangle(width, height));
      doc.addPage(page);
      PDImageXObject x = LosslessFactory.createFromImage(doc, image);
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.drawImage(x, 0, 0, width, height);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      doc.save(out);
      return out.toByteArray();
    }
  }

  @Test
  void aPageImageIsReadByOcr() throws Exception {
    requireOcr();

    ExtractedText text = extractor.extract(scanTop(), null, "https://www.smartnas.example/scan.png", ExtractionRules.NONE);

    assertThat(text.format()).isEqualTo(SourceFormat.IMAGE);
    assertThat(text.markdown()).contains("សេចក្តីជូនដំណឹងស្តីពីឯកជនភាព").contains("SmartNas");
    assertThat(text.ocr()).hasValueSatisfying(o -> {
      assertThat(o.languages()).isEqualTo("khm+eng");
      assertThat(o.engine()).startsWith("tesseract");
      assertThat(o.meanConfidence()).isBetween(50.0, 100.0);
    });
  }

  @Test
  void aScannedPdfGivesATextVersionMarkedOcrAndFlaggedForAPerson() throws Exception {
    requireOcr();
    byte[] pdf = imageOnlyPdf(scanTop());
    DocumentKey key = new DocumentKey("smartnas", "privacy", "km");

    DocumentResult result = new VersionBuilder(extractor).build(key, ExtractionRules.NONE,
        List.of(new SnapshotInput("20260301T000000Z", "ab12", "application/pdf", "", () -> pdf)));

    assertThat(result.failures()).isEmpty();
    TextVersion v = result.versions().get(0);
    assertThat(v.metadata().format()).isEqualTo(SourceFormat.PDF);
    assertThat(v.text()).contains("សេចក្តីជូនដំណឹងស្តីពីឯកជនភាព");
    assertThat(v.metadata().ocr()).hasValueSatisfying(o -> assertThat(o.pages()).containsExactly(1));
    assertThat(v.metadata().flags()).extracting(DamageFlag::code).contains(DamageFlag.OCR);
    assertThat(result.newestFlags()).filteredOn(f -> f.code().equals(DamageFlag.OCR)).singleElement()
        .satisfies(f -> assertThat(f.where()).startsWith("page 1 read by OCR (tesseract").contains("check quotes"));

    // The record survives a round trip through the metadata file.
    Path sidecar = dir.resolve("v.json");
    Files.writeString(sidecar, v.metadata().toJson(key, v.timestamp()));
    assertThat(Files.readString(sidecar)).contains("\"ocr\": {\"engine\": \"tesseract");
    assertThat(VersionMetadata.read(sidecar)).isEqualTo(v.metadata());
  }

  @Test
  void withoutOcrTheToolSaysWhatItCouldNotDo() throws Exception {
    ExternalCommand.searchPath = dir.toString(); // a machine with neither Tesseract nor poppler
    OcrEngine.forget();
    byte[] png = scanTop();

    assertThatThrownBy(() -> extractor.extract(imageOnlyPdf(png), "application/pdf", null, ExtractionRules.NONE))
        .isInstanceOf(ExtractionException.class)
        .hasMessageStartingWith("only 0 characters of text")
        .hasMessageContaining("page 1 of 1 have no usable text layer (a scan?) and were not read: OCR needs Tesseract"
            + " (Debian packages tesseract-ocr, tesseract-ocr-khm, tesseract-ocr-eng), which is not installed");
    assertThatThrownBy(() -> extractor.extract(png, "image/png", null, ExtractionRules.NONE))
        .isInstanceOf(ExtractionException.class)
        .hasMessage("an image has no text to extract without OCR: OCR needs Tesseract (Debian packages tesseract-ocr,"
            + " tesseract-ocr-khm, tesseract-ocr-eng), which is not installed");
    // A PDF with a text layer needs none of it.
    assertThat(extractor.extract(PublishedCorpus.bytes("pdf/terms-km.chromium.pdf"), null, null, ExtractionRules.NONE)
        .markdown()).startsWith("# លក្ខខណ្ឌនៃសេវាកម្មទូរស័ព្ទចល័ត");
  }
}
