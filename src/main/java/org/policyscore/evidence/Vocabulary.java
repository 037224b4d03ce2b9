package org.policyscore.evidence;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Token ids for the automaton: the match forms (stems, {@code #}) of the words that occur in
 * cues, and the Khmer characters. A word no cue contains gets -1 and simply resets the
 * automaton. Filled while cues are compiled, read-only afterwards ({@link #reader}).
 */
final class Vocabulary implements Tokenizer.Lexicon {
  private final Map<String, Integer> forms = new HashMap<>();
  private final int[] khmer = new int[0x80];
  private int next;

  Vocabulary() {
    Arrays.fill(khmer, -1);
  }

  /** Adds a cue word (lower-case, as written in the cue) and gives its id. */
  @Override
  public int word(String lowerCase) {
    return forms.computeIfAbsent(Tokenizer.matchForm(lowerCase), k -> next++);
  }

  @Override
  public int khmer(char c) {
    int slot = c - 0x1780;
    if (khmer[slot] < 0) {
      khmer[slot] = next++;
    }
    return khmer[slot];
  }

  /**
   * A lexicon for reading texts: looks words up without adding them, and remembers each
   * written form it has stemmed, since a policy uses the same few thousand words again and
   * again. One per text being read: it is not thread-safe.
   */
  Tokenizer.Lexicon reader() {
    return new Tokenizer.Lexicon() {
      private static final int MAX_REMEMBERED = 50_000;
      private final Map<String, Integer> seen = new HashMap<>();

      @Override
      public int word(String lowerCase) {
        Integer id = seen.get(lowerCase);
        if (id == null) {
          Integer known = forms.get(Tokenizer.matchForm(lowerCase));
          id = known == null ? -1 : known;
          if (seen.size() < MAX_REMEMBERED) {
            seen.put(lowerCase, id);
          }
        }
        return id;
      }

      @Override
      public int khmer(char c) {
        return khmer[c - 0x1780];
      }
    };
  }
}
