package org.policyscore.evidence;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text version into the units evidence is read in: headings, list items and
 * sentences. Sentences end at line breaks, at Khmer sentence marks (។ ៕), and at . ! ?
 * followed by white space and not by a lower-case letter ("Co., Ltd. is", "e.g. the").
 * Markdown heading and list marks are left out of the unit. Very long runs without any of
 * these (a PDF that lost its punctuation) are cut at white space so that no quote is
 * unreadably long.
 *
 * <p>A heading is a Markdown heading line, or a short line standing alone between blank lines
 * with no closing punctuation ("Data retention"). A heading names the topic of what follows:
 * it is read as context for the sentences under it, never quoted on its own.
 */
final class Sentences {
  static final int MAX_LENGTH = 1200;
  /**
   * A line standing alone with at most this many words (and characters: Khmer has few spaces)
   * and no closing mark is a heading.
   */
  static final int HEADING_WORDS = 12;
  static final int HEADING_CHARS = 90;

  enum Role {
    HEADING,
    ITEM,
    SENTENCE
  }

  /**
   * One unit of a text: {@code [start, end)} trimmed of marks and white space.
   *
   * @param paragraphStart the first unit after a blank line, a heading or the start of the text
   */
  record Unit(int start, int end, Role role, boolean paragraphStart) {}

  private Sentences() {}

  /** Spans [start, end) of the sentences, headings and items, trimmed, in text order. */
  static List<int[]> split(String text) {
    return units(text).stream().map(u -> new int[] {u.start(), u.end()}).toList();
  }

  static List<Unit> units(String text) {
    return units(text.toCharArray());
  }

  static List<Unit> units(char[] text) {
    List<Unit> out = new ArrayList<>();
    int n = text.length;
    // line ends, found once: each line is then looked at with its neighbours
    int[] ends = new int[16];
    int lines = 0;
    for (int i = 0; i <= n; i++) {
      if (i == n || isLineBreak(text[i])) {
        if (lines == ends.length) {
          ends = java.util.Arrays.copyOf(ends, lines * 2);
        }
        ends[lines++] = i;
      }
    }
    boolean[] blank = new boolean[lines];
    for (int l = 0; l < lines; l++) {
      blank[l] = isBlankLine(text, l == 0 ? 0 : ends[l - 1] + 1, ends[l]);
    }
    // whether any non-blank line follows line l
    boolean[] more = new boolean[lines + 1];
    for (int l = lines - 1; l >= 0; l--) {
      more[l] = more[l + 1] || !blank[l];
    }
    boolean previousBlank = true;
    boolean paragraphStart = true;
    for (int l = 0; l < lines; l++) {
      int lineStart = l == 0 ? 0 : ends[l - 1] + 1;
      int lineEnd = ends[l];
      if (blank[l]) {
        previousBlank = true;
        paragraphStart = true;
        continue;
      }
      boolean nextBlank = l + 1 >= lines || blank[l + 1];
      int first = skipBlank(text, lineStart, lineEnd);
      boolean markdownHeading = first < lineEnd && text[first] == '#';
      boolean item = !markdownHeading && isListItem(text, first, lineEnd);
      // a heading heads something: a short line with nothing after it is just a short line
      boolean standaloneShort = previousBlank && nextBlank && !item && more[l + 1]
          && isShortUnpunctuated(text, first, lineEnd);
      if (markdownHeading || standaloneShort) {
        add(text, lineStart, lineEnd, Role.HEADING, true, out);
        paragraphStart = true;
      } else {
        int before = out.size();
        splitLine(text, lineStart, lineEnd, item ? Role.ITEM : Role.SENTENCE, paragraphStart, out);
        if (out.size() > before) {
          paragraphStart = false;
        }
      }
      previousBlank = false;
    }
    return out;
  }

  private static void splitLine(char[] text, int from, int to, Role role, boolean paragraphStart, List<Unit> out) {
    int start = from;
    boolean first = true;
    for (int i = from; i < to; i++) {
      char c = text[i];
      boolean cut = false;
      int end = i + 1;
      if (c == '\u17D4' || c == '\u17D5') {
        cut = true;
      } else if ((c == '.' || c == '!' || c == '?') && i + 1 < to && isBlank(text[i + 1])) {
        int j = i + 1;
        while (j < to && (text[j] == ' ' || text[j] == '\t')) {
          j++;
        }
        cut = j >= to || !Character.isLowerCase(text[j]);
      } else if (i - start >= MAX_LENGTH && isBlank(c)) {
        cut = true;
        end = i;
      }
      if (cut) {
        int before = out.size();
        // a list item's later sentences are sentences of the item's text
        add(text, start, end, first ? role : Role.SENTENCE, paragraphStart && first, out);
        first = first && out.size() == before;
        start = i + 1;
      }
    }
    add(text, start, to, first ? role : Role.SENTENCE, paragraphStart && first, out);
  }

  private static void add(char[] text, int start, int end, Role role, boolean paragraphStart, List<Unit> out) {
    while (start < end && isBlank(text[start])) {
      start++;
    }
    // a quote starts at the words, not at the Markdown heading or list mark before them
    int words = start;
    while (words < end && (text[words] == '#' || text[words] == '>')) {
      words++;
    }
    if (words < end && words + 1 < end && "-*+".indexOf(text[words]) >= 0 && text[words + 1] == ' ') {
      words++;
    }
    if (words > start && words < end && text[words] == ' ') {
      start = words;
      while (start < end && isBlank(text[start])) {
        start++;
      }
    }
    while (end > start && isBlank(text[end - 1])) {
      end--;
    }
    for (int i = start; i < end; i++) {
      if (Character.isLetterOrDigit(text[i])) {
        out.add(new Unit(start, end, role, paragraphStart));
        return;
      }
    }
  }

  /** "- x", "* x", "+ x", "1. x", "2) x", "a. x", "iv) x" (after any indentation). */
  private static boolean isListItem(char[] text, int first, int end) {
    if (first + 1 < end && "-*+•".indexOf(text[first]) >= 0 && text[first + 1] == ' ') {
      return true;
    }
    int i = first;
    while (i < end && i - first < 6 && Character.isLetterOrDigit(text[i])) {
      i++;
    }
    return i > first && i + 1 < end && (text[i] == '.' || text[i] == ')') && text[i + 1] == ' '
        && (Character.isDigit(text[first]) || i - first <= 3);
  }

  private static boolean isShortUnpunctuated(char[] text, int first, int end) {
    int last = end - 1;
    while (last > first && isBlank(text[last])) {
      last--;
    }
    if (last < first || ".!?;,:។៕\"”»)".indexOf(text[last]) >= 0) {
      return false;
    }
    int words = 0;
    boolean inWord = false;
    for (int i = first; i <= last; i++) {
      boolean w = !isBlank(text[i]);
      if (w && !inWord) {
        words++;
      }
      inWord = w;
    }
    return words <= HEADING_WORDS && last - first < HEADING_CHARS;
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2029' || c == '\u2028';
  }

  private static boolean isBlankLine(char[] text, int from, int to) {
    return skipBlank(text, from, to) >= to;
  }

  private static int skipBlank(char[] text, int from, int to) {
    int i = from;
    while (i < to && isBlank(text[i])) {
      i++;
    }
    return i;
  }

  private static boolean isBlank(char c) {
    if (c < 0x80) {
      return c <= ' ';
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || Tokenizer.isIgnorable(c);
  }
}
