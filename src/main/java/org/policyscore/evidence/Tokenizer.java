package org.policyscore.evidence;

import java.util.Locale;
import java.util.Set;

/**
 * Turns text into the tokens cues are matched on, keeping each token's offsets in the
 * original text (so a match can always be quoted from the text version as it is).
 *
 * <p>Latin-script words become lower-case stems ({@link EnglishStemmer}); hyphens, quotes
 * and other punctuation only separate words, so both quote styles and "third-party" /
 * "third party" match alike. Khmer has no spaces between words, so every Khmer character is
 * its own token and a Khmer cue matches as a substring, across any spaces, zero-width spaces
 * or line breaks a writer put inside it. Every number (Latin or Khmer digits, or an English
 * number word such as "two") is the token
 * {@code #}, which a cue writes for "any number". Common Khmer spelling variants are folded to one
 * form on both sides: subscript da/ta (្ដ/្ត), ឲ្យ/ឱ្យ/អោយ and the misspellings of ព័ត៌មាន.
 */
final class Tokenizer {
  interface Sink {
    void word(String stem, int start, int end);

    void khmer(char c, int start, int end);
  }

  /** Khmer spellings folded to one form, longest first. */
  private static final String[][] KHMER_FOLDS = {
    {"ព៌ត៌", "ព័ត៌"},
    {"អោយ", "ឲ្យ"},
    {"ពត៌", "ព័ត៌"},
    {"ត៍មាន", "ត៌មាន"},
    {"\u17D2\u178A", "\u17D2\u178F"},
    {"ឱ", "ឲ"},
  };

  private Tokenizer() {}

  /** Characters that are invisible in print and must not separate or break a match. */
  static boolean isIgnorable(char c) {
    return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF'
        || c == '\u00AD';
  }

  /** Khmer letters, vowels and signs; not Khmer punctuation (។ ៕ ៖ ៘ ៙ ៚). */
  static boolean isKhmer(char c) {
    return c >= '\u1780' && c <= '\u17FF' && !(c >= '\u17D4' && c <= '\u17D6')
        && !(c >= '\u17D8' && c <= '\u17DA') && !(c >= '\u17E0' && c <= '\u17E9');
  }

  /** The token of every number, so that a cue can ask for "a number" with {@code #}. */
  static final String NUMBER = "#";

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) && !(c >= '\u1780' && c <= '\u17DF');
  }

  /**
   * Numbers written as words count as numbers ("we received two orders"); not "one", which is
   * as often a pronoun ("no one", "one of our partners").
   */
  private static final Set<String> NUMBER_WORDS = Set.of(
      "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
      "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "thousand", "thousands");

  private static boolean isNumber(String w) {
    if (NUMBER_WORDS.contains(w)) {
      return true;
    }
    for (int i = 0; i < w.length(); i++) {
      if (!Character.isDigit(w.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static void scan(CharSequence text, int from, int to, Sink sink) {
    StringBuilder word = new StringBuilder();
    int i = from;
    outer:
    while (i < to) {
      char c = text.charAt(i);
      if (isKhmer(c)) {
        for (String[] fold : KHMER_FOLDS) {
          if (startsWith(text, i, to, fold[0])) {
            int end = i + fold[0].length();
            for (int k = 0; k < fold[1].length(); k++) {
              sink.khmer(fold[1].charAt(k), i, end);
            }
            i = end;
            continue outer;
          }
        }
        sink.khmer(c, i, i + 1);
        i++;
      } else if (c == '#') {
        sink.word(NUMBER, i, i + 1);
        i++;
      } else if (isWordChar(c)) {
        word.setLength(0);
        int start = i;
        int end = i;
        while (i < to) {
          char d = text.charAt(i);
          if (isWordChar(d)) {
            word.append(d);
            i++;
            end = i;
          } else if (isIgnorable(d)) {
            i++;
          } else if ((d == '\'' || d == '\u2019' || d == '\u2018') && i + 1 < to
              && isWordChar(text.charAt(i + 1))) {
            word.append('\'');
            i++;
          } else {
            break;
          }
        }
        String w = word.toString().toLowerCase(Locale.ROOT);
        sink.word(isNumber(w) ? NUMBER : EnglishStemmer.stem(w), start, end);
      } else {
        i++;
      }
    }
  }

  private static boolean startsWith(CharSequence text, int at, int to, String s) {
    if (at + s.length() > to) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      if (text.charAt(at + k) != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
