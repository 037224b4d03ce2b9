package org.policyscore.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.policyscore.text.KhmerDamageCheck;

/**
 * Khmer and English policies printed to PDF by Chromium and LibreOffice (from the page and
 * from a Word file), and the Word files themselves, read back as their source says: at least
 * 0.99 character similarity, no U+FFFD, no broken cluster, no damage flag. Tika's PDF parser
 * read the Khmer PDFs at 0.57-0.65 with up to 169 U+FFFD each (see PublishedPdfBenchmark).
 */
class PublishedPdfTest {
  private final Extractor extractor = new Extractor();

  static List<Arguments> files() {
    List<Arguments> out = new ArrayList<>();
    for (String page : PublishedCorpus.PAGES) {
      for (String producer : PublishedCorpus.PRODUCERS) {
        out.add(Arguments.of(page, "pdf/" + page + "." + producer + ".pdf"));
      }
      out.add(Arguments.of(page, "docx/" + page + ".docx"));
    }
    return out;
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("files")
  void readsAsTheSourceSays(String page, String file) throws Exception {
    ExtractedText text = extractor.extract(PublishedCorpus.bytes(file), null, file, ExtractionRules.NONE);

    String md = text.markdown();
    assertThat(TextSimilarity.of(PublishedCorpus.expected(page), md)).as("similarity of " + file).isGreaterThanOrEqualTo(0.99);
    assertThat(TextSimilarity.replacementChars(md)).as("U+FFFD").isZero();
    assertThat(TextSimilarity.brokenClusters(md)).as("spaces inside Khmer clusters").isZero();
    assertThat(KhmerDamageCheck.check(md, PublishedCorpus.lang(page))).as("damage flags").isEmpty();
    assertThat(text.ocr()).as("read from the text layer, not by OCR").isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("producers")
  void headingsAndListItemsSurvive(String producer) throws Exception {
    String md = extractor.extract(PublishedCorpus.bytes("pdf/privacy-km." + producer + ".pdf"), "application/pdf", null,
        ExtractionRules.NONE).markdown();

    assertThat(md).startsWith("# សេចក្តីជូនដំណឹងស្តីពីឯកជនភាព\n")
        .contains("\n## ៦. សិទ្ធិរបស់អ្នក\n")
        // a Khmer line that wrapped between two words is joined without a space
        .contains("សេចក្តីជូនដំណឹងនេះពន្យល់ពីរបៀបដែលយើងប្រមូល ប្រើប្រាស់ រក្សាទុក និងចែករំលែកព័ត៌មានផ្ទាល់ខ្លួនរបស់អ្នក");
    if (!producer.equals("chromium")) {
      // Chromium draws bullets as shapes, not characters: its items become plain paragraphs
      assertThat(md).contains("\n- កំណត់ត្រាការហៅ សារ SMS និងការប្រើប្រាស់ទិន្នន័យ។\n");
    }
  }

  static List<String> producers() {
    return PublishedCorpus.PRODUCERS;
  }
}
