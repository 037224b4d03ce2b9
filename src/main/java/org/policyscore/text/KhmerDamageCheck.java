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
    if ("km".equals(lang)) {
      ScriptDetector.Counts c = ScriptDetector.count(text);
      if (c.letters() > 0 && c.khmer() * 100 < c.letters() * MIN_KHMER_SHARE_PERCENT) {
        flags.add(new DamageFlag("few-khmer-letters", 1,
            c.khmer() + " of " + c.letters() + " letters are Khmer"));
      }
    }
    return List.copyOf(flags);
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
