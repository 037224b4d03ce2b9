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
  /** written form → id, shared by every text read, so each word is stemmed once per catalogue */
  private final Map<String, Integer> stemmed = new java.util.concurrent.ConcurrentHashMap<>();
  private static final int MAX_STEMMED = 200_000;
  private final int[] khmer = new int[0x80];
  private int next;

  Vocabulary() {
    Arrays.fill(khmer, -1);
  }

  /** Adds a cue word (lower-case, as written in the cue) and gives its id. */
  @Override
  public int word(char[] lowerCase, int length) {
    return forms.computeIfAbsent(Tokenizer.matchForm(new String(lowerCase, 0, length)), k -> next++);
  }

  @Override
  public int khmer(char c) {
    int slot = c - 0x1780;
    if (khmer[slot] < 0) {
      khmer[slot] = next++;
    }
    return khmer[slot];
  }

  private int lookUp(String written) {
    Integer id = stemmed.get(written);
    if (id == null) {
      Integer known = forms.get(Tokenizer.matchForm(written));
      id = known == null ? -1 : known;
      if (stemmed.size() < MAX_STEMMED) {
        stemmed.put(written, id);
      }
    }
    return id;
  }

  /**
   * A lexicon for reading texts: looks words up without adding them, and remembers each
   * written form it has stemmed, since a policy uses the same few thousand words again and
   * again. One per text being read: it is not thread-safe.
   */
  Tokenizer.Lexicon reader() {
    return new Reader();
  }

  /**
   * Written forms already looked up, in an open-addressing table keyed by the characters
   * themselves, so that a word seen before costs no allocation and no stemming.
   */
  private final class Reader implements Tokenizer.Lexicon {
    private static final int MAX_REMEMBERED = 1 << 16;
    private char[][] keys = new char[1 << 12][];
    private int[] ids = new int[1 << 12];
    private int size;

    @Override
    public int word(char[] w, int n) {
      int h = hash(w, n);
      int mask = keys.length - 1;
      for (int i = h & mask; ; i = (i + 1) & mask) {
        char[] k = keys[i];
        if (k == null) {
          int id = lookUp(new String(w, 0, n));
          if (size < MAX_REMEMBERED) {
            keys[i] = Arrays.copyOf(w, n);
            ids[i] = id;
            if (++size * 2 > keys.length) {
              grow();
            }
          }
          return id;
        }
        if (k.length == n && Arrays.equals(k, 0, n, w, 0, n)) {
          return ids[i];
        }
      }
    }

    @Override
    public int khmer(char c) {
      return khmer[c - 0x1780];
    }

    private void grow() {
      char[][] oldKeys = keys;
      int[] oldIds = ids;
      keys = new char[oldKeys.length * 2][];
      ids = new int[oldKeys.length * 2];
      int mask = keys.length - 1;
      for (int j = 0; j < oldKeys.length; j++) {
        if (oldKeys[j] != null) {
          int i = hash(oldKeys[j], oldKeys[j].length) & mask;
          while (keys[i] != null) {
            i = (i + 1) & mask;
          }
          keys[i] = oldKeys[j];
          ids[i] = oldIds[j];
        }
      }
    }

    private static int hash(char[] w, int n) {
      int h = 0;
      for (int i = 0; i < n; i++) {
        h = 31 * h + w[i];
      }
      return h ^ (h >>> 16);
    }
  }
}
