package org.policyscore.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyscore.InvalidInputException;

/** Reading a journalist's saved copies: PDF, HTML, text; and refusing what is none of them. */
class SavedCopyTest {
  @TempDir Path tmp;

  @BeforeAll
  static void quietPdfBox() {
    // PDFBox, writing the test's PDF, logs through Log4j 2; keep it off the build output
    System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    System.setProperty("log4j2.StatusLogger.level", "OFF");
  }

  @Test
  void aPdfCopyDiffsAgainstTheTextItWasMadeFrom() throws Exception {
    Path pdf = tmp.resolve("notice.pdf");
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage();
      doc.addPage(page);
      try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
        s.beginText();
        s.setFont(PDType1Font.HELVETICA, 11);
        s.setLeading(16);
        s.newLineAtOffset(50, 700);
        for (String line : new String[] {"Information we collect",
            "We collect your name and identity card number.",
            "We collect call detail records.",
            "We collect the location of your device from the cell towers it connects to.",
            "We keep call detail records for two years after the call.",
            "You can ask for a copy of the personal data we hold about you."}) {
          s.showText(line);
          s.newLine();
        }
        s.endText();
      }
      doc.save(pdf.toFile());
    }
    Path txt = tmp.resolve("notice.txt");
    Files.writeString(txt, "Information we collect\nWe collect your name and passport number.\n"
        + "We collect call detail records.\n"
        + "We collect the location of your device from the cell towers it connects to.\n"
        + "We keep call detail records for two years after the call.\n"
        + "You can ask for a copy of the personal data we hold about you.\n");
    TextSide older = SavedCopy.read(pdf.toString(), null, Duration.ofSeconds(5));
    TextSide newer = SavedCopy.read(txt.toString(), null, Duration.ofSeconds(5));
    assertThat(older.lang()).isEqualTo("en");
    assertThat(older.citation().sha256()).isEqualTo(TextSide.sha256(Files.readAllBytes(pdf)));
    assertThat(older.citation().hashOf()).isEqualTo(Citation.HashOf.FILE);
    assertThat(DiffFormat.TEXT.render(PolicyDiff.compare(older, newer), null, false))
        .contains("file SHA-256: " + TextSide.sha256(Files.readAllBytes(pdf)))
        .contains("file SHA-256: " + TextSide.sha256(Files.readAllBytes(txt)))
        .doesNotContain("copy");
    DiffResult diff = PolicyDiff.compare(older, newer);
    assertThat(diff.summary()).isEqualTo("0 added, 0 removed, 1 changed, 0 moved");
    assertThat(diff.changes().get(0).spans()).anySatisfy(s -> assertThat(s.text()).contains("passport"));
  }

  @Test
  void aKhmerPageIsReadAsKhmerWithItsHeadingsAndWithoutItsMenu() throws Exception {
    Path html = tmp.resolve("km.html");
    Files.writeString(html, "<html><body><nav>ទំព័រដើម</nav><main><h2>១. ព័ត៌មានដែលយើងប្រមូល</h2>"
        + "<ul><li>យើងប្រមូលឈ្មោះរបស់អ្នក។</li><li>យើងប្រមូលទីតាំង។</li></ul>"
        + "<p>យើងប្រមូលកំណត់ត្រាការហៅ រួមទាំងលេខដែលអ្នកហៅ ពេលវេលា និងរយៈពេលនៃការហៅនីមួយៗ។</p>"
        + "<p>យើងរក្សាទុកកំណត់ត្រាការហៅរយៈពេលពីរឆ្នាំបន្ទាប់ពីការហៅ។</p>"
        + "<p>អ្នកអាចស្នើឱ្យយើងកែតម្រូវព័ត៌មានដែលមិនត្រឹមត្រូវ។</p></main></body></html>");
    TextSide side = SavedCopy.read(html.toString(), null, Duration.ofSeconds(5));
    assertThat(side.lang()).isEqualTo("km");
    assertThat(side.text()).contains("## ១. ព័ត៌មានដែលយើងប្រមូល\n").contains("- យើងប្រមូលឈ្មោះរបស់អ្នក។\n")
        .doesNotContain("ទំព័រដើម");
    assertThat(new UnitSplitter().split(side.text())).extracting(Unit::text)
        .contains("១. ព័ត៌មានដែលយើងប្រមូល", "យើងប្រមូលឈ្មោះរបស់អ្នក។", "យើងប្រមូលទីតាំង។");
  }

  @Test
  void aPageWithAlmostNoTextIsRefusedNamingIt() throws IOException {
    Path html = tmp.resolve("blank.html");
    Files.writeString(html, "<html><body><div id=app>Loading…</div></body></html>");
    assertThatThrownBy(() -> SavedCopy.read(html.toString(), null, Duration.ofSeconds(5)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("blank.html").hasMessageContaining("characters of text");
  }

  @Test
  void aBinaryFileIsRefusedNamingIt() throws IOException {
    Path bin = tmp.resolve("photo.jpg");
    Files.write(bin, new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0, 1, 2, 3});
    assertThatThrownBy(() -> SavedCopy.read(bin.toString(), null, Duration.ofSeconds(5)))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("photo.jpg").hasMessageContaining("not a text, Markdown, HTML or PDF file");
  }

  @Test
  void colourIsUsedOnlyWhenAskedAndThenReplacesTheBrackets() {
    DiffResult diff = DiffFixtures.diff("en", "reworded-clause");
    String plain = DiffFormat.TEXT.render(diff, null, false);
    String coloured = DiffFormat.TEXT.render(diff, null, true);
    assertThat(plain).doesNotContain("\u001B[").contains("{+marketing +}");
    assertThat(coloured).contains("\u001B[32m\u001B[4mmarketing \u001B[0m").doesNotContain("{+");
  }
}
