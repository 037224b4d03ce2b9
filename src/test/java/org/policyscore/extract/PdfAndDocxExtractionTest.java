package org.policyscore.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.policyscore.text.DamageFlag;
import org.policyscore.text.KhmerDamageCheck;

class PdfAndDocxExtractionTest {

  private final Extractor extractor = new Extractor(ExtractionLimits.DEFAULT.withMinTextChars(20));

  private static final List<String> KHMER_LINES = List.of(
      "យើងមិនលក់ទិន្នន័យផ្ទាល់ខ្លួនរបស់អ្នកទេ។",
      "យើងរក្សាទុកកំណត់ត្រាការហៅទូរស័ព្ទរយៈពេល ១២ ខែ។");

  @Test
  void englishPdfGivesItsParagraphs() throws Exception {
    byte[] pdf = MiniPdf.of(List.of("Privacy Notice", "We keep call detail records for 12 months."), false);

    ExtractedText text = extractor.extract(pdf, "application/pdf", "https://www.smartnas.example/privacy.pdf", ExtractionRules.NONE);

    assertThat(text.format()).isEqualTo(SourceFormat.PDF);
    assertThat(text.markdown()).isEqualTo("Privacy Notice\n\nWe keep call detail records for 12 months.\n");
  }

  /**
   * Policies are often published "protected": an owner password and an empty user password,
   * so anyone can open them but not edit them. These decrypt with the JDK's ciphers alone
   * (Bouncy Castle, left out of the jar, is only for PDFs encrypted to a certificate).
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.ValueSource(ints = {40, 128, 256})
  void permissionOnlyEncryptedPdfsAreRead(int keyLength) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument doc = PDDocument.load(MiniPdf.of(List.of("Privacy Notice", "We keep call detail records for 12 months."), false))) {
      org.apache.pdfbox.pdmodel.encryption.AccessPermission cannotCopy = new org.apache.pdfbox.pdmodel.encryption.AccessPermission();
      cannotCopy.setCanExtractContent(false);
      cannotCopy.setCanModify(false);
      var policy = new org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy("owner-secret", "", cannotCopy);
      policy.setEncryptionKeyLength(keyLength);
      doc.protect(policy);
      doc.save(out);
    }

    ExtractedText text = extractor.extract(out.toByteArray(), "application/pdf", null, ExtractionRules.NONE);

    assertThat(text.markdown()).isEqualTo("Privacy Notice\n\nWe keep call detail records for 12 months.\n");
  }

  @Test
  void khmerPdfWithAGoodCharacterMapGivesCleanKhmer() throws Exception {
    byte[] pdf = MiniPdf.of(KHMER_LINES, true);

    String md = extractor.extract(pdf, null, null, ExtractionRules.NONE).markdown();

    assertThat(md).isEqualTo(KHMER_LINES.get(0) + "\n\n" + KHMER_LINES.get(1) + "\n");
    assertThat(KhmerDamageCheck.check(md, "km")).isEmpty();
  }

  @Test
  void khmerPdfInVisualOrderIsFlaggedAsDamaged() throws Exception {
    // The vowel signs េ ែ ៃ drawn before their consonant and stored in that order, as PDF
    // producers without Khmer shaping support do: "ខែ" comes out as "ែខ".
    List<String> visual = KHMER_LINES.stream().map(PdfAndDocxExtractionTest::visualOrder).toList();
    byte[] pdf = MiniPdf.of(visual, true);

    String md = extractor.extract(pdf, "application/pdf", null, ExtractionRules.NONE).markdown();

    assertThat(KhmerDamageCheck.check(md, "km")).extracting(DamageFlag::code).contains("khmer-orphan-sign");
  }

  @Test
  void khmerPdfInALegacyFontIsFlaggedAsHavingAlmostNoKhmer() throws Exception {
    byte[] pdf = MiniPdf.of(KHMER_LINES, false);

    String md = extractor.extract(pdf, "application/pdf", null, ExtractionRules.NONE).markdown();

    assertThat(KhmerDamageCheck.check(md, "km")).extracting(DamageFlag::code).contains("few-khmer-letters");
  }

  /** Needs a font with Khmer glyphs to embed; CI machines may have none. */
  @Test
  void khmerPdfWithAnEmbeddedKhmerFontIsExtracted() throws Exception {
    Optional<Path> font = khmerFont();
    assumeThat(font).as("no Khmer TrueType font found (install fonts-khmeros); skipping the embedded-font PDF").isPresent();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      PDType0Font f = PDType0Font.load(doc, font.get().toFile());
      try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
        cs.beginText();
        cs.setFont(f, 14);
        cs.setLeading(40);
        cs.newLineAtOffset(50, 700);
        for (String line : KHMER_LINES) {
          cs.showText(line);
          cs.newLine();
        }
        cs.endText();
      }
      doc.save(out);
    }

    String md = extractor.extract(out.toByteArray(), "application/pdf", null, ExtractionRules.NONE).markdown();

    // PDFBox embeds the characters in logical order with a ToUnicode map, so they come back intact.
    assertThat(md.replace("\n", "")).isEqualTo(String.join("", KHMER_LINES));
    assertThat(KhmerDamageCheck.check(md, "km")).isEmpty();
  }

  @Test
  void docxGivesHeadingsAndParagraphs() throws Exception {
    byte[] docx = MiniDocx.of(List.of("# Terms and Conditions", "## 1. Definitions",
        "1.1 “Services” means the mobile services SmartNas provides.", "ប្រការ ២ អតិថិជនត្រូវចុះឈ្មោះស៊ីមកាត។"));

    ExtractedText text = extractor.extract(docx, "", "https://www.smartnas.example/terms.docx", ExtractionRules.NONE);

    assertThat(text.format()).isEqualTo(SourceFormat.DOCX);
    assertThat(text.markdown()).isEqualTo("""
        # Terms and Conditions

        ## 1. Definitions

        1.1 “Services” means the mobile services SmartNas provides.

        ប្រការ ២ អតិថិជនត្រូវចុះឈ្មោះស៊ីមកាត។
        """);
  }

  /** Moves each pre-base vowel (េ ែ ៃ) in front of its consonant and subscripts, as drawn. */
  static String visualOrder(String logical) {
    StringBuilder sb = new StringBuilder(logical);
    for (int i = 1; i < sb.length(); i++) {
      char c = sb.charAt(i);
      if (c >= '\u17C1' && c <= '\u17C3') {
        int start = i - 1;
        while (start >= 2 && sb.charAt(start - 1) == '\u17D2') {
          start -= 2; // a subscript consonant belongs to the cluster
        }
        if (sb.charAt(start) >= '\u1780' && sb.charAt(start) <= '\u17A2') {
          sb.deleteCharAt(i);
          sb.insert(start, c);
        }
      }
    }
    return sb.toString();
  }

  static Optional<Path> khmerFont() throws IOException {
    for (String dir : List.of("/usr/share/fonts", "/usr/local/share/fonts", System.getProperty("user.home") + "/.fonts")) {
      Path d = Path.of(dir);
      if (!Files.isDirectory(d)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(d)) {
        Optional<Path> f = files.filter(p -> {
          String n = p.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
          return n.endsWith(".ttf") && (n.equals("khmeros.ttf") || n.startsWith("notosanskhmer-regular")
              || n.startsWith("notoserifkhmer-regular") || n.equals("khmerossys.ttf"));
        }).sorted().findFirst();
        if (f.isPresent()) {
          return f;
        }
      }
    }
    return Optional.empty();
  }
}
