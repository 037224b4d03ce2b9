package org.policyscore.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * Khmer word and sentence segmentation with ICU4J. Khmer writes no spaces between words and
 * the JDK's BreakIterator has no Khmer dictionary; ICU's word iterator has one, and its
 * sentence iterator ends sentences at ។ (khan) and ៕ (bariyoosan) as well as at Latin
 * punctuation. Works on mixed Khmer and English text too. Remove U+200B first
 * ({@link TextNormalizer}) so that hints in the page do not change the result.
 */
public final class KhmerSegmenter {
  private KhmerSegmenter() {}

  private static final ULocale KHMER = new ULocale("km");

  /** The words of the text: segments that hold a letter or digit, without spaces and punctuation. */
  public static List<String> words(String text) {
    BreakIterator it = BreakIterator.getWordInstance(KHMER);
    it.setText(text);
    List<String> out = new ArrayList<>();
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      if (it.getRuleStatus() != BreakIterator.WORD_NONE) {
        out.add(text.substring(start, end));
      }
    }
    return out;
  }

  /** The sentences of the text, each stripped of surrounding whitespace, empty ones left out. */
  public static List<String> sentences(String text) {
    return sentenceSpans(text).stream().map(s -> text.substring(s[0], s[1])).toList();
  }

  /**
   * Sentences as [start, end) offsets into the text, whitespace trimmed: evidence quotes keep
   * their offsets into the version.
   */
  public static List<int[]> sentenceSpans(String text) {
    BreakIterator it = BreakIterator.getSentenceInstance(KHMER);
    it.setText(text);
    List<int[]> out = new ArrayList<>();
    int start = it.first();
    for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
      int s = start;
      int e = end;
      while (s < e && TextNormalizer.isSpace(text.charAt(s))) {
        s++;
      }
      while (e > s && TextNormalizer.isSpace(text.charAt(e - 1))) {
        e--;
      }
      if (e > s) {
        out.add(new int[] {s, e});
      }
    }
    return out;
  }
}
