package org.policyscore.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Flags text whose Khmer looks broken. Text extracted from Khmer PDFs is often damaged: glyphs
 * mapped to the wrong characters, vowels stored in visual order (before their consonant), or
 * legacy "Limon"-style fonts that draw Khmer with Latin code points. Checks:
 *
 * <ul>
 *   <li>{@code replacement-char}: U+FFFD, a character the extractor could not map.</li>
 *   <li>{@code private-use}: characters from the Private Use Area, as some fonts map glyphs.</li>
 *   <li>{@code khmer-orphan-sign}: a Khmer vowel sign or diacritic with no base (not after a
 *       Khmer consonant, independent vowel or another sign); typical of visual-order text.</li>
 *   <li>{@code khmer-broken-coeng}: a coeng (U+17D2, the subscript marker) not followed by a
 *       consonant.</li>
 *   <li>{@code few-khmer-letters}: a Khmer-language version where fewer than
 *       {@value #MIN_KHMER_SHARE_PERCENT}% of the letters are Khmer (legacy fonts).</li>
 * </ul>
 *
 * <p>And, judged paragraph by paragraph so that damage under good headings is not averaged
 * away:
 *
 * <ul>
 *   <li>{@code khmer-legacy-font}: paragraphs that read as Khmer typed in a legacy
 *       (Limon-style) font, whatever the version's language: long runs of Latin letters with
 *       capitals inside words, unlike any English (see {@link #looksLikeLegacyFont}).</li>
 *   <li>{@code khmer-no-subscripts}: Khmer with its subscripts dropped. Real Khmer has a coeng
 *       every 7-50 letters in every paragraph (2-14% in our fixtures); the flag is raised when
 *       paragraphs of at least {@value #COENG_MIN_LETTERS} Khmer letters with almost none
 *       (under 0.5%) hold most of the Khmer text.</li>
 *   <li>{@code khmer-no-vowel-signs}: the same for dependent vowel signs, which make 13-28%
 *       of real Khmer; flagged under 4%.</li>
 * </ul>
 */
public final class KhmerDamageCheck {
  private KhmerDamageCheck() {}

  static final int MIN_KHMER_SHARE_PERCENT = 20;
  private static final int EXCERPT = 24;

  /** The flags for a text version; {@code lang} is the version's declared language (en, km). */
  public static List<DamageFlag> check(String text, String lang) {
    Finding fffd = new Finding("replacement-char");
    Finding pua = new Finding("private-use");
    Finding orphan = new Finding("khmer-orphan-sign");
    Finding coeng = new Finding("khmer-broken-coeng");
    int prev = -1;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (cp == 0xFFFD) {
        fffd.add(text, i);
      } else if (Character.getType(cp) == Character.PRIVATE_USE) {
        pua.add(text, i);
      } else if (isKhmerSign(cp) && !(isKhmerBase(prev) || isKhmerSign(prev))) {
        orphan.add(text, i);
      }
      if (prev == 0x17D2 && !isKhmerConsonant(cp)) {
        coeng.add(text, i);
      }
      prev = cp;
      i += Character.charCount(cp);
    }
    List<DamageFlag> flags = new ArrayList<>();
    for (Finding f : List.of(fffd, pua, orphan, coeng)) {
      f.flag().ifPresent(flags::add);
    }
    paragraphFlags(text, flags);
    if ("km".equals(lang)) {
      ScriptDetector.Counts c = ScriptDetector.count(text);
      if (c.letters() > 0 && c.khmer() * 100 < c.letters() * MIN_KHMER_SHARE_PERCENT) {
        flags.add(new DamageFlag("few-khmer-letters", 1,
            c.khmer() + " of " + c.letters() + " letters are Khmer"));
      }
    }
    return List.copyOf(flags);
  }

  static final int COENG_MIN_LETTERS = 40;
  static final int VOWEL_MIN_LETTERS = 30;
  static final int STARVED_MIN_TOTAL = 100;

  /** The verdict on a text: damaged or not, and why. */
  public static DamageReport report(String text, String lang) {
    return DamageReport.of(check(text, lang));
  }

  private static void paragraphFlags(String text, List<DamageFlag> flags) {
    Starved coeng = new Starved("khmer-no-subscripts");
    Starved vowels = new Starved("khmer-no-vowel-signs");
    int legacy = 0;
    String legacyWhere = "";
    int line = 1;
    for (String block : text.split("\n\\s*\n", -1)) {
      int khmer = 0;
      int coengs = 0;
      int vowelSigns = 0;
      for (int i = 0; i < block.length(); ) {
        int cp = block.codePointAt(i);
        i += Character.charCount(cp);
        if (cp >= 0x1780 && cp <= 0x17DD) {
          khmer++;
          if (cp == 0x17D2) {
            coengs++;
          } else if (cp >= 0x17B6 && cp <= 0x17C5) {
            vowelSigns++;
          }
        }
      }
      String where = "line " + line + ": " + excerpt(block.strip());
      if (khmer >= COENG_MIN_LETTERS) {
        coeng.add(khmer, coengs * 200 < khmer, where);
      }
      if (khmer >= VOWEL_MIN_LETTERS) {
        vowels.add(khmer, vowelSigns * 25 < khmer, where);
      }
      if (looksLikeLegacyFont(block)) {
        if (legacy++ == 0) {
          legacyWhere = where;
        }
      }
      line += (int) block.chars().filter(c -> c == '\n').count() + 2;
    }
    if (legacy > 0) {
      flags.add(new DamageFlag("khmer-legacy-font", legacy, legacyWhere));
    }
    coeng.flag().ifPresent(flags::add);
    vowels.flag().ifPresent(flags::add);
  }

  private static String excerpt(String s) {
    int end = s.offsetByCodePoints(0, Math.min(s.codePointCount(0, s.length()), EXCERPT));
    return "\u2026" + s.substring(0, end).replace('\n', ' ') + "\u2026";
  }

  /** Paragraphs that lack a kind of character real Khmer always has. */
  private static final class Starved {
    private final String code;
    private int eligible;
    private int starved;
    private int paragraphs;
    private String where = "";

    Starved(String code) {
      this.code = code;
    }

    void add(int letters, boolean isStarved, String at) {
      eligible += letters;
      if (isStarved) {
        starved += letters;
        if (paragraphs++ == 0) {
          where = at;
        }
      }
    }

    Optional<DamageFlag> flag() {
      boolean damaged = starved >= STARVED_MIN_TOTAL && starved * 2 >= eligible;
      return damaged ? Optional.of(new DamageFlag(code, paragraphs, where)) : Optional.empty();
    }
  }

  /**
   * Whether a paragraph reads as Khmer typed in a legacy font (Limon and its kin map Khmer to
   * Latin keys, half of them capitals: "eyIgrkSaTukkMNt;Rta"). Words are runs of letters and
   * the symbols such fonts use; a paragraph is legacy when words with a capital after a small
   * letter hold at least half of its Latin letters, at least 20
   * of them, in words averaging 9 letters or more. English brand names (SmartNas, iPhone) are
   * too few and too short to pass; a legacy paragraph is mostly such words, long because Khmer
   * puts no spaces between its words.
   */
  public static boolean looksLikeLegacyFont(String paragraph) {
    int latin = 0;
    int mixedLetters = 0;
    int mixedWords = 0;
    int i = 0;
    int n = paragraph.length();
    while (i < n) {
      int cp = paragraph.codePointAt(i);
      if (!isLegacyWordChar(cp)) {
        i += Character.charCount(cp);
        continue;
      }
      int letters = 0;
      boolean mixed = false;
      boolean sawLower = false;
      while (i < n && isLegacyWordChar(cp = paragraph.codePointAt(i))) {
        if (isLatinLetter(cp)) {
          letters++;
          mixed |= sawLower && Character.isUpperCase(cp);
          sawLower |= Character.isLowerCase(cp);
        }
        i += Character.charCount(cp);
      }
      latin += letters;
      if (mixed) {
        mixedLetters += letters;
        mixedWords++;
      }
    }
    return mixedWords > 0 && mixedLetters >= 20 && mixedLetters * 2 >= latin && mixedLetters >= 9 * mixedWords;
  }

  private static boolean isLatinLetter(int cp) {
    return Character.isLetter(cp) && Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN;
  }

  /** Letters and the punctuation legacy Khmer fonts put inside words (; [ ] { } ' ` ^ ½ ...). */
  private static boolean isLegacyWordChar(int cp) {
    return isLatinLetter(cp) || cp == ';' || cp == '[' || cp == ']' || cp == '{' || cp == '}' || cp == '\''
        || cp == '`' || cp == '^' || cp == '|' || cp == '\\' || cp == '&' || (cp >= 0xA1 && cp <= 0xBF);
  }

  /** Consonants U+1780-U+17A2. */
  static boolean isKhmerConsonant(int cp) {
    return cp >= 0x1780 && cp <= 0x17A2;
  }

  /** A character that can carry signs: a consonant or an independent vowel (U+17A3-U+17B3). */
  static boolean isKhmerBase(int cp) {
    return cp >= 0x1780 && cp <= 0x17B3;
  }

  /** Dependent vowels, diacritics and coeng U+17B6-U+17D3, and U+17DD: never stand alone. */
  static boolean isKhmerSign(int cp) {
    return (cp >= 0x17B6 && cp <= 0x17D3) || cp == 0x17DD;
  }

  /** Counts one kind of damage and remembers where it first occurs. */
  private static final class Finding {
    private final String code;
    private int count;
    private String where = "";

    Finding(String code) {
      this.code = code;
    }

    void add(String text, int offset) {
      if (count++ == 0) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
          if (text.charAt(i) == '\n') {
            line++;
          }
        }
        int from = Math.max(0, offset - EXCERPT / 2);
        int to = Math.min(text.length(), offset + EXCERPT / 2);
        while (from > 0 && Character.isLowSurrogate(text.charAt(from))) {
          from--;
        }
        while (to < text.length() && Character.isLowSurrogate(text.charAt(to))) {
          to++;
        }
        String excerpt = text.substring(from, to).replace('\n', ' ').strip();
        where = "line " + line + ": \u2026" + excerpt + "\u2026";
      }
    }

    Optional<DamageFlag> flag() {
      return count == 0 ? Optional.empty() : Optional.of(new DamageFlag(code, count, where));
    }
  }
}
