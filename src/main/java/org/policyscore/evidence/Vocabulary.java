package org.policyscore.evidence;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Token ids for the automaton: stems of the words that occur in cues, and the Khmer
 * characters. A word no cue contains gets -1 and simply resets the automaton.
 */
final class Vocabulary {
  private final Map<String, Integer> words = new HashMap<>();
  private final int[] khmer = new int[0x80];
  private int next;

  Vocabulary() {
    Arrays.fill(khmer, -1);
  }

  int addWord(String stem) {
    return words.computeIfAbsent(stem, k -> next++);
  }

  int addKhmer(char c) {
    int slot = c - 0x1780;
    if (khmer[slot] < 0) {
      khmer[slot] = next++;
    }
    return khmer[slot];
  }

  int word(String stem) {
    Integer id = words.get(stem);
    return id == null ? -1 : id;
  }

  int khmer(char c) {
    return khmer[c - 0x1780];
  }
}
