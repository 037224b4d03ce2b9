package org.policyscore.evidence;

import java.util.ArrayList;
import java.util.List;
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
 * form on both sides: subscript da/ta (្ដ/្ត), ឲ្យ/ឱ្យ/អោយ, the misspellings of ព័ត៌មាន, and
 * the vowels some people type as two characters that look identical to one (េ + ា for ោ,
 * េ + ី for ើ).
 */
final class Tokenizer {
  /** Receives the token id of each word or Khmer character, in text order. */
  interface Sink {
    void word(int token);
  }

  /** Token ids: of a word (lower-case, as written) and of a Khmer character. */
  interface Lexicon {
    /** @param lowerCase the word's characters in {@code [0, length)}, lower-cased; not kept */
    int word(char[] lowerCase, int length);

    int khmer(char c);
  }

  /** Khmer spellings folded to one form, longest first. */
  private static final String[][] KHMER_FOLDS = {
    {"ព៌ត៌", "ព័ត៌"},
    {"អោយ", "ឲ្យ"},
    {"ពត៌", "ព័ត៌"},
    {"ត៍មាន", "ត៌មាន"},
    {"\u17D2\u178A", "\u17D2\u178F"},
    {"ឱ", "ឲ"},
    {"\u17C1\u17B6", "\u17C4"},
    {"\u17C1\u17B8", "\u17BE"},
  };

  private static final String[][] NO_FOLDS = {};
  /** Which Khmer characters start a fold, so that most characters skip the table. */
  private static final boolean[] FOLD_START = new boolean[0x80];

  static {
    for (String[] fold : KHMER_FOLDS) {
      FOLD_START[fold[0].charAt(0) - 0x1780] = true;
    }
  }

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

  /** The form a word is matched in: its stem, or {@link #NUMBER} for any number. */
  static String matchForm(String lowerCase) {
    return lowerCase.equals(NUMBER) || isNumber(lowerCase) ? NUMBER : EnglishStemmer.stem(lowerCase);
  }

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

  /** The token ids of a cue's phrase, adding its words to the lexicon. */
  static int[] tokens(String phrase, Lexicon lexicon) {
    List<Integer> ids = new ArrayList<>();
    scan(phrase.toCharArray(), 0, phrase.length(), lexicon, ids::add);
    return ids.stream().mapToInt(Integer::intValue).toArray();
  }

  static void scan(char[] text, int from, int to, Lexicon lexicon, Sink sink) {
    char[] word = new char[32];
    int i = from;
    outer:
    while (i < to) {
      char c = text[i];
      if (c < 0x80) {
        // ASCII, most of an English policy: no table or Unicode lookups on this path
        if (isAsciiWordChar(c)) {
          int n = 0;
          while (i < to) {
            char d = text[i];
            if (d < 0x80 ? isAsciiWordChar(d) : isWordChar(d)) {
              if (n == word.length) {
                word = java.util.Arrays.copyOf(word, n * 2);
              }
              word[n++] = d >= 'A' && d <= 'Z' ? (char) (d + 32) : d < 0x80 ? d : Character.toLowerCase(d);
              i++;
            } else if (isIgnorable(d)) {
              i++;
            } else if ((d == '\'' || d == '\u2019' || d == '\u2018') && i + 1 < to && isWordChar(text[i + 1])) {
              if (n == word.length) {
                word = java.util.Arrays.copyOf(word, n * 2);
              }
              word[n++] = '\'';
              i++;
            } else {
              break;
            }
          }
          sink.word(lexicon.word(word, n));
        } else {
          if (c == '#') {
            sink.word(lexicon.word(NUMBER_CHARS, 1));
          }
          i++;
        }
      } else if (isKhmer(c)) {
        for (String[] fold : FOLD_START[c - 0x1780] ? KHMER_FOLDS : NO_FOLDS) {
          if (startsWith(text, i, to, fold[0])) {
            int end = i + fold[0].length();
            for (int k = 0; k < fold[1].length(); k++) {
              sink.word(lexicon.khmer(fold[1].charAt(k)));
            }
            i = end;
            continue outer;
          }
        }
        sink.word(lexicon.khmer(c));
        i++;
      } else if (isWordChar(c)) {
        int n = 0;
        while (i < to) {
          char d = text[i];
          if (isWordChar(d)) {
            if (n == word.length) {
              word = java.util.Arrays.copyOf(word, n * 2);
            }
            word[n++] = Character.toLowerCase(d);
            i++;
          } else if (isIgnorable(d)) {
            i++;
          } else {
            break;
          }
        }
        sink.word(lexicon.word(word, n));
      } else {
        i++;
      }
    }
  }

  private static final char[] NUMBER_CHARS = NUMBER.toCharArray();

  private static boolean isAsciiWordChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static boolean startsWith(char[] text, int at, int to, String s) {
    if (at + s.length() > to) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      if (text[at + k] != s.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
