package org.policyscore.evidence;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text version into the sentences that are quoted as evidence: at line breaks, at
 * Khmer sentence marks (។ ៕), and at . ! ? followed by white space and not by a lower-case
 * letter ("Co., Ltd. is", "e.g. the"). Markdown heading and list marks are left out of
 * the sentence. Very long runs without any of these (a PDF that lost
 * its punctuation) are cut at white space so that no quote is unreadably long.
 */
final class Sentences {
  static final int MAX_LENGTH = 1200;

  private Sentences() {}

  /** Spans [start, end) of the sentences, trimmed of white space, in text order. */
  static List<int[]> split(CharSequence text) {
    List<int[]> out = new ArrayList<>();
    int start = 0;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      boolean cut = false;
      int end = i + 1;
      if (c == '\n' || c == '\r' || c == '\u2029' || c == '\u2028') {
        cut = true;
        end = i;
      } else if (c == '\u17D4' || c == '\u17D5') {
        cut = true;
      } else if ((c == '.' || c == '!' || c == '?') && i + 1 < n
          && Character.isWhitespace(text.charAt(i + 1))) {
        int j = i + 1;
        while (j < n && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
          j++;
        }
        cut = j >= n || !Character.isLowerCase(text.charAt(j));
      } else if (i - start >= MAX_LENGTH && Character.isWhitespace(c)) {
        cut = true;
        end = i;
      }
      if (cut) {
        add(text, start, end, out);
        start = i + 1;
      }
    }
    add(text, start, n, out);
    return out;
  }

  private static void add(CharSequence text, int start, int end, List<int[]> out) {
    while (start < end && isBlank(text.charAt(start))) {
      start++;
    }
    // a quote starts at the words, not at the Markdown heading or list mark before them
    int words = start;
    while (words < end && (text.charAt(words) == '#' || text.charAt(words) == '>')) {
      words++;
    }
    if (words < end && words + 1 < end && "-*+".indexOf(text.charAt(words)) >= 0 && text.charAt(words + 1) == ' ') {
      words++;
    }
    if (words > start && words < end && text.charAt(words) == ' ') {
      start = words;
      while (start < end && isBlank(text.charAt(start))) {
        start++;
      }
    }
    while (end > start && isBlank(text.charAt(end - 1))) {
      end--;
    }
    for (int i = start; i < end; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        out.add(new int[] {start, end});
        return;
      }
    }
  }

  private static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || Tokenizer.isIgnorable(c);
  }
}
