package org.policyscore.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class KhmerSegmenterTest {

  // "We do not sell your personal data." (a clause of the fixture privacy notice)
  private static final String SENTENCE = "យើងមិនលក់ទិន្នន័យផ្ទាល់ខ្លួនរបស់អ្នកទេ។";

  @Test
  void icuSplitsKhmerIntoWordsWhereTheJdkCannot() {
    assertThat(KhmerSegmenter.words(SENTENCE)).isEqualTo(WORDS);

    java.text.BreakIterator jdk = java.text.BreakIterator.getWordInstance(Locale.forLanguageTag("km"));
    jdk.setText(SENTENCE);
    int jdkSegments = 0;
    while (jdk.next() != java.text.BreakIterator.DONE) {
      jdkSegments++;
    }
    assertThat(jdkSegments).as("JDK word segments").isLessThan(WORDS.size());
  }

  private static final List<String> WORDS = List.of("យើង", "មិន", "លក់", "ទិន្នន័យ", "ផ្ទាល់ខ្លួន", "របស់", "អ្នក", "ទេ");

  @Test
  void sentencesEndAtKhanAndBariyoosan() {
    String text = "យើងរក្សាទុកទិន្នន័យ។ អ្នកអាចស្នើសុំច្បាប់ចម្លង៕ We reply within 30 days. Thank you.";

    assertThat(KhmerSegmenter.sentences(text)).containsExactly(
        "យើងរក្សាទុកទិន្នន័យ។", "អ្នកអាចស្នើសុំច្បាប់ចម្លង៕", "We reply within 30 days.", "Thank you.");
  }

  @Test
  void sentenceSpansPointIntoTheText() {
    String text = "  ក។ ខ។  ";
    List<int[]> spans = KhmerSegmenter.sentenceSpans(text);

    assertThat(spans).hasSize(2);
    assertThat(text.substring(spans.get(1)[0], spans.get(1)[1])).isEqualTo("ខ។");
  }

  @Test
  void zeroWidthSpacesRemovedGiveTheSameWords() {
    String hinted = String.join("\u200B", WORDS) + "។";

    assertThat(KhmerSegmenter.words(TextNormalizer.normalize(hinted).strip())).isEqualTo(WORDS);
  }

  @Test
  void aFinalConsonantStaysWithItsSyllable() {
    // ICU gives "គា|ត់ងួន": a pronoun followed by a name it does not know
    assertThat(KhmerSegmenter.words("គាត់ងួនបានទៅ")).containsExactly("គាត់", "ងួន", "បាន", "ទៅ");
  }

  @Test
  void khmerDigitsAreWordsOfTheirOwn() {
    assertThat(KhmerSegmenter.words("ជាង២៥លានរៀល")).containsExactly("ជាង", "២៥", "លាន", "រៀល");
    assertThat(KhmerSegmenter.words("កម្រិត១៩,៥ភាគរយ")).containsExactly("កម្រិត", "១៩,៥", "ភាគរយ");
  }

  @Test
  void neverCutsAfterACoengEvenInMisspeltWords() {
    // a spelling found in real text (ិ typed before ្ត); ICU cuts it "ប្រតិ្|តប|ត្តិ"
    assertThat(KhmerSegmenter.words("ប្រតិ្តបត្តិ")).containsExactly("ប្រតិ្ត", "បត្តិ");
  }

  @Test
  void zeroWidthSpacesAreWordBoundariesTheAuthorMarked() {
    String hinted = "ក្រុមហ៊ុន\u200Bស្មាត\u200Bណាស\u200Bផ្តល់";

    assertThat(KhmerSegmenter.words(hinted)).containsExactly("ក្រុមហ៊ុន", "ស្មាត", "ណាស", "ផ្តល់");
    assertThat(String.join("", KhmerSegmenter.segments(hinted))).isEqualTo(hinted);
  }

  @Test
  void segmentsJoinBackAndNeverCutACluster() throws Exception {
    for (String name : List.of("terms-km.md", "privacy-km.md", "privacy-en.md")) {
      String text = KhmerDamageCheckTest.fixture(name);
      assertThat(String.join("", KhmerSegmenter.segments(text))).isEqualTo(text);
      for (int b : KhmerSegmenter.boundaries(text)) {
        assertThat(KhmerClusters.isBoundary(text, b)).as("%s: boundary at %d", name, b).isTrue();
      }
      for (int b : KhmerSegmenter.lineBreaks(text)) {
        assertThat(KhmerClusters.isBoundary(text, b)).as("%s: line break at %d", name, b).isTrue();
      }
    }
  }

  @Test
  void englishIsSplitAsICUDoes() {
    assertThat(KhmerSegmenter.words("We keep call records for 12 months.")).containsExactly(
        "We", "keep", "call", "records", "for", "12", "months");
  }
}
