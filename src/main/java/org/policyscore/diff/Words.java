package org.policyscore.diff;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a sentence into words with ICU's word rules, which find Khmer words with a dictionary.
 * Each word carries the white space after it, so that joining the words gives the sentence back
 * and white space never counts as a word. A boundary ICU proposes inside a character cluster
 * (after a coeng ្, before a vowel sign or other combining mark) is dropped: marks never split
 * a Khmer syllable.
 */
final class Words {
  /** A word as written (with its trailing space) and its comparison key. */
  record Word(String text, String key) {}

  private final BreakIterator words = BreakIterator.getWordInstance(new ULocale("km"));

  List<Word> split(String sentence) {
    List<Word> out = new ArrayList<>();
    words.setText(sentence);
    int start = 0;
    StringBuilder pending = new StringBuilder();
    for (int b = words.next(); b != BreakIterator.DONE; b = words.next()) {
      if (b < sentence.length() && !safeBoundary(sentence, b)) {
        continue;
      }
      String piece = sentence.substring(start, b);
      start = b;
      if (Comparison.key(piece).isEmpty()) {
        // white space: belongs to the word before it (or leads the sentence)
        if (out.isEmpty()) {
          pending.append(piece);
        } else {
          Word last = out.remove(out.size() - 1);
          out.add(new Word(last.text() + piece, last.key()));
        }
        continue;
      }
      out.add(new Word(pending + piece, Comparison.key(piece)));
      pending.setLength(0);
    }
    if (out.isEmpty() && pending.length() > 0) {
      out.add(new Word(pending.toString(), ""));
    }
    return out;
  }

  /** Whether a boundary between {@code text[i-1]} and {@code text[i]} keeps clusters whole. */
  static boolean safeBoundary(String text, int i) {
    if (i <= 0 || i >= text.length()) {
      return true;
    }
    char before = text.charAt(i - 1);
    char after = text.charAt(i);
    if (Character.isHighSurrogate(before) && Character.isLowSurrogate(after)) {
      return false;
    }
    if (before == '\u17D2' || before == '\u200D' || after == '\u200D' || after == '\u200C') {
      return false; // coeng joins the next consonant; joiners bind their neighbours
    }
    int type = Character.getType(text.codePointAt(i));
    return type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK
        && type != Character.ENCLOSING_MARK;
  }

  /**
   * How alike two word lists are, from 0 to 1: the Dice coefficient of their multisets of word
   * keys. Order is ignored, so a reworded sentence that keeps most of its words scores high.
   */
  static double similarity(List<Word> a, List<Word> b) {
    if (a.isEmpty() && b.isEmpty()) {
      return 1;
    }
    Map<String, Integer> counts = new HashMap<>();
    for (Word w : a) {
      counts.merge(w.key().toLowerCase(java.util.Locale.ROOT), 1, Integer::sum);
    }
    int common = 0;
    for (Word w : b) {
      String k = w.key().toLowerCase(java.util.Locale.ROOT);
      Integer n = counts.get(k);
      if (n != null && n > 0) {
        common++;
        counts.put(k, n - 1);
      }
    }
    return 2.0 * common / (a.size() + b.size());
  }
}
