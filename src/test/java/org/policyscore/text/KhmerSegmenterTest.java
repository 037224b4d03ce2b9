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
}
