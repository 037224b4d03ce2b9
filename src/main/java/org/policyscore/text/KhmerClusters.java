package org.policyscore.text;

/**
 * Where Khmer text may be cut: between clusters (syllables), never inside one. A Khmer cluster is
 * a base (a consonant or an independent vowel) with its subscripts (coeng U+17D2 and a
 * consonant), vowel signs and diacritics; a consonant carrying a "killer" sign (bantoc ់ U+17CB,
 * toandakhiat ៍ U+17CD) closes the syllable before it ("គាត់" is one syllable, not "គា" and
 * "ត់"). ICU's word and line iterators break at these places in real text; diffs, chart labels
 * and joined PDF lines must not.
 */
public final class KhmerClusters {
  private KhmerClusters() {}

  static final int COENG = 0x17D2;
  static final int BANTOC = 0x17CB;
  static final int TOANDAKHIAT = 0x17CD;

  /** Khmer (U+1780-U+17FF) or Khmer Symbols (U+19E0-U+19FF). */
  public static boolean isKhmer(int cp) {
    return (cp >= 0x1780 && cp <= 0x17FF) || (cp >= 0x19E0 && cp <= 0x19FF);
  }

  /** A consonant, U+1780-U+17A2. */
  public static boolean isConsonant(int cp) {
    return cp >= 0x1780 && cp <= 0x17A2;
  }

  /** A vowel sign, diacritic, coeng or any other combining mark: never starts a cluster. */
  public static boolean isMark(int cp) {
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }

  /**
   * Whether a cut between {@code text[i-1]} and {@code text[i]} keeps every cluster whole: not
   * inside a surrogate pair, not before a mark, not after a coeng, not next to a zero-width
   * joiner or non-joiner, and not before a final consonant (a consonant with a killer sign and
   * no vowel). The ends of the text are always boundaries.
   */
  public static boolean isBoundary(CharSequence text, int i) {
    if (i <= 0 || i >= text.length()) {
      return true;
    }
    char before = text.charAt(i - 1);
    char after = text.charAt(i);
    if (Character.isHighSurrogate(before) && Character.isLowSurrogate(after)) {
      return false;
    }
    if (before == COENG || before == '\u200D' || after == '\u200D' || after == '\u200C' || before == '\u200C') {
      return false;
    }
    int next = Character.codePointAt(text, i);
    if (isMark(next)) {
      return false;
    }
    return !(isConsonant(next) && isFinal(text, i) && i > 0 && isKhmer(Character.codePointBefore(text, i)));
  }

  /** The consonant at {@code i} carries a killer sign before any vowel: it ends a syllable. */
  private static boolean isFinal(CharSequence text, int i) {
    int j = i + 1;
    while (j < text.length()) {
      char c = text.charAt(j);
      if (c == BANTOC || c == TOANDAKHIAT) {
        return true;
      }
      // register shifters (៉ ៊) may come before the killer; anything else ends the search
      if (c != '\u17C9' && c != '\u17CA') {
        return false;
      }
      j++;
    }
    return false;
  }

  /** The nearest boundary at or before {@code i}. */
  public static int boundaryAtOrBefore(CharSequence text, int i) {
    int b = Math.min(i, text.length());
    while (b > 0 && !isBoundary(text, b)) {
      b--;
    }
    return b;
  }

  /**
   * Two lines of one paragraph as one: Khmer writes no space between words, so a line that
   * wraps between two Khmer letters is joined without one (a wrap inside a broken cluster, a
   * line starting with a mark, too); otherwise with one space. After ។ ៕ ៖, or where the first
   * line ends in a space (the wrap was at a space), a space stays.
   */
  public static String joinLines(String first, String second) {
    String a = first.stripTrailing();
    String b = second.stripLeading();
    if (a.isEmpty() || b.isEmpty()) {
      return a + b;
    }
    // A line that ends in a space glyph wrapped at a space: keep it, Khmer or not.
    boolean spaced = a.length() < first.length();
    int last = a.codePointBefore(a.length());
    int next = b.codePointAt(0);
    boolean khmerJoin = !spaced && isKhmer(last) && isKhmer(next) && last != 0x17D4 && last != 0x17D5 && last != 0x17D6;
    return khmerJoin || isMark(next) || last == COENG ? a + b : a + " " + b;
  }
}
