package org.policyscore.diff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.policyscore.text.KhmerClusters;
import org.policyscore.text.KhmerSegmenter;

/**
 * Splits a sentence into words with {@link KhmerSegmenter} (ICU's rules for other scripts; for
 * Khmer, ICU's word list cut only between clusters). Each word carries the white space after
 * it, so that joining the words gives the sentence back and white space never counts as a word.
 * No word ends inside a Khmer cluster or before a final consonant, so a diff mark never falls
 * inside a syllable and an unchanged word is never shown as removed and added.
 */
final class Words {
  /** A word as written (with its trailing space) and its comparison key. */
  record Word(String text, String key) {}

  List<Word> split(String sentence) {
    List<Word> out = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    for (String piece : KhmerSegmenter.segments(sentence)) {
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
    return KhmerClusters.isBoundary(text, i);
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
